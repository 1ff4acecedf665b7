import { funderConfig } from '../../shared/config/runtime-env';
import { putReportFile } from '../../shared/data/report-file-writer';
import { reportFileKey } from '../../shared/data/report-files';
import { carrierParts } from '../../shared/data/period-closes';
import { hasFunderSummary, putFunderSummaryRecord } from '../../shared/data/report-records';
import { buildFunderSummary } from '../../shared/domain/reports/build-reports';
import {
  comparedCarrierOf,
  publishableGroupUnits,
} from '../../shared/domain/reports/funding-comparison';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { periodOf } from './period-of';
import { putRegionReports } from './put-region-reports';
import { putReportPages } from './put-report-pages';
import { requestUmbrellaSummaries } from './put-umbrella-summaries';
import { funderSummaryCsv } from './render/funder-summary-csv';
import { renderFunderSummaryHtml } from './render/funder-summary-html';
import { funderSummaryEmail } from './report-ready-email';

/** The funder summary of a period close, once every carrier's report is written. */
export const handler = consumer('FunderSummaryRequested', async ({ periodId, revision }) => {
  if (await hasFunderSummary(periodId, revision)) return;
  const config = funderConfig();
  const period = periodOf(config, periodId);
  const parts = await carrierParts(periodId, revision);
  const summary = buildFunderSummary(period, parts, config, new Date());
  const csv = funderSummaryCsv(summary);
  const comparisonInputs = {
    rates: config.fundingModels,
    units: publishableGroupUnits(
      parts.map((part) => comparedCarrierOf(part.units, part.standing)),
      config.kAnonymity,
    ),
  };
  // Read in the funder's language (SPEC §6, §7), the others for `?lang=`.
  const { language } = config;
  const { keys: htmlFiles, pages } = await putReportPages(
    periodId,
    revision,
    'summary',
    (pageLanguage) =>
      renderFunderSummaryHtml(
        summary,
        { funderName: config.name, period },
        comparisonInputs,
        pageLanguage,
      ),
  );
  const files = {
    json: reportFileKey(periodId, revision, 'summary', 'json'),
    csv: reportFileKey(periodId, revision, 'summary', 'csv'),
    html: htmlFiles[language],
  };
  const html = pages[language];
  await putReportFile(files.json, 'json', JSON.stringify(summary, null, 2));
  await putReportFile(files.csv, 'csv', csv);
  await putRegionReports(periodId, revision, period, parts, config, new Date(summary.generatedAt));
  await requestUmbrellaSummaries(periodId, revision, parts);
  // Mailed before it is recorded: a failed send is retried, never skipped (at worst the
  // contact gets it twice). The summary is k-anonymous, so it may travel by e-mail.
  if (config.contactEmail) {
    await sendEmail(
      config.senderEmail,
      config.contactEmail,
      funderSummaryEmail({ periodId, funderName: config.name, csv, html }),
    );
  }
  await putFunderSummaryRecord({
    periodId,
    revision,
    generatedAt: summary.generatedAt,
    files,
    htmlFiles,
    language,
  });
});
