import { Hono } from 'hono';
import { handler as closePeriod } from '../../../reports/close-period';
import { closable } from './period-closable';
import { staffOfRolesPost } from './staff-access';

/**
 * `POST /app/office/periods/<periodId>/close` (SPEC §12): what `periods close` does, through
 * the close function's own start of a close (again: a new revision), after the confirmation
 * page (periods.ts). The only office area that may start a close: its function alone may.
 */
export const periodCloseRoutes = new Hono().post('/office/periods/:periodId/close', async (c) => {
  const context = await staffOfRolesPost(c, ['funder']);
  if (context instanceof Response) return context;
  const found = await closable(c, context);
  if (found instanceof Response) return found;
  await closePeriod({ periodId: found.period.id });
  return c.redirect(`/app/office/periods?closing=${encodeURIComponent(found.period.id)}`, 303);
});
