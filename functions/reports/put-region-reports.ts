import { mapLimit } from '../../shared/async/map-limit';
import type { FunderConfig } from '../../shared/config/funder-config';
import { putRegionReportRecord } from '../../shared/data/region-report-records';
import { putReportFile } from '../../shared/data/report-file-writer';
import { reportFileKey } from '../../shared/data/report-files';
import { regionReports, type RegionPart } from '../../shared/domain/reports/region-report';
import type { Period } from '../../shared/domain/reports/report-inputs';
import { putReportPages } from './put-report-pages';
import { regionReportCsv } from './render/region-report-csv';
import { renderRegionReportHtml } from './render/region-report-html';

/**
 * SPEC §13 at a close: for every given region of the carriers' municipalities, its report as
 * JSON, CSV and the fact sheet in each language, and the record that says where they are.
 * Computed from the close's parts (never facts), so a request reads one record and a file.
 * Called before the funder summary's record, which makes this revision the latest.
 */
export async function putRegionReports(
  periodId: string,
  revision: string,
  period: Period,
  parts: readonly RegionPart[],
  config: FunderConfig,
  generatedAt: Date,
): Promise<void> {
  const { given } = regionReports(period, parts, config, generatedAt);
  const context = {
    funderName: config.name,
    funderId: config.funderId,
    period,
    generatedAt: generatedAt.toISOString(),
  };
  // A few at a time: each renders a chart per language, and the close's function is small.
  await mapLimit(given, 4, async (report) => {
    const name = `region-${report.region.key}`;
    const { keys: htmlFiles } = await putReportPages(periodId, revision, name, (language) =>
      renderRegionReportHtml(report, context, language),
    );
    const files = {
      json: reportFileKey(periodId, revision, name, 'json'),
      csv: reportFileKey(periodId, revision, name, 'csv'),
      html: htmlFiles[config.language],
    };
    await putReportFile(files.json, 'json', JSON.stringify(report, null, 2));
    await putReportFile(files.csv, 'csv', regionReportCsv(report));
    await putRegionReportRecord(report.region.key, {
      periodId,
      revision,
      generatedAt: context.generatedAt,
      files,
      htmlFiles,
      language: config.language,
    });
  });
}
