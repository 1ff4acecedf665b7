import { html } from 'hono/html';
import type { FundingTexts } from '../../../shared/i18n/funding-texts';
import { fundingSourceKinds } from '../../../shared/schemas/webhook-vocabulary';
import { hidden, problemSummary, textField, type FormState } from './form-fields';
import { date, layout, ltr, type PageContext } from './layout';

/** A text with its `{period}` filled by the period id, isolated left-to-right. */
export const withPeriod = (template: string, periodId: string) => {
  const [before = '', after = ''] = template.split('{period}');
  return html`${before}${ltr(periodId)}${after}`;
};

/** One funding period of the funder config, with its form's state. */
export interface FundingPeriodForm {
  readonly period: { readonly id: string; readonly start: string; readonly end: string };
  /** Pre-filled with the last report, or what was just submitted and refused. */
  readonly state: FormState;
  readonly reported: boolean;
  readonly nonce: string;
}

const periodForm = (
  page: PageContext & { formToken: string },
  texts: FundingTexts,
  form: FundingPeriodForm,
) => {
  const prefix = `p${form.period.id.replace(/[^A-Za-z0-9_-]/g, '_')}-`;
  const headingId = `${prefix}heading`;
  return html`<section aria-labelledby="${headingId}">
    <h2 id="${headingId}">
      ${withPeriod(texts.period, form.period.id)}
      <span class="small">${date(page, form.period.start)} – ${date(page, form.period.end)}</span>
    </h2>
    <p class="small">${form.reported ? texts.lastReported : texts.notReported}</p>
    ${problemSummary(form.state, page.texts.errors.summary, prefix)}
    <form method="post" action="/app/funding" novalidate>
      ${hidden('formToken', page.formToken)} ${hidden('nonce', form.nonce)}
      ${hidden('periodId', form.period.id)}
      ${fundingSourceKinds.map((kind) =>
        textField(form.state, {
          name: kind,
          label: texts.sources[kind],
          hint: texts.amountHint,
          idPrefix: prefix,
        }),
      )}
      ${textField(form.state, { name: 'volunteerCount', label: texts.volunteerCount, hint: texts.countHint, idPrefix: prefix })}
      ${textField(form.state, { name: 'paidStaffHours', label: texts.paidStaffHours, hint: texts.countHint, idPrefix: prefix })}
      <button type="submit">${texts.reportFunding}</button>
    </form>
  </section>`;
};

/** `GET /app/funding` (SPEC §9): a form per funding period of the funder config. */
export const fundingPage = (
  page: PageContext & { formToken: string },
  texts: FundingTexts,
  forms: readonly FundingPeriodForm[],
  savedPeriodId?: string,
) =>
  layout(
    page,
    texts.fundingTitle,
    html`${
        savedPeriodId === undefined
          ? ''
          : html`<p class="notice" role="status">
              ${withPeriod(texts.fundingSaved, savedPeriodId)}
            </p>`
      }
      <p>${texts.fundingIntro}</p>
      ${forms.map((form) => periodForm(page, texts, form))}`,
  );
