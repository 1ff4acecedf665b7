import { Hono } from 'hono';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { inviteCarrier } from '../../../../shared/data/carrier-invitations';
import { createCarrier } from '../../../../shared/data/carrier-onboarding';
import { getCarrier } from '../../../../shared/data/carriers';
import { putContacts } from '../../../../shared/data/contacts';
import { putOfficeRow } from '../../../../shared/data/office-rows';
import { derivedId } from '../../../../shared/domain/web-access';
import {
  officeCarrierTexts,
  type OfficeCarrierTexts,
} from '../../../../shared/i18n/office-carrier-texts';
import { isLanguage } from '../../../../shared/i18n/languages';
import { newCarrierSchema, type NewCarrier } from '../../../../shared/schemas/carrier';
import type { StaffScope, Umbrella } from '../../../../shared/schemas/office';
import type { FormFields } from '../../form-facts';
import type { FormState } from '../../pages/form-fields';
import { notFoundPage } from '../../pages/match-pages';
import { isNonce, render } from '../../web-context';
import { scopeUmbrellas } from '../carrier-lines';
import { staffSignedInPost } from '../office-context';
import { noUmbrellaChoice } from '../pages/carrier-new-page';
import { showNewCarrierForm } from './carrier-onboarding';

/** Onboarding a carrier (SPEC §12): the form's submission, checked as `carriers add` checks. */
export const carrierOnboardingForm = new Hono();

/** Which message each field's refusal gets (the schema's own words are English). */
const errorOf: Record<string, keyof OfficeCarrierTexts['errors']> = {
  name: 'name',
  coordinatorEmail: 'email',
  leadEmail: 'email',
  language: 'language',
  municipality: 'municipality',
  umbrellaId: 'umbrella',
  quota: 'quota',
};

/** The umbrella a submission asks for: `none`, one of the funder's, or the staff's own. */
const chosenUmbrella = (staff: StaffScope, fields: FormFields) =>
  staff.role === 'umbrella'
    ? staff.umbrellaId
    : fields.umbrellaId === noUmbrellaChoice
      ? undefined
      : (fields.umbrellaId ?? '');

/** The form's fields as `carriers add` takes them, checked by the same schema. */
function newCarrierFromForm(
  fields: FormFields,
  umbrellaId: string | undefined,
  umbrellas: readonly Umbrella[],
  texts: OfficeCarrierTexts,
): { ok: true; carrier: NewCarrier } | { ok: false; state: FormState } {
  const optional = (name: string) => (fields[name] ?? '').trim() || undefined;
  const quota = optional('quota');
  const input = {
    name: fields.name ?? '',
    coordinatorEmail: (fields.coordinatorEmail ?? '').trim(),
    leadEmail: optional('leadEmail'),
    language: fields.language ?? '',
    migrantOrganisation: fields.migrantOrganisation === 'on',
    municipality: optional('municipality'),
    umbrellaId,
    // A whole number as typed; anything else goes to the schema as it is, to be refused.
    quota: quota !== undefined && /^\d{1,7}$/.test(quota) ? Number(quota) : quota,
  };
  const parsed = newCarrierSchema.safeParse(
    Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
  );
  const errors: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const name = String(issue.path[0] ?? '');
    errors[name] ??= texts.errors[errorOf[name] ?? 'name'];
  }
  // The schema takes any two letters; the office offers the app's seven languages.
  if (!isLanguage(input.language)) errors.language = texts.errors.language;
  if (umbrellaId !== undefined && !umbrellas.some((u) => u.umbrellaId === umbrellaId)) {
    errors.umbrellaId = texts.errors.umbrella;
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { ok: false, state: { values: fields, errors } };
  }
  return { ok: true, carrier: parsed.data };
}

/**
 * Creates the carrier under its derived id; `false` when the form was sent before. Then what
 * the first submission may not have finished (a crash after the profile) is completed: its
 * contacts and office row are written again (both idempotent). Its invitation is not sent
 * twice: the carrier's page offers to send it again.
 */
async function onboard(carrier: NewCarrier, carrierId: string): Promise<boolean> {
  try {
    await createCarrier(carrier, new Date(), { carrierId });
    return true;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const existing = await getCarrier(carrierId);
    if (existing) {
      await putContacts(existing);
      await putOfficeRow(existing);
    }
    return false;
  }
}

carrierOnboardingForm.post('/office/carriers/new', async (c) => {
  const context = await staffSignedInPost(c);
  if (context instanceof Response) return context;
  const { staff, fields, page } = context;
  if (staff.role === 'region') return render(c, notFoundPage(page), 404);
  // Umbrella staff onboard into their own umbrella only: another one is not theirs to see.
  if (staff.role === 'umbrella' && fields.umbrellaId && fields.umbrellaId !== staff.umbrellaId) {
    return render(c, notFoundPage(page), 404);
  }
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const umbrellas = await scopeUmbrellas(staff);
  const texts = officeCarrierTexts[page.language];
  const result = newCarrierFromForm(fields, chosenUmbrella(staff, fields), umbrellas, texts);
  if (!result.ok)
    return showNewCarrierForm(c, context, umbrellas, { state: result.state, nonce: fields.nonce });
  // The same form twice derives the same id: the second write is refused, one carrier.
  const carrierId = derivedId('c', 'office-onboarding', staff.staffId, fields.nonce);
  const created = await onboard(result.carrier, carrierId);
  if (created) await inviteCarrier(carrierId);
  return c.redirect(`/app/office/carriers/${encodeURIComponent(carrierId)}?done=created`, 303);
});
