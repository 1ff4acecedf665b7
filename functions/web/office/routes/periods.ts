import { Hono } from 'hono';
import type { Context } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { latestFunderSummary } from '../../../../shared/data/report-records';
import { todayIn } from '../../../../shared/domain/dates';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import type { StaffSignedIn } from '../office-context';
import {
  mayClose,
  periodClosePage,
  periodNotEndedPage,
  periodsPage,
  periodStateOf,
} from '../pages/period-list-page';
import { configuredPeriod } from './period-scope';
import { staffOfRoles } from './staff-access';

/**
 * `/app/office/periods` (SPEC §12): every configured period with its state, and the close
 * from the office: a confirmation page (its GET changes nothing), then its POST does what
 * `periods close` does (period-close.ts: only the OfficeClose function serves it, with its
 * own route and privileges).
 */
export const periodRoutes = new Hono();

const today = () => todayIn(funderConfig().timezone);

/** A period of the path and its state now. */
const periodWithState = async (periodId: string) => {
  const period = configuredPeriod(periodId);
  if (!period) return undefined;
  return { period, state: periodStateOf(period, today(), await latestFunderSummary(period.id)) };
};

periodRoutes.get('/office/periods', async (c) => {
  const context = await staffOfRoles(c, ['funder', 'umbrella']);
  if (context instanceof Response) return context;
  const periods = await Promise.all(
    [...funderConfig().periods].reverse().map(async ({ id }) => (await periodWithState(id))!),
  );
  const texts = officeAdminTexts[context.page.language];
  const notice = c.req.query('closing') ? texts.periods.closeStarted : undefined;
  const { page, staff } = context;
  return render(c, periodsPage(page, staff, texts, periods, funderConfig().timezone, notice));
});

/** The period of a close request, if funder staff may close it now; else the page that says not. */
export async function closable(c: Context, context: StaffSignedIn) {
  const found = await periodWithState(c.req.param('periodId') ?? '');
  if (!found) return render(c, notFoundPage(context.page), 404);
  if (!mayClose(context.staff, found.state)) {
    const texts = officeAdminTexts[context.page.language];
    return c.html(periodNotEndedPage(context.page, context.staff, texts), 409);
  }
  return found;
}

periodRoutes.get('/office/periods/:periodId/close', async (c) => {
  const context = await staffOfRoles(c, ['funder']);
  if (context instanceof Response) return context;
  const found = await closable(c, context);
  if (found instanceof Response) return found;
  const texts = officeAdminTexts[context.page.language];
  const { page, staff } = context;
  return render(c, periodClosePage(page, staff, texts, found.period, found.state));
});
