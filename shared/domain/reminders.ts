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

/** SPEC §5: a digest lists at most this many matches per list, then counts the rest. */
export const digestListCap = 50;

/** One list of a digest as sent: the matches shown, and how many more there are. */
export interface DigestList {
  readonly level: ReminderLevel;
  readonly listed: readonly OverdueMatch[];
  /** Unsent reminders of this list beyond the cap: counted ("and N more"), not listed. */
  readonly more: number;
}

/** Most overdue first; ties by due date, then id, so that a digest is the same on a retry. */
const mostOverdueFirst = (a: OverdueMatch, b: OverdueMatch) =>
  b.overdueDays - a.overdueDays ||
  a.nextDueOn.localeCompare(b.nextDueOn) ||
  a.matchId.localeCompare(b.matchId);

/**
 * The lists of one digest from its unsent reminders (SPEC §5): a match on both lists is
 * shown once, on the escalation list; each list shows the `cap` most overdue and counts the
 * rest. `listedClaims` are the reminders this digest lists, and so the ones it marks sent:
 * those only counted stay unsent and are listed by a later digest.
 */
export function digestListsOf(
  unsent: readonly { level: ReminderLevel; matches: readonly OverdueMatch[] }[],
  cap = digestListCap,
): { lists: DigestList[]; listedClaims: { level: ReminderLevel; match: OverdueMatch }[] } {
  const escalated = new Set(
    unsent.filter((s) => s.level === 2).flatMap((s) => s.matches.map((m) => m.matchId)),
  );
  const lists = unsent.map(({ level, matches }) => {
    const shown = level === 1 ? matches.filter((m) => !escalated.has(m.matchId)) : matches;
    const sorted = [...shown].sort(mostOverdueFirst);
    return { level, listed: sorted.slice(0, cap), more: Math.max(0, sorted.length - cap) };
  });
  const listedIds = new Set(lists.flatMap((list) => list.listed.map((m) => m.matchId)));
  // A level-1 reminder of a match listed on the escalation list was shown there: it is sent.
  const listedClaims = unsent.flatMap(({ level, matches }) =>
    matches.filter((m) => listedIds.has(m.matchId)).map((match) => ({ level, match })),
  );
  return { lists, listedClaims };
}
