/** SPEC §1: a region key is a Land (2 digits), a Kreis (5) or a Gemeinde (8) of the AGS. */
export const regionLevels = [2, 5, 8] as const;

/** 2, 5 or 8 digits; the same rule as `regionKeySchema`, without a schema library. */
export const isRegionKey = (value: string): boolean => /^(\d{2}|\d{5}|\d{8})$/.test(value);

/** The region keys a municipality (AGS, 8 digits) lies in: one per level, largest first. */
export const regionKeysOf = (municipality: string | undefined): string[] =>
  municipality ? regionLevels.map((digits) => municipality.slice(0, digits)) : [];

/** The regions around a key: its shorter prefixes at the levels, largest first. */
export const enclosingKeys = (key: string): string[] =>
  regionLevels.filter((digits) => digits < key.length).map((digits) => key.slice(0, digits));

/** A carrier with municipality AGS `a` is in region `k` when `a` starts with `k` (SPEC §1). */
export const isInRegion = (municipality: string | undefined, key: string): boolean =>
  municipality !== undefined && municipality.startsWith(key);
