import { getOfficeRow, type OfficeRow } from '../../../../shared/data/office-rows';
import { isPartnerId } from '../../../../shared/schemas/partner-id';
import type { StaffScope } from '../../../../shared/schemas/office';
import { carrierInScope } from '../office-context';

/** The carrier's office row when the scope sees it; another scope's carrier is not found. */
export async function rowInScope(
  staff: StaffScope,
  carrierId: string,
): Promise<OfficeRow | undefined> {
  if (!isPartnerId(carrierId)) return undefined;
  const row = await getOfficeRow(carrierId);
  return row && carrierInScope(staff, row) ? row : undefined;
}
