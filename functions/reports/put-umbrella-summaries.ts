import type { FunderConfig } from '../../shared/config/funder-config';
import type { CarrierClosePart } from '../../shared/data/period-closes';
import { putReportFile, reportFileKey } from '../../shared/data/report-files';
import { hasUmbrellaSummary, putUmbrellaSummaryRecord } from '../../shared/data/report-records';
import { listUmbrellas } from '../../shared/data/umbrellas';
import type { Period } from '../../shared/domain/reports/report-inputs';
import { buildUmbrellaSummaries } from '../../shared/domain/reports/umbrella-summaries';
import { putReportPages } from './put-report-pages';
import { renderFunderSummaryHtml } from './render/funder-summary-html';
import { umbrellaSummaryCsv } from './render/umbrella-summary-csv';

/**
 * SPEC §6: at a close, the summary of every umbrella (known ones without carriers too, over no
 * carriers), as JSON, CSV and the HTML page in each language, and its record. Built from the
 * close's carrier parts the funder summary read; an umbrella whose record exists (a retried
 * delivery) is skipped, so a retry finishes what a timeout left.
 */
export async function putUmbrellaSummaries(
  revision: string,
  period: Period,
  parts: readonly CarrierClosePart[],
  config: FunderConfig,
  generatedAt: string,
): Promise<void> {
  const periodId = period.id;
  const umbrellas = await listUmbrellas();
  const names = new Map(umbrellas.map((umbrella) => [umbrella.umbrellaId, umbrella.name]));
  const built = buildUmbrellaSummaries(
    period,
    parts,
    umbrellas.map((umbrella) => umbrella.umbrellaId),
    config,
    new Date(generatedAt),
  );
  // One umbrella at a time: each renders its seven pages at once, which is what a function
  // of the funder summary's size takes without running out of memory.
  for (const { summary, groupUnits } of built) {
    const { umbrellaId } = summary;
    if (await hasUmbrellaSummary(umbrellaId, periodId, revision)) continue;
    const name = `umbrella-${umbrellaId}`;
    const context = {
      funderName: `${config.name} · ${names.get(umbrellaId) ?? umbrellaId}`,
      period,
    };
    const comparisonInputs = { rates: config.fundingModels, units: groupUnits };
    const { keys: htmlFiles } = await putReportPages(periodId, revision, name, (language) =>
      renderFunderSummaryHtml(summary, context, comparisonInputs, language),
    );
    const files = {
      json: reportFileKey(periodId, revision, name, 'json'),
      csv: reportFileKey(periodId, revision, name, 'csv'),
      html: htmlFiles[config.language],
    };
    await putReportFile(files.json, 'json', JSON.stringify(summary, null, 2));
    await putReportFile(files.csv, 'csv', umbrellaSummaryCsv(summary));
    await putUmbrellaSummaryRecord(umbrellaId, {
      periodId,
      revision,
      generatedAt: summary.generatedAt,
      files,
      htmlFiles,
      language: config.language,
    });
  }
}
