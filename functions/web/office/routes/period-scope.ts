import { funderConfig } from '../../../../shared/config/runtime-env';
import { listOfficeRows } from '../../../../shared/data/office-rows';
import { carrierUnits } from '../../../../shared/data/period-closes';
import {
  latestFunderSummary,
  latestUmbrellaSummary,
  type ReportRecord,
} from '../../../../shared/data/report-records';
import type { StaffScope } from '../../../../shared/schemas/office';
import { isPartnerId } from '../../../../shared/schemas/partner-id';
import type { Period } from '../../pages/report-pages';
import type { ClosedCarrier } from '../pages/period-report-pages';

// What the office's period pages read of a close for a staff scope (SPEC §12): the scope's
// summary record and the scope's carriers of the close, both as stored at the close.

/** The configured period of a path's id, if any. */
export const configuredPeriod = (periodId: string): Period | undefined =>
  isPartnerId(periodId) ? funderConfig().periods.find(({ id }) => id === periodId) : undefined;

/** The latest summary of the scope: funder staff the funder's, umbrella staff their umbrella's. */
export const scopeSummary = (
  staff: StaffScope,
  periodId: string,
): Promise<ReportRecord | undefined> =>
  staff.role === 'umbrella'
    ? latestUmbrellaSummary(periodId, staff.umbrellaId)
    : latestFunderSummary(periodId);

/**
 * The scope's carriers of a close, by their umbrella at the close (as its summaries count
 * them), named from the office's rows: one query of the close's parts, one of the rows.
 */
export async function scopeCarriersOfClose(
  staff: StaffScope,
  periodId: string,
  revision: string,
): Promise<ClosedCarrier[]> {
  const [parts, rows] = await Promise.all([carrierUnits(periodId, revision), listOfficeRows()]);
  const names = new Map(rows.map((row) => [row.carrierId, row.name]));
  return parts
    .map((part) => part.standing)
    .filter(
      (standing) =>
        staff.role === 'funder' ||
        (staff.role === 'umbrella' && standing.umbrellaId === staff.umbrellaId),
    )
    .map((standing) => ({
      carrierId: standing.carrierId,
      name: names.get(standing.carrierId) ?? standing.carrierId,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
