import type { FunderSummary } from '../../../shared/schemas/reports';
import { figureRowsCsv } from './csv-format';
import { funderSummaryRows } from './figure-rows';

/**
 * The funder summary (SPEC §6) as CSV, one row per figure like the carrier report, plus
 * `carriers.*` and `carrierSituation.*`. A suppressed figure has an empty value and its
 * object gains a row `carrierSituation,<path>.suppressed,true`; a wholly suppressed situation
 * block is the row `carrierSituation,suppressed,true` with its figure rows empty.
 */
export function funderSummaryCsv(summary: FunderSummary): string {
  return figureRowsCsv(funderSummaryRows(summary));
}
