import { describe, expect, it } from 'vitest';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { addDays } from '../../shared/domain/dates';
import { matchRisk, riskReasons } from '../../shared/domain/match-risk';
import { summarizeMatch, type MatchFacts } from '../../shared/domain/match-summary';
import type { CheckInRecorded } from '../../shared/schemas/webhooks';

// SPEC §5 "Matches at risk of ending early", at the edges of its windows, computed from the
// facts through the summary as the read API does.

const policy: CheckInPolicy = {
  firstMonthContacts: 2,
  firstMonthDays: 30,
  thenEveryDays: 30,
  escalateAfterDays: 14,
};
const startedOn = '2025-01-01';
const day = (offset: number) => addDays(startedOn, offset);

type CheckIn = Omit<CheckInRecorded, 'matchId'>;
const checkIn = (id: string, offset: number, extra: Partial<CheckIn> = {}): CheckIn => ({
  checkInId: id,
  occurredOn: day(offset),
  with: 'mentor',
  channel: 'phone',
  ...extra,
});

const facts = (checkIns: CheckIn[], ended = false): MatchFacts => ({
  matchId: 'm-1',
  created: { matchId: 'm-1', mentorId: 'p-1', menteeId: 'p-2', startedOn, programme: 'other' },
  checkIns,
  ...(ended ? { ended: { endedOn: day(200), reason: 'mismatch' as const } } : {}),
});

/** The reasons on day D of the match, from the check-ins dated ≤ D (SPEC §5). */
const reasonsOn = (offset: number, checkIns: CheckIn[], ended = false) => {
  const known = checkIns.filter((known) => known.occurredOn <= day(offset));
  return riskReasons(summarizeMatch(facts(known, ended), policy), day(offset), policy);
};

/** Contacts with both every 20 days: never overdue, the mentee always reached. */
const wellKept = (until: number) =>
  Array.from({ length: Math.floor(until / 20) + 1 }, (_, index) =>
    checkIn(`k-${index}`, index * 20, { with: 'both' }),
  );

describe('at risk: concern', () => {
  const withConcern = [...wellKept(200), checkIn('worry', 100, { concern: true })];

  it.each([
    [100, true, 'the day of the concern'],
    [159, true, 'day 59 after it'],
    [160, false, 'day 60 after it: the window (D − 60, D] no longer holds it'],
    [161, false, 'day 61 after it'],
  ])('on day %i of the match: %s (%s)', (offset, expected) => {
    expect(reasonsOn(offset, withConcern).includes('concern')).toBe(expected);
  });

  it('is lifted by a corrected check-in that removes the concern', () => {
    const corrected = [...wellKept(200), checkIn('worry', 100, { concern: false })];
    expect(reasonsOn(110, withConcern)).toEqual(['concern']);
    expect(reasonsOn(110, corrected)).toEqual([]);
  });
});

describe('at risk: mentee_not_reached', () => {
  const mentorOnly = (until: number) =>
    Array.from({ length: Math.floor(until / 20) + 1 }, (_, index) =>
      checkIn(`k-${index}`, index * 20),
    );

  it.each([
    [59, false, 'day 59: started less than 60 days ago'],
    [60, true, 'day 60: startedOn ≤ D − 60'],
    [61, true, 'day 61'],
  ])('a match whose contacts were all with the mentor, on %s', (offset, expected) => {
    expect(reasonsOn(offset as number, mentorOnly(200)).includes('mentee_not_reached')).toBe(
      expected,
    );
  });

  it('holds once the last contact with the mentee is 60 days old, not at 59', () => {
    const checkIns = [...mentorOnly(200), checkIn('mentee', 70, { with: 'mentee' })];
    expect(reasonsOn(129, checkIns)).toEqual([]);
    expect(reasonsOn(130, checkIns)).toEqual(['mentee_not_reached']);
  });

  it('does not count a contact with the mentee before startedOn', () => {
    const checkIns = [...mentorOnly(200), checkIn('before', -1, { with: 'both', concern: true })];
    const summary = summarizeMatch(facts(checkIns), policy);
    expect(summary).toMatchObject({ lastMenteeContactOn: null, lastConcernOn: null });
    expect(riskReasons(summary, day(20), policy)).toEqual([]);
    expect(riskReasons(summary, day(60), policy)).toEqual(['mentee_not_reached']);
  });
});

describe('at risk: overdue', () => {
  // No check-in: due on day 15, overdue by D − 15 days.
  it.each([
    [28, false, 'overdue by 13 days'],
    [29, true, 'overdue by exactly escalateAfterDays (14)'],
    [30, true, 'overdue by 15 days'],
  ])('on day %i: %s', (offset, expected) => {
    expect(reasonsOn(offset, []).includes('overdue')).toBe(expected);
  });

  it('follows escalateAfterDays of the policy', () => {
    const summary = summarizeMatch(facts([]), policy);
    expect(riskReasons(summary, day(20), { ...policy, escalateAfterDays: 5 })).toEqual(['overdue']);
  });
});

describe('at risk: the whole rule', () => {
  it('lists every reason that holds, in the order of the spec', () => {
    const checkIns = [checkIn('worry', 10, { concern: true, with: 'mentor' })];
    // Day 75: due on day 30, overdue 45; the concern of day 10 is out of (15, 75]; the mentee
    // never reached.
    expect(matchRisk(summarizeMatch(facts(checkIns), policy), day(75), policy)).toEqual({
      atRisk: true,
      reasons: ['overdue', 'mentee_not_reached'],
    });
    const recent = [...checkIns, checkIn('worry-2', 64, { concern: true })];
    expect(reasonsOn(66, recent)).toEqual(['concern', 'mentee_not_reached']);
    // Due on day 94 (a month after the second contact): overdue by 16 on day 110.
    expect(reasonsOn(110, recent)).toEqual(['overdue', 'concern', 'mentee_not_reached']);
  });

  it('never flags a pending or an ended match', () => {
    expect(reasonsOn(300, [], true)).toEqual([]);
    const pending = summarizeMatch(
      { matchId: 'm-1', checkIns: [checkIn('worry', 0, { concern: true })] },
      policy,
    );
    expect(matchRisk(pending, day(1), policy)).toEqual({ atRisk: false, reasons: [] });
  });
});
