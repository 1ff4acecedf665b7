import type { CheckInPolicy } from '../config/funder-config';

/** 1: the coordinator is told a contact is overdue; 2: the lead is told it still is. */
export type ReminderLevel = 1 | 2;

/**
 * SPEC §5: the reminder levels a match has reached when overdue by `overdueDays`. A match
 * first seen long overdue reaches both at once, so the coordinator hears of it too.
 */
export function reminderLevels(overdueDays: number, policy: CheckInPolicy): ReminderLevel[] {
  if (overdueDays >= policy.escalateAfterDays) return [1, 2];
  if (overdueDays >= 1) return [1];
  return [];
}

/** Who is told at each level; without a lead, the escalation goes to the coordinator. */
export const recipientOf = (
  level: ReminderLevel,
  contacts: { coordinatorEmail: string; leadEmail?: string | undefined },
): string =>
  level === 1 ? contacts.coordinatorEmail : (contacts.leadEmail ?? contacts.coordinatorEmail);

/** One match listed in a reminder digest: ids and dates only. */
export interface OverdueMatch {
  readonly matchId: string;
  readonly nextDueOn: string;
  readonly overdueDays: number;
}

/**
 * Who gets the digest of an overdue event at `level`, and which lists it carries (SPEC §5:
 * one digest per recipient). With a lead, each level is its own e-mail; without one, the
 * coordinator gets both lists in one e-mail, sent under level 1's lease.
 */
export function digestPlanOf(
  level: ReminderLevel,
  contacts: { coordinatorEmail: string; leadEmail?: string | undefined },
): {
  to: string;
  recipient: 'coordinator' | 'lead';
  levels: ReminderLevel[];
  leaseLevel: ReminderLevel;
} {
  if (contacts.leadEmail === undefined) {
    return {
      to: contacts.coordinatorEmail,
      recipient: 'coordinator',
      levels: [1, 2],
      leaseLevel: 1,
    };
  }
  return {
    to: recipientOf(level, contacts),
    recipient: level === 1 ? 'coordinator' : 'lead',
    levels: [level],
    leaseLevel: level,
  };
}
