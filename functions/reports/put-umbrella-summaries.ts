import type { CarrierClosePart } from '../../shared/data/period-closes';
import { carrierParts } from '../../shared/data/period-closes';
import { putReportFile } from '../../shared/data/report-file-writer';
import { reportFileKey } from '../../shared/data/report-files';
import { hasUmbrellaSummary, putUmbrellaSummaryRecord } from '../../shared/data/report-records';
import { getUmbrella, listUmbrellas } from '../../shared/data/umbrellas';
import type { FunderConfig } from '../../shared/config/funder-config';
import { buildUmbrellaSummary } from '../../shared/domain/reports/umbrella-summaries';
import { umbrellasOf } from '../../shared/domain/reports/umbrella-suppression';
import { reportEventSource } from '../../shared/events/catalogue';
import { publishEvents } from '../../shared/events/publish';
import { periodOf } from './period-of';
import { putReportPages } from './put-report-pages';
import { renderFunderSummaryHtml } from './render/funder-summary-html';
import { umbrellaSummaryCsv } from './render/umbrella-summary-csv';

/**
 * SPEC §6: at a close, asks for the summary of every umbrella: the known ones (those without
 * carriers get one over no carriers) and any a carrier of the close names. One event each
 * (build-umbrella-summary.ts): two dozen umbrellas' seven pages of charts would not fit in
 * one function's time.
 */
export async function requestUmbrellaSummaries(
  periodId: string,
  revision: string,
  parts: readonly CarrierClosePart[],
): Promise<void> {
  const known = (await listUmbrellas()).map((umbrella) => umbrella.umbrellaId);
  const umbrellas = umbrellasOf(
    parts.map((part) => part.standing),
    known,
  );
  await publishEvents(
    reportEventSource,
    umbrellas.map((umbrellaId) => ({
      detailType: 'UmbrellaSummaryRequested' as const,
      detail: { periodId, revision, umbrellaId },
    })),
  );
}

/**
 * One umbrella's summary of a close: JSON, CSV, the HTML page in each language, then its
 * record. Built from every carrier part of the close (suppression across umbrellas needs
 * them all); a summary already recorded (a retried delivery) is left as it is.
 */
export async function putUmbrellaSummary(
  periodId: string,
  revision: string,
  umbrellaId: string,
  config: FunderConfig,
): Promise<void> {
  if (await hasUmbrellaSummary(umbrellaId, periodId, revision)) return;
  const period = periodOf(config, periodId);
  const [parts, umbrella] = await Promise.all([
    carrierParts(periodId, revision),
    getUmbrella(umbrellaId),
  ]);
  const { summary, groupUnits } = buildUmbrellaSummary(
    period,
    parts,
    umbrellaId,
    config,
    new Date(),
  );
  const name = `umbrella-${umbrellaId}`;
  // The umbrella's name (an organisation's, never a person's) beside the funder's.
  const context = { funderName: `${config.name} · ${umbrella?.name ?? umbrellaId}`, period };
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
