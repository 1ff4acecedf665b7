import { formatDate as formatIsoDate, type Language } from '../../../shared/i18n/languages';

/**
 * Figures as people read them in the report's language: `81,25 %` and `2.400,00 €` in German,
 * `81.25%` in English; Latin digits in every language, like the web app's dates (SPEC §5), so
 * a figure reads the same in the CSV. The machine values stay in the CSV and JSON; the HTML
 * also carries them in `data-value`.
 */
const numberFormat = (language: Language, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(language, { numberingSystem: 'latn', ...options });

const formatsOf = (language: Language) => ({
  integer: numberFormat(language, { maximumFractionDigits: 0 }),
  decimal: numberFormat(language, { maximumFractionDigits: 1 }),
  // Shares have four decimals, so two decimals of a percentage show them exactly.
  percent: numberFormat(language, { style: 'percent', maximumFractionDigits: 2 }),
  euro: numberFormat(language, { style: 'currency', currency: 'EUR' }),
});
/**
 * Direction marks that `Intl` puts into right-to-left numbers and dates (U+200E, U+200F,
 * U+061C): dropped, since the page isolates each figure left-to-right, where they would
 * reorder its parts ("012026/10/", issue 18).
 */
const directionMarks = /[\u200e\u200f\u061c]/g;
const plain = (text: string): string => text.replace(directionMarks, '');

const formats = new Map<Language, ReturnType<typeof formatsOf>>();
const formatsFor = (language: Language) => {
  let found = formats.get(language);
  if (!found) formats.set(language, (found = formatsOf(language)));
  return found;
};

export const formatCount = (language: Language, value: number): string =>
  plain(formatsFor(language).integer.format(value));
export const formatDays = (language: Language, value: number): string =>
  plain(formatsFor(language).decimal.format(value));
export const formatShare = (language: Language, value: number): string =>
  plain(formatsFor(language).percent.format(value));
export const formatEuro = (language: Language, value: number): string =>
  plain(formatsFor(language).euro.format(value));

/** A date `YYYY-MM-DD` as its readers write it (`31.12.2025` in German); anything else unchanged. */
export const formatDate = (language: Language, value: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? plain(formatIsoDate(language, value)) : value;

/** An ISO timestamp as `31.12.2025, 23:59 UTC` in German; anything unparsable unchanged. */
export function formatTimestamp(language: Language, value: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;
  return `${plain(
    new Intl.DateTimeFormat(language, {
      calendar: 'gregory',
      numberingSystem: 'latn',
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(time),
  )} UTC`;
}
