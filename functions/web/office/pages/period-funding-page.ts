import { html } from 'hono/html';
import type { UmbrellaComparisonAnswer } from '../../../../shared/domain/reports/umbrella-comparison';
import type { OfficeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { fill } from '../../../../shared/i18n/web-texts';
import type { FundingComparisonGroup } from '../../../../shared/schemas/funding-comparison';
import {
  fundingComparisonGroupNames,
  fundingModels,
} from '../../../../shared/schemas/funding-comparison-names';
import type { StaffScope } from '../../../../shared/schemas/office';
import { problemSummary, textField, type FormState } from '../../pages/form-fields';
import { carrierName, date, ltr, type PageContext } from '../../pages/layout';
import type { Period } from '../../pages/report-pages';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';
import { periodPath } from './period-list-page';

const euros = (page: PageContext, amount: number) =>
  ltr(
    new Intl.NumberFormat(page.language, {
      style: 'currency',
      currency: 'EUR',
      numberingSystem: 'latn',
    }).format(amount),
  );

const percent = (page: PageContext, share: number | null) =>
  share === null
    ? '–'
    : ltr(
        new Intl.NumberFormat(page.language, {
          style: 'percent',
          maximumFractionDigits: 1,
          numberingSystem: 'latn',
        }).format(share),
      );

/** A group's (or an umbrella's) figures; a suppressed one says so, never with a number. */
const groupFigures = (page: PageContext, texts: OfficeAdminTexts, group: FundingComparisonGroup) =>
  'suppressed' in group
    ? html`<p class="small" data-suppressed="true">${texts.funding.tooFew}</p>`
    : html`<dl>
        <dt>${texts.funding.carriers}</dt>
        <dd>${ltr(String(group.carriers))}</dd>
        <dt>${texts.funding.amount}</dt>
        <dd>${euros(page, group.amount)}</dd>
        <dt>${texts.funding.share}</dt>
        <dd>${percent(page, group.share)}</dd>
        <dt>${texts.funding.baselineShare}</dt>
        <dd>${percent(page, group.baselineShare)}</dd>
      </dl>`;

const moves = (texts: OfficeAdminTexts, answer: UmbrellaComparisonAnswer) => {
  const count = (value: number | null) =>
    value === null
      ? html`<span data-suppressed="true">${texts.funding.tooFew}</span>`
      : ltr(String(value));
  const { more, less, similar } = answer.versusBaseline;
  return html`<h2>${texts.funding.movesHeading}</h2>
    <dl>
      <dt>${texts.funding.more}</dt>
      <dd data-moves="more">${count(more)}</dd>
      <dt>${texts.funding.less}</dt>
      <dd data-moves="less">${count(less)}</dd>
      <dt>${texts.funding.similar}</dt>
      <dd data-moves="similar">${count(similar)}</dd>
    </dl>`;
};

const comparisonSections = (
  page: PageContext,
  texts: OfficeAdminTexts,
  answer: UmbrellaComparisonAnswer,
  umbrellaNames: ReadonlyMap<string, string>,
) =>
  html`<dl>
      <dt>${texts.funding.total}</dt>
      <dd>${euros(page, answer.total)}</dd>
      <dt>${texts.funding.baselineTotal}</dt>
      <dd>${euros(page, answer.baselineTotal)}</dd>
    </dl>
    <h2>${texts.funding.groupsHeading}</h2>
    <ul class="matches">
      ${fundingComparisonGroupNames.map(
        (name) =>
          html`<li data-group="${name}">
            <h3>${texts.funding.groups[name]}</h3>
            ${groupFigures(page, texts, answer.groups[name])}
          </li>`,
      )}
    </ul>
    ${moves(texts, answer)}
    ${
      answer.umbrellas === undefined
        ? ''
        : html`<h2>${texts.funding.umbrellasHeading}</h2>
            <ul class="matches">
              ${Object.entries(answer.umbrellas).map(
                ([umbrellaId, group]) =>
                  html`<li data-umbrella="${umbrellaId}">
                    <h3>${carrierName(umbrellaNames.get(umbrellaId) ?? umbrellaId)}</h3>
                    ${groupFigures(page, texts, group)}
                  </li>`,
              )}
            </ul>`
    }`;

/**
 * `GET /app/office/periods/<periodId>/funding` (SPEC §12, §6): the scope's funding comparison
 * of the close with a plain GET form for the rates. `answer` undefined: the rates in `form`
 * were refused (their errors next to their fields).
 */
export const periodFundingPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  period: Period,
  form: FormState,
  answer: UmbrellaComparisonAnswer | undefined,
  umbrellaNames: ReadonlyMap<string, string>,
) =>
  officePage(
    page,
    staff,
    fill(texts.funding.title, { period: period.id }),
    html`<p>${date(page, period.start)} – ${date(page, period.end)}</p>
      <p>${texts.funding.intro}</p>
      ${problemSummary(form, texts.problemsHeading)}
      <form method="get" action="${periodPath(period.id)}/funding">
        <fieldset>
          <legend>${texts.funding.ratesHeading}</legend>
          ${fundingModels.map((model) =>
            textField(form, {
              name: model,
              label: texts.funding.rates[model],
              hint: texts.funding.rateHint,
            }),
          )}
        </fieldset>
        <button type="submit">${texts.funding.compare}</button>
      </form>
      ${answer === undefined ? '' : comparisonSections(page, texts, answer, umbrellaNames)}`,
  );
