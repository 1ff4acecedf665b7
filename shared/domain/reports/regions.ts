import { identifies } from './k-anonymity';
import { enclosingKeys, regionKeysOf } from './region-keys';

// SPEC §13: which region reports may be given. Pure and light: the office's regions page
// decides the same from the carriers' rows; the close's reports are in region-report.ts.

/** A region key of the carriers' municipalities, its carriers, and whether it may be shown. */
export interface RegionDisclosure {
  readonly key: string;
  readonly carriers: number;
  readonly given: boolean;
}

/**
 * SPEC §13: every region key of the carriers' municipalities at the three levels, and which
 * are given: at least k carriers, and for each enclosing region and for the whole deployment,
 * the rest (the enclosing set minus this region) empty or at least k carriers. Otherwise a
 * shown region and its shown enclosing one would single out the rest by difference.
 * `municipalities` has one entry per carrier of the deployment (undefined: in no region).
 */
export function regionDisclosures(
  municipalities: readonly (string | undefined)[],
  kAnonymity: number,
): RegionDisclosure[] {
  const counts = new Map<string, number>();
  for (const key of municipalities.flatMap(regionKeysOf)) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = municipalities.length;
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, carriers]) => {
      const enclosing = [...enclosingKeys(key).map((outer) => counts.get(outer) ?? 0), total];
      const given =
        !identifies(carriers, kAnonymity) &&
        enclosing.every((outer) => !identifies(outer - carriers, kAnonymity));
      return { key, carriers, given };
    });
}
