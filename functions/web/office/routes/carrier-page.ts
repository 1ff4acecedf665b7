import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { getCarrier } from '../../../../shared/data/carriers';
import { getFundingReport } from '../../../../shared/data/funding';
import type { OfficeRow } from '../../../../shared/data/office-rows';
import { getUmbrella } from '../../../../shared/data/umbrellas';
import { carrierListLine } from '../../../../shared/domain/office-carrier-list';
import { currentPeriod, previousPeriod } from '../../../../shared/domain/office-figures';
import type { Period } from '../../../../shared/domain/reports/report-inputs';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { FormState } from '../../pages/form-fields';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { listDay } from '../carrier-lines';
import { staffSignedIn, type StaffSignedIn } from '../office-context';
import { carrierPage, type CarrierNotice } from '../pages/carrier-page';
import { rowInScope } from './carrier-scope';

/**
 * `/app/office/carriers/<carrierId>` (SPEC §12): its figures, contacts form and invitation;
 * carrier-contacts-form.ts and carrier-invitation.ts take the forms.
 */
export const carrierPageRoutes = new Hono();

/** The last and the current period (SPEC §12's charts), oldest first. */
function chartPeriods(today: string): Period[] {
  const { periods } = funderConfig();
  const current = currentPeriod({ periods }, today);
  if (!current) return [];
  const last = previousPeriod(periods, current);
  return last ? [last, current] : [current];
}

const monthsIn = (row: OfficeRow, period: Period) =>
  (row.figures?.months ?? []).filter(
    ({ month }) => period.start.slice(0, 7) <= month && month <= period.end.slice(0, 7),
  );

/** The stored addresses as the contacts form's values. */
async function storedContacts(carrierId: string): Promise<FormState> {
  const carrier = await getCarrier(carrierId);
  return {
    values: {
      coordinatorEmail: carrier?.coordinatorEmail ?? '',
      leadEmail: carrier?.leadEmail ?? '',
    },
    errors: {},
  };
}

const notices: readonly CarrierNotice[] = ['created', 'contacts', 'invited'];

/** The carrier's page, fresh or with the contacts form's refusals (422). */
export async function showCarrier(
  c: Context,
  { page, staff }: StaffSignedIn,
  row: OfficeRow,
  refusedContacts?: FormState,
) {
  const umbrella = row.umbrellaId ? await getUmbrella(row.umbrellaId) : undefined;
  const day = listDay(umbrella ? [umbrella] : []);
  const funding = await Promise.all(
    funderConfig().periods.map(async ({ id }) => ({
      periodId: id,
      reported: (await getFundingReport(row.carrierId, id)) !== undefined,
    })),
  );
  const done = c.req.query('done');
  return render(
    c,
    carrierPage(page, staff, officeCarrierTexts[page.language], {
      line: carrierListLine(row, day),
      periods: chartPeriods(day.today).map((period) => ({
        periodId: period.id,
        months: monthsIn(row, period),
      })),
      funding,
      contacts: refusedContacts ?? (await storedContacts(row.carrierId)),
      ...(notices.includes(done as CarrierNotice) ? { notice: done as CarrierNotice } : {}),
    }),
    refusedContacts ? 422 : 200,
  );
}

carrierPageRoutes.get('/office/carriers/:carrierId', async (c) => {
  const context = await staffSignedIn(c);
  if (context instanceof Response) return context;
  const row = await rowInScope(context.staff, c.req.param('carrierId'));
  if (!row) return render(c, notFoundPage(context.page), 404);
  return showCarrier(c, context, row);
});
