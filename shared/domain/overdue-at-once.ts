import type { CheckInPolicy } from '../config/funder-config';
import { countedCheckInDates, nextDueAfter, overdueDays } from './check-in-policy';

// SPEC §10 `overdueAtOnce`: an imported active Tandem whose past contacts are not in Tandem
// yet is overdue from the start; the preview warns before the next digest escalates it.

/** What the import knows of one Tandem of its file once it is done. */
export interface ImportedTandem {
  readonly startedOn: string;
  readonly ended: boolean;
  /** Counted check-ins already stored (the match's summary) and the latest of them. */
  readonly storedCount: number;
  readonly storedLastOn: string | null;
  /** The check-in dates the import adds. */
  readonly newCheckInDates: readonly string[];
}

/** More than this many days overdue at once is worth a warning. */
export const overdueAtOnceDays = 60;

/** SPEC §5's rule with the stored and the imported check-ins: overdue by more than 60 days? */
export function isOverdueAtOnce(
  tandem: ImportedTandem,
  dayAfterImport: string,
  policy: CheckInPolicy,
): boolean {
  if (tandem.ended) return false;
  const added = countedCheckInDates(tandem.startedOn, tandem.newCheckInDates);
  const addedLast = added.at(-1) ?? null;
  const lastOn =
    tandem.storedLastOn === null || (addedLast !== null && addedLast > tandem.storedLastOn)
      ? addedLast
      : tandem.storedLastOn;
  const dueOn = nextDueAfter(tandem.startedOn, tandem.storedCount + added.length, lastOn, policy);
  return overdueDays(dueOn, dayAfterImport) > overdueAtOnceDays;
}
