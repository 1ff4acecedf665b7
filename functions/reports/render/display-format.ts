/**
 * Figures as people read them on the German page: `81,25 %`, `2.400,00 €`, `183,5`. The
 * machine values stay in the CSV and JSON; the HTML also carries them in `data-value`.
 */

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
// Shares have four decimals, so two decimals of a percentage show them exactly.
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

export const formatCount = (value: number): string => integer.format(value);
export const formatDays = (value: number): string => decimal.format(value);
export const formatShare = (value: number): string => percent.format(value);
export const formatEuro = (value: number): string => euro.format(value);

/** A date `YYYY-MM-DD` as `31.12.2025`; anything else unchanged. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** An ISO timestamp as `31.12.2025, 23:59 UTC`; anything unparsable unchanged. */
export function formatTimestamp(value: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;
  return `${new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(time)} UTC`;
}
