import { html, raw } from 'hono/html';
import type { ReportRecord } from '../../../shared/data/report-records';
import type { ReportPageTexts } from '../../../shared/i18n/report-page-texts';
import { fill } from '../../../shared/i18n/web-texts';
import { withPeriod } from './funding-page';
import { date, layout, ltr, type PageContext } from './layout';

/** A funding period of the funder config. */
export interface Period {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

const reportPath = (periodId: string) => `/app/reports/${encodeURIComponent(periodId)}`;

/** `GET /app/reports` (SPEC §9): the carrier's report of every closed period, latest first. */
export const reportListPage = (
  page: PageContext,
  texts: ReportPageTexts,
  reports: readonly { readonly period: Period; readonly record: ReportRecord }[],
) =>
  layout(
    page,
    texts.reportsTitle,
    html`<p>${texts.reportsIntro}</p>
      ${
        reports.length === 0
          ? html`<p>${texts.noReports}</p>`
          : html`<ul class="reports">
              ${reports.map(
                ({ period, record }) =>
                  html`<li>
                    <a href="${reportPath(period.id)}"
                      >${withPeriod(texts.reportTitle, period.id)}</a
                    >
                    <span class="small"
                      >${date(page, period.start)} – ${date(page, period.end)}; ${texts.generatedAt}
                      ${date(page, record.generatedAt.slice(0, 10))}</span
                    >
                  </li>`,
              )}
            </ul>`
      }`,
  );

/**
 * `GET /app/reports/<periodId>`: the stored carrier report, its sections as the HTML report's
 * renderer drew them at the close (`sectionsHtml`, escaped there), and its files for download.
 */
export const carrierReportPage = (
  page: PageContext,
  texts: ReportPageTexts,
  period: Period,
  record: ReportRecord,
  sectionsHtml: string,
) =>
  layout(
    page,
    fill(texts.reportTitle, { period: period.id }),
    html`<dl>
        <dt>${texts.periodLabel}</dt>
        <dd>${ltr(period.id)}: ${date(page, period.start)} – ${date(page, period.end)}</dd>
        <dt>${texts.generatedAt}</dt>
        <dd>${date(page, record.generatedAt.slice(0, 10))}</dd>
      </dl>
      <h2>${texts.downloads}</h2>
      <ul class="downloads">
        <li><a href="${reportPath(period.id)}/report.csv" download>${texts.downloadCsv}</a></li>
        <li><a href="${reportPath(period.id)}/report.json" download>${texts.downloadJson}</a></li>
      </ul>
      <p class="small">${texts.figuresNote}</p>
      <div class="report">${raw(sectionsHtml)}</div>`,
  );
