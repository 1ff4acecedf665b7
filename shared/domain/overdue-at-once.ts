import type { CheckInPolicy } from '../config/funder-config';
import { nextDueAfter, overdueDays } from './check-in-policy';

// SPEC §10 `overdueAtOnce`: an imported active Tandem whose past contacts are not in Tandem
// yet is overdue from the start; the preview warns before the next digest escalates it.

/** What the import knows of one Tandem of its file once it is done. */
export interface ImportedTandem {
  readonly startedOn: string;
  readonly ended: boolean;
  /** Counted check-ins already stored (the match's summary) and the latest of them. */
  readonly storedCount: number;
  readonly storedLastOn: string | null;
  /** Check-ins the import adds on or after the start, and the latest of them. */
  readonly newCount: number;
  readonly newLastOn: string | null;
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
  const { storedLastOn, newLastOn } = tandem;
  const lastOn =
    storedLastOn === null || (newLastOn !== null && newLastOn > storedLastOn)
      ? newLastOn
      : storedLastOn;
  const count = tandem.storedCount + tandem.newCount;
  const dueOn = nextDueAfter(tandem.startedOn, count, lastOn, policy);
  return overdueDays(dueOn, dayAfterImport) > overdueAtOnceDays;
}
