import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { contactChangeSchema, setCarrierContacts } from '../../../../shared/data/carrier-contacts';
import { getCarrier } from '../../../../shared/data/carriers';
import { getFundingReport } from '../../../../shared/data/funding';
import type { OfficeRow } from '../../../../shared/data/office-rows';
import { getUmbrella } from '../../../../shared/data/umbrellas';
import { carrierListLine } from '../../../../shared/domain/office-carrier-list';
import { currentPeriod, previousPeriod } from '../../../../shared/domain/office-figures';
import type { Period } from '../../../../shared/domain/reports/report-inputs';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { FormFields } from '../../form-facts';
import type { FormState } from '../../pages/form-fields';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { listDay } from '../carrier-lines';
import { staffSignedIn, staffSignedInPost, type StaffSignedIn } from '../office-context';
import { carrierPage, type CarrierNotice } from '../pages/carrier-page';
import { rowInScope } from './carrier-scope';

/** `/app/office/carriers/<carrierId>` (SPEC §12): its figures, contacts form and invitation. */
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

async function showCarrier(
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

/** The contacts form's fields as `carriers set-contacts` takes them: an empty lead removes it. */
function contactChange(fields: FormFields, errorText: string) {
  const coordinatorEmail = (fields.coordinatorEmail ?? '').trim();
  const lead = (fields.leadEmail ?? '').trim();
  const parsed = contactChangeSchema.safeParse({ coordinatorEmail, leadEmail: lead || null });
  if (parsed.success) return { ok: true as const, change: parsed.data };
  const errors = Object.fromEntries(
    parsed.error.issues.map((issue) => [String(issue.path[0]), errorText]),
  );
  return { ok: false as const, state: { values: fields, errors } };
}

carrierPageRoutes.post('/office/carriers/:carrierId/contacts', async (c) => {
  const context = await staffSignedInPost(c);
  if (context instanceof Response) return context;
  const row = await rowInScope(context.staff, c.req.param('carrierId'));
  if (!row) return render(c, notFoundPage(context.page), 404);
  const texts = officeCarrierTexts[context.page.language];
  const result = contactChange(context.fields, texts.errors.email);
  if (!result.ok) return showCarrier(c, context, row, result.state);
  await setCarrierContacts(row.carrierId, result.change);
  return c.redirect(`/app/office/carriers/${encodeURIComponent(row.carrierId)}?done=contacts`, 303);
});
