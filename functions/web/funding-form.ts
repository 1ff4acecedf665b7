import type { FundingTexts } from '../../shared/i18n/funding-texts';
import { webhookDataSchema } from '../../shared/schemas/webhook-schema-loader';
import type { FundingReported } from '../../shared/schemas/webhooks';
import { fundingSourceKinds } from '../../shared/schemas/webhook-vocabulary';
import type { FormFields, FormResult } from './form-facts';

/**
 * The funding form (SPEC §9) as the data of the §2 `funding.reported` webhook, validated by
 * the same zod schema: one amount field per source kind (empty: no money from it), the
 * sources with an amount above 0, or a single `own_funds` 0 when none has one.
 */

const amountPattern = /^\d{1,13}([.,]\d{1,2})?$/;
const countPattern = /^\d{1,8}$/;

/** An amount as typed on a phone: digits, a decimal point or comma, spaces ignored. */
const amountOf = (text: string): number | undefined =>
  amountPattern.test(text) ? Number(text.replace(',', '.')) : undefined;

const typed = (fields: FormFields, name: string) => (fields[name] ?? '').replace(/\s/g, '');

export async function fundingFromForm(
  fields: FormFields,
  periodId: string,
  texts: FundingTexts,
): Promise<FormResult<FundingReported>> {
  const errors: Record<string, string> = {};
  const sources: FundingReported['sources'][number][] = [];
  for (const kind of fundingSourceKinds) {
    const text = typed(fields, kind);
    if (text === '') continue;
    const amountEur = amountOf(text);
    if (amountEur === undefined) errors[kind] = texts.amountError;
    else if (amountEur > 0) sources.push({ kind, amountEur });
  }
  const counts: Partial<Record<'volunteerCount' | 'paidStaffHours', number>> = {};
  for (const name of ['volunteerCount', 'paidStaffHours'] as const) {
    const text = typed(fields, name);
    if (text === '') continue;
    if (countPattern.test(text)) counts[name] = Number(text);
    else errors[name] = texts.countError;
  }
  const parsed = (await webhookDataSchema('funding.reported')).safeParse({
    periodId,
    sources: sources.length > 0 ? sources : [{ kind: 'own_funds', amountEur: 0 }],
    ...counts,
  });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
  // The schema's bounds (10¹² euros, 10⁷ hours) at the field that broke them.
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [top, index] = issue.path;
    const name = top === 'sources' ? sources[Number(index)]?.kind : String(top);
    if (name === undefined) continue;
    errors[name] ??= name in counts ? texts.countError : texts.amountError;
  }
  return { ok: false, state: { values: fields, errors } };
}
