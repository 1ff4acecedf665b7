// Calendar dates as `YYYY-MM-DD` strings, computed in UTC so that no time zone shifts a day.

const dayMs = 86_400_000;

const toEpochDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / dayMs;
const fromEpochDay = (epochDay: number): string =>
  new Date(epochDay * dayMs).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string =>
  fromEpochDay(toEpochDay(date) + days);

/** `to − from` in whole days. */
export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

/** Today's date in a time zone (the funder's), e.g. for "overdue as of today". */
export const todayIn = (timeZone: string, now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
