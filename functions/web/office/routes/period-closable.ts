import type { Context } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { latestFunderSummary } from '../../../../shared/data/report-records';
import { todayIn } from '../../../../shared/domain/dates';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import type { StaffSignedIn } from '../office-context';
import { mayClose, periodNotEndedPage, periodStateOf } from '../pages/period-list-page';
import { configuredPeriod } from './period-scope';

// Whether a period may be closed now (SPEC §12): asked by the confirmation page (periods.ts)
// and by the close itself (period-close.ts), whose function carries no other period page.

const today = () => todayIn(funderConfig().timezone);

/** A period of the path and its state now. */
export const periodWithState = async (periodId: string) => {
  const period = configuredPeriod(periodId);
  if (!period) return undefined;
  return { period, state: periodStateOf(period, today(), await latestFunderSummary(period.id)) };
};

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
