import type { CarrierReport } from '../../../shared/schemas/reports';
import { figureRowsCsv } from './csv-format';
import { carrierReportRows } from './figure-rows';

/**
 * A carrier report (SPEC §6) as CSV, one row per figure: `section,figure,value`, e.g.
 * `matches,reached.90,0.75` or `funding,per_new_match,2400.00`; null is an empty value. The
 * report's ids and time come first in section `report`. Format: see csv-format.ts.
 */
export function carrierReportCsv(report: CarrierReport): string {
  return figureRowsCsv(carrierReportRows(report));
}
