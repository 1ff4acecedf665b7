import { html, raw } from 'hono/html';
import type { RegionDisclosure } from '../../../../shared/domain/reports/regions';
import type { RegionTexts } from '../../../../shared/i18n/region-texts';
import { fill } from '../../../../shared/i18n/web-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { problemSummary, selectField, textField, type FormState } from '../../pages/form-fields';
import { date, ltr, type PageContext } from '../../pages/layout';
import type { Period } from '../../pages/report-pages';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';

export const regionsPath = '/app/office/regions';
export const regionReportPath = (key: string, periodId: string) =>
  `${regionsPath}/${encodeURIComponent(key)}/periods/${encodeURIComponent(periodId)}`;

const levelOf = (texts: RegionTexts, key: string) =>
  key.length === 2
    ? texts.levels.land
    : key.length === 5
      ? texts.levels.kreis
      : texts.levels.gemeinde;

/**
 * `GET /app/office/regions` (SPEC §13): every region key of the carriers' municipalities in
 * the scope, with its carriers or "too few" where no report may be given, and its reports.
 */
export const regionListPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: RegionTexts,
  regions: readonly RegionDisclosure[],
  periods: readonly Period[],
) =>
  officePage(
    page,
    staff,
    texts.title,
    html`<p>${texts.intro}</p>
      ${
        regions.length === 0
          ? html`<p>${texts.none}</p>`
          : html`<ul class="matches">
              ${regions.map(
                (region) =>
                  html`<li data-region="${region.key}">
                    <h2>
                      ${ltr(region.key)} <span class="small">${levelOf(texts, region.key)}</span>
                    </h2>
                    <dl>
                      <dt>${texts.carriers}</dt>
                      <dd data-carriers="${region.given ? String(region.carriers) : ''}">
                        ${region.given ? ltr(String(region.carriers)) : texts.tooFew}
                      </dd>
                      <dt>${texts.reports}</dt>
                      <dd>
                        ${periods.map(
                          (period) =>
                            html`<a href="${regionReportPath(region.key, period.id)}"
                              >${ltr(period.id)}</a
                            > `,
                        )}
                      </dd>
                    </dl>
                  </li>`,
              )}
            </ul>`
      }`,
  );

export type CoFundingModel = 'per_supported_month' | 'per_active_month';

/** The co-funding form's outcome: the amount of a valid rate, shown under the form. */
export interface CoFunding {
  readonly form: FormState;
  readonly result?: { rate: number; units: number; amount: number };
}

const euros = (page: PageContext, amount: number) =>
  new Intl.NumberFormat(page.language, {
    style: 'currency',
    currency: 'EUR',
    numberingSystem: 'latn',
  }).format(amount);
const number = (page: PageContext, value: number) =>
  new Intl.NumberFormat(page.language, {
    maximumFractionDigits: 2,
    numberingSystem: 'latn',
  }).format(value);

/** A plain GET form: a rate per supported (or active) month, the page again with the amount. */
const coFundingForm = (
  page: OfficePageContext,
  texts: RegionTexts,
  action: string,
  coFunding: CoFunding,
) =>
  html`<h2>${texts.coFunding}</h2>
    <p>${texts.coFundingIntro}</p>
    ${problemSummary(coFunding.form, texts.coFunding)}
    <form method="get" action="${action}">
      ${selectField(coFunding.form, {
        name: 'model',
        label: texts.model,
        placeholder: texts.perSupportedMonth,
        choices: [
          ['per_supported_month', texts.perSupportedMonth],
          ['per_active_month', texts.perActiveMonth],
        ],
      })}
      ${textField(coFunding.form, { name: 'rate', label: texts.rate })}
      <button type="submit">${texts.calculate}</button>
    </form>
    ${
      coFunding.result
        ? html`<p class="co-funding-result" data-amount="${coFunding.result.amount.toFixed(2)}">
            <strong
              >${ltr(
                fill(texts.amount, {
                  rate: euros(page, coFunding.result.rate),
                  units: number(page, coFunding.result.units),
                  amount: euros(page, coFunding.result.amount),
                }),
              )}</strong
            >
          </p>`
        : ''
    }`;

/**
 * `GET /app/office/regions/<key>/periods/<periodId>` (SPEC §13): the region's report of the
 * latest close as stored (its fact sheet's sections), its files, and the co-funding form;
 * or why there is none (not closed yet; too few carriers).
 */
export const regionReportPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: RegionTexts,
  period: Period,
  key: string,
  report:
    | { state: 'notClosed' }
    | { state: 'suppressed' }
    | { state: 'given'; sectionsHtml: string; coFunding: CoFunding },
) => {
  const path = regionReportPath(key, period.id);
  const body =
    report.state === 'notClosed'
      ? html`<p>${texts.notClosed}</p>`
      : report.state === 'suppressed'
        ? html`<p class="notice" data-suppressed="true">${texts.suppressed}</p>`
        : html`<h2>${texts.downloads}</h2>
            <ul class="downloads">
              <li><a href="${path}?format=json" download>${texts.downloadJson}</a></li>
              <li><a href="${path}?format=csv" download>${texts.downloadCsv}</a></li>
              <li><a href="${path}?format=html" download>${texts.downloadHtml}</a></li>
            </ul>
            ${coFundingForm(page, texts, path, report.coFunding)}
            <div class="report">${raw(report.sectionsHtml)}</div>`;
  return officePage(
    page,
    staff,
    fill(texts.reportTitle, { key, period: period.id }),
    html`<p>${date(page, period.start)} – ${date(page, period.end)}</p>
      ${body}`,
  );
};
