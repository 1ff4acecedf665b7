import { Hono } from 'hono';
import { contactChangeSchema, setCarrierContacts } from '../../../../shared/data/carrier-contacts';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { FormFields } from '../../form-facts';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { staffSignedInPost } from '../office-context';
import { showCarrier } from './carrier-page';
import { rowInScope } from './carrier-scope';

/** A carrier's contacts form (SPEC §12), as `carriers set-contacts`. */
export const carrierContactsForm = new Hono();

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

carrierContactsForm.post('/office/carriers/:carrierId/contacts', async (c) => {
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
