import type { UmbrellaSummary } from '../../../shared/schemas/reports';
import { figureRowsCsv } from './csv-format';
import { funderSummaryRows } from './figure-rows';

/** An umbrella's summary (SPEC §6) as CSV: the funder summary's rows, `umbrellaId` after `funderId`. */
export function umbrellaSummaryCsv(summary: UmbrellaSummary): string {
  const rows = funderSummaryRows(summary);
  const afterFunder = rows.findIndex((row) => row.figure === 'funderId') + 1;
  return figureRowsCsv([
    ...rows.slice(0, afterFunder),
    { section: 'report', figure: 'umbrellaId', kind: 'text', value: summary.umbrellaId },
    ...rows.slice(afterFunder),
  ]);
}
