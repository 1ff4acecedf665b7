import type { CheckInPolicy } from '../config/funder-config';
import { addDays, daysBetween } from './dates';

/** SPEC §5: only check-ins on or after the start of a match count. */
export const countedCheckInDates = (startedOn: string, checkInDates: readonly string[]): string[] =>
  checkInDates.filter((date) => date >= startedOn).sort();

/**
 * SPEC §5: the next contact due date after `counted` check-ins (sorted, all ≥ startedOn).
 * Early contacts are spread evenly over the first month, then one per `thenEveryDays`.
 */
export function nextDueOn(
  startedOn: string,
  counted: readonly string[],
  policy: CheckInPolicy,
): string {
  const count = counted.length;
  if (count < policy.firstMonthContacts) {
    const spacing = Math.floor(policy.firstMonthDays / policy.firstMonthContacts);
    return addDays(startedOn, (count + 1) * spacing);
  }
  return addDays(counted[count - 1], policy.thenEveryDays);
}

/** SPEC §5: on day `today` a match is overdue by `today − nextDueOn` days when that is ≥ 1. */
export const overdueDays = (dueOn: string, today: string): number =>
  Math.max(0, daysBetween(dueOn, today));
