import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { emptySummary, summarizeMatch, withCheckIn } from '../../shared/domain/match-summary';
import { testFunderConfig } from '../support/test-config';

// A new check-in moves the summary on without reading the match's other facts (issue 8):
// for every order of new check-ins, folding them in gives what a re-derivation gives.

const policy = testFunderConfig.checkInPolicy;
const day = (offset: number) => addDays('2025-03-01', offset);

const matchArb = fc.record({
  created: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  ended: fc.boolean(),
  checkIns: fc.array(
    fc.record({
      offset: fc.integer({ min: -30, max: 400 }),
      with: fc.constantFrom('mentor' as const, 'mentee' as const, 'both' as const),
      concern: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 25 },
  ),
});

describe('withCheckIn', () => {
  // With the risk rule's dates (latest concern, latest contact with the mentee) too.
  it('folds new check-ins, in any order, into the summary a re-derivation gives', () => {
    fc.assert(
      fc.property(matchArb, ({ created, ended, checkIns }) => {
        const base = {
          matchId: 'm-1',
          ...(created === undefined
            ? {}
            : {
                created: {
                  matchId: 'm-1',
                  mentorId: 'p-1',
                  menteeId: 'p-2',
                  startedOn: day(created),
                  programme: 'other' as const,
                },
              }),
          ...(ended ? { ended: { endedOn: day(500), reason: 'planned_end' as const } } : {}),
        };
        const facts = checkIns.map((checkIn, index) => ({
          checkInId: `c-${index}`,
          occurredOn: day(checkIn.offset),
          with: checkIn.with,
          channel: 'phone' as const,
          ...(checkIn.concern === undefined ? {} : { concern: checkIn.concern }),
        }));
        let folded = summarizeMatch({ ...base, checkIns: [] }, policy);
        for (const fact of facts) folded = withCheckIn(folded, fact, policy);
        expect(folded).toEqual(summarizeMatch({ ...base, checkIns: facts }, policy));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a check-in before the start of a match for nothing, and one before match.created', () => {
    const pending = withCheckIn(
      emptySummary('m-1', policy),
      { occurredOn: '2025-01-01', with: 'both' },
      policy,
    );
    expect(pending).toMatchObject({ status: 'pending', checkInCount: 1, nextDueOn: null });
    const active = summarizeMatch(
      {
        matchId: 'm-1',
        created: {
          matchId: 'm-1',
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn: '2025-03-01',
          programme: 'other',
        },
        checkIns: [],
      },
      policy,
    );
    expect(withCheckIn(active, { occurredOn: '2025-02-28', with: 'mentor' }, policy)).toEqual(
      active,
    );
    expect(withCheckIn(active, { occurredOn: '2025-03-05', with: 'mentor' }, policy)).toMatchObject(
      {
        checkInCount: 1,
        lastCheckInOn: '2025-03-05',
        nextDueOn: addDays(
          '2025-03-01',
          2 * Math.floor(policy.firstMonthDays / policy.firstMonthContacts),
        ),
      },
    );
  });
});
