import { funderConfig } from '../../../shared/config/runtime-env';
import { listOfficeRows, type OfficeRow } from '../../../shared/data/office-rows';
import { getUmbrella, listUmbrellas } from '../../../shared/data/umbrellas';
import { todayIn } from '../../../shared/domain/dates';
import type { ListDay } from '../../../shared/domain/office-carrier-list';
import { currentPeriod } from '../../../shared/domain/office-figures';
import type { StaffScope, Umbrella } from '../../../shared/schemas/office';

// What the office's carrier pages read (SPEC §12): the scope's umbrellas and its carriers'
// office rows (one paged Query, never a match), as lines of the list as of today.

/** The umbrellas a scope sees: all for funder staff, its own for umbrella staff. */
export async function scopeUmbrellas(staff: StaffScope): Promise<Umbrella[]> {
  if (staff.role === 'funder') return listUmbrellas();
  if (staff.role !== 'umbrella') return [];
  const own = await getUmbrella(staff.umbrellaId);
  return own ? [own] : [];
}

/** Today in the funder's time zone, its current period and the umbrellas' names. */
export function listDay(umbrellas: readonly Umbrella[]): ListDay {
  const config = funderConfig();
  const today = todayIn(config.timezone);
  return {
    today,
    silentAfterDays: config.silentAfterDays,
    currentPeriodId: currentPeriod(config, today)?.id ?? null,
    umbrellaNames: new Map(umbrellas.map((umbrella) => [umbrella.umbrellaId, umbrella.name])),
  };
}

/** The office rows of a scope's carriers (region staff: none), or of one umbrella of it. */
export function scopeRows(staff: StaffScope, umbrellaId?: string): Promise<OfficeRow[]> {
  if (staff.role === 'umbrella') return listOfficeRows({ umbrellaId: staff.umbrellaId });
  if (staff.role !== 'funder') return Promise.resolve([]);
  return listOfficeRows(umbrellaId === undefined ? {} : { umbrellaId });
}
