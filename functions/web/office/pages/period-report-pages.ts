import { html, raw } from 'hono/html';
import type { ReportRecord } from '../../../../shared/data/report-records';
import type { OfficeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { fill } from '../../../../shared/i18n/web-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { carrierName, date, ltr } from '../../pages/layout';
import type { Period } from '../../pages/report-pages';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';
import { periodPath } from './period-list-page';

/** A carrier of the scope in a close: its report's page links from the summary. */
export interface ClosedCarrier {
  readonly carrierId: string;
  readonly name: string;
}

export const carrierReportPath = (periodId: string, carrierId: string) =>
  `${periodPath(periodId)}/carriers/${encodeURIComponent(carrierId)}`;

/** When the stored report was made, and its files (`base`: their path without `.json`…). */
const recordHeader = (
  page: OfficePageContext,
  texts: OfficeAdminTexts,
  period: Period,
  record: ReportRecord,
  base: string,
) =>
  html`<p>
      ${date(page, period.start)} – ${date(page, period.end)}; ${texts.periods.revision}
      ${ltr(record.revision)} (${date(page, record.generatedAt.slice(0, 10))})
    </p>
    <h2>${texts.summary.downloads}</h2>
    <ul class="downloads">
      <li><a href="${base}.json" download>${texts.summary.downloadJson}</a></li>
      <li><a href="${base}.csv" download>${texts.summary.downloadCsv}</a></li>
      <li><a href="${base}.html" download>${texts.summary.downloadHtml}</a></li>
    </ul>`;

/** The scope's summary: the funder's for funder staff, their umbrella's for umbrella staff. */
const summaryTitle = (staff: StaffScope, texts: OfficeAdminTexts, periodId: string) =>
  fill(staff.role === 'funder' ? texts.summary.funderTitle : texts.summary.umbrellaTitle, {
    period: periodId,
  });

/** The stored HTML report's sections, as its renderer drew them at the close (escaped there). */
const storedSections = (texts: OfficeAdminTexts, sectionsHtml: string) =>
  html`<p class="small">${texts.summary.figuresNote}</p>
    <div class="report">${raw(sectionsHtml)}</div>`;

/**
 * `GET /app/office/periods/<periodId>` (SPEC §12) of a closed period: the scope's summary
 * (funder staff the funder summary, umbrella staff their umbrella's) as stored at the close,
 * its files, and the scope's carriers of the close, each linking to its report.
 */
export const periodSummaryPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  period: Period,
  record: ReportRecord,
  sectionsHtml: string,
  carriers: readonly ClosedCarrier[],
) =>
  officePage(
    page,
    staff,
    summaryTitle(staff, texts, period.id),
    html`${recordHeader(page, texts, period, record, `${periodPath(period.id)}/summary`)}
      <p><a href="${periodPath(period.id)}/funding">${texts.periods.fundingLink}</a></p>
      <h2>${texts.summary.carriersHeading}</h2>
      ${
        carriers.length === 0
          ? html`<p>${texts.summary.noCarriers}</p>`
          : html`<ul class="reports">
              ${carriers.map(
                (carrier) =>
                  html`<li>
                    <a href="${carrierReportPath(period.id, carrier.carrierId)}"
                      >${carrierName(carrier.name)}</a
                    >
                  </li>`,
              )}
            </ul>`
      }
      ${storedSections(texts, sectionsHtml)}`,
  );

/** A period of the config without a close yet: no summary, no report, no comparison. */
export const periodNotClosedPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  period: Period,
) =>
  officePage(
    page,
    staff,
    fill(texts.periods.period, { period: period.id }),
    html`<p>${date(page, period.start)} – ${date(page, period.end)}</p>
      <p>${texts.summary.notClosed}</p>
      <p><a href="/app/office/periods">${texts.periods.title}</a></p>`,
  );

/**
 * `GET /app/office/periods/<periodId>/carriers/<carrierId>`: a carrier of the scope, its
 * stored report of the close in the page and its files.
 */
export const periodCarrierPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  period: Period,
  carrier: ClosedCarrier,
  record: ReportRecord,
  sectionsHtml: string,
) =>
  officePage(
    page,
    staff,
    fill(texts.summary.carrierTitle, { period: period.id, carrier: carrier.name }),
    html`${recordHeader(
        page,
        texts,
        period,
        record,
        `${carrierReportPath(period.id, carrier.carrierId)}/report`,
      )}
      <p>
        <a href="${periodPath(period.id)}">${summaryTitle(staff, texts, period.id)}</a>
      </p>
      ${storedSections(texts, sectionsHtml)}`,
  );
