import { describe, expect, it } from 'vitest';
import { matchView, summarizeMatch, type MatchFacts } from '../../shared/domain/match-summary';
import { testFunderConfig } from '../support/test-config';

const policy = testFunderConfig.checkInPolicy;
const created = {
  matchId: 'm-1',
  mentorId: 'p-1',
  menteeId: 'p-2',
  startedOn: '2025-02-03',
  programme: 'education_work' as const,
};
const checkIn = (checkInId: string, occurredOn: string) => ({
  checkInId,
  occurredOn,
  with: 'both' as const,
  channel: 'phone' as const,
});

describe('summarizeMatch', () => {
  it('is pending while match.created has not arrived, showing what did', () => {
    const facts: MatchFacts = {
      matchId: 'm-1',
      checkIns: [checkIn('c1', '2025-03-01')],
      ended: { endedOn: '2025-06-01', reason: 'moved_away' },
    };
    expect(summarizeMatch(facts, policy)).toMatchObject({
      status: 'pending',
      mentorId: null,
      startedOn: null,
      endedOn: '2025-06-01',
      checkInCount: 1,
      nextDueOn: null,
    });
  });

  it('is active with a due date, counting only check-ins from the start on', () => {
    const facts: MatchFacts = {
      matchId: 'm-1',
      created,
      checkIns: [
        checkIn('early', '2025-01-20'),
        checkIn('c1', '2025-02-10'),
        checkIn('c2', '2025-03-01'),
      ],
    };
    const summary = summarizeMatch(facts, policy);
    expect(summary).toMatchObject({
      status: 'active',
      checkInCount: 2,
      lastCheckInOn: '2025-03-01',
      group: false,
    });
    expect(summary.nextDueOn).toBe('2025-03-31');
    expect(matchView(summary, '2025-04-02', policy).checkIns).toEqual({
      count: 2,
      lastOn: '2025-03-01',
      nextDueOn: '2025-03-31',
      overdueDays: 2,
    });
  });

  it('is ended with no due date once match.ended is known', () => {
    const summary = summarizeMatch(
      {
        matchId: 'm-1',
        created: { ...created, group: true },
        checkIns: [],
        ended: { endedOn: '2025-05-01', reason: 'goal_reached' },
      },
      policy,
    );
    expect(summary).toMatchObject({
      status: 'ended',
      endReason: 'goal_reached',
      group: true,
      nextDueOn: null,
    });
    expect(matchView(summary, '2026-01-01', policy).checkIns.overdueDays).toBeNull();
  });
});
