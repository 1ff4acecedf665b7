import { Hono } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { render } from '../../web-context';
import { periodClosePage, periodsPage } from '../pages/period-list-page';
import { closable, periodWithState } from './period-closable';
import { staffOfRoles } from './staff-access';

/**
 * `/app/office/periods` (SPEC §12): every configured period with its state, and the close
 * from the office: a confirmation page (its GET changes nothing), then its POST does what
 * `periods close` does (period-close.ts: only the OfficeClose function serves it, with its
 * own route and privileges).
 */
export const periodRoutes = new Hono();

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

periodRoutes.get('/office/periods/:periodId/close', async (c) => {
  const context = await staffOfRoles(c, ['funder']);
  if (context instanceof Response) return context;
  const found = await closable(c, context);
  if (found instanceof Response) return found;
  const texts = officeAdminTexts[context.page.language];
  const { page, staff } = context;
  return render(c, periodClosePage(page, staff, texts, found.period, found.state));
});
