/** SPEC §6: shares are fractions rounded to 4 decimals. */
export const roundShare = (value: number): number => Math.round(value * 10_000) / 10_000;

/** SPEC §6: amounts in EUR rounded to cents. */
export const roundCents = (value: number): number => Math.round(value * 100) / 100;

/** `part / whole` as a rounded share, `null` when there is nothing to divide by. */
export const shareOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : roundShare(part / whole);

/** The median: the middle value, or the mean of the middle two; `null` for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return quantile(values, 0.5);
}

/** A quantile by linear interpolation between closest ranks (h = (n − 1)·p). */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.ceil(h);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (h - lower) * (high - low);
}
