import type { GivenRegionReport } from '../../../shared/schemas/region-report';
import { figureRowsCsv } from './csv-format';
import type { FigureRow } from './figure-rows';
import { matchAndCheckInRows, riskFlagRows, situationRows } from './figure-rows';

const units = ['per_new_match', 'per_active_month', 'per_supported_month'] as const;

/**
 * The region report (SPEC §13) as CSV, one row per figure like the summary: the region, its
 * figures, `units.*`, then `all.matches.*` and `all.checkIns.*` (a suppressed region's
 * answer: region-suppressed.ts).
 */
export function regionReportCsv(report: GivenRegionReport): string {
  const head: FigureRow[] = [
    { section: 'report', figure: 'periodId', kind: 'text', value: report.periodId },
    { section: 'region', figure: 'key', kind: 'text', value: report.region.key },
    { section: 'region', figure: 'carriers', kind: 'count', value: report.region.carriers },
  ];
  return figureRowsCsv([
    ...head,
    ...matchAndCheckInRows(report),
    ...riskFlagRows(report.riskFlag),
    ...situationRows(report.carrierSituation),
    ...units.map((model): FigureRow => ({
      section: 'units',
      figure: model,
      kind: 'count',
      value: report.units[model],
    })),
    ...matchAndCheckInRows(report.all, 'all.'),
  ]);
}
