import type { CheckInPolicy } from '../config/funder-config';
import { addDays, daysBetween } from './dates';

/** SPEC §5: only check-ins on or after the start of a match count. */
export const countedCheckInDates = (startedOn: string, checkInDates: readonly string[]): string[] =>
  checkInDates.filter((date) => date >= startedOn).sort();

/**
 * SPEC §5: the next contact due date after `counted` check-ins (sorted, all ≥ startedOn).
 * Early contacts are spread evenly over the first month, then one per `thenEveryDays`.
 */
export const nextDueOn = (
  startedOn: string,
  counted: readonly string[],
  policy: CheckInPolicy,
): string => nextDueAfter(startedOn, counted.length, counted.at(-1) ?? null, policy);

/**
 * The same rule from the aggregates alone (how many counted check-ins, the latest date), so a
 * summary can be moved on by one check-in without reading the others. In the first month a
 * late contact is not followed by one that is already overdue: the next is at least `step`
 * days after it (SPEC §5).
 */
export function nextDueAfter(
  startedOn: string,
  count: number,
  lastOn: string | null,
  policy: CheckInPolicy,
): string {
  const step = Math.floor(policy.firstMonthDays / policy.firstMonthContacts);
  if (count === 0 || lastOn === null) return addDays(startedOn, step);
  if (count < policy.firstMonthContacts) {
    const spaced = addDays(startedOn, (count + 1) * step);
    const afterLast = addDays(lastOn, step);
    return spaced > afterLast ? spaced : afterLast;
  }
  return addDays(lastOn, policy.thenEveryDays);
}

/** SPEC §5: on day `today` a match is overdue by `today − nextDueOn` days when that is ≥ 1. */
export const overdueDays = (dueOn: string, today: string): number =>
  Math.max(0, daysBetween(dueOn, today));
