import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFunderSummary } from '../../shared/domain/reports/build-reports';
import {
  addTallies,
  tallyPeriod,
  type PeriodTally,
} from '../../shared/domain/reports/period-tally';
import { reportFigures } from '../../shared/domain/reports/report-figures';
import type { ReportMatch } from '../../shared/domain/reports/report-inputs';
import {
  countRiskFlag,
  emptyRiskFlagTally,
  riskFlagFigures,
  riskFlagOutcome,
} from '../../shared/domain/reports/risk-flag';
import { addDays } from '../../shared/domain/dates';
import { endReasons } from '../../shared/schemas/webhooks';
import { testFunderConfig } from '../support/test-config';

// SPEC §6 riskFlag: the at-risk rule of §5 on t₀ = startedOn + 90, from the facts dated ≤ t₀,
// measured against endings in the 180 days after t₀.

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const policy = testFunderConfig.checkInPolicy; // 2 / 30 / 30, escalate after 14
type CheckIn = ReportMatch['checkIns'][number];
const contact = (occurredOn: string, extra: Partial<CheckIn> = {}): CheckIn => ({
  occurredOn,
  concern: false,
  with: 'both',
  ...extra,
});

/** Started 2025-01-01: t₀ = 2025-04-01; in touch every 20 days with both until t₀. */
const wellKept = (extra: Partial<ReportMatch> = {}): ReportMatch => ({
  matchId: 'm',
  startedOn: '2025-01-01',
  checkIns: [0, 15, 35, 55, 75, 90].map((days) => contact(addDays('2025-01-01', days))),
  ...extra,
});

describe('riskFlagOutcome', () => {
  it('evaluates a match exactly when t₀ lies in [S − 180, E − 180] and it had not ended by t₀', () => {
    const startedFor = (t0: string) => addDays(t0, -90);
    const outcome = (startedOn: string, endedOn?: string) =>
      riskFlagOutcome(
        {
          matchId: 'm',
          startedOn,
          checkIns: [],
          ...(endedOn ? { endedOn, endReason: 'mismatch' } : {}),
        },
        period,
        policy,
      );
    expect(outcome(startedFor('2024-07-05'))).not.toBeNull(); // S − 180
    expect(outcome(startedFor('2024-07-04'))).toBeNull();
    expect(outcome(startedFor('2025-07-04'))).not.toBeNull(); // E − 180
    expect(outcome(startedFor('2025-07-05'))).toBeNull();
    expect(outcome('2025-01-01', '2025-04-01')).toBeNull(); // ended on t₀
    expect(outcome('2025-01-01', '2025-04-02')).toEqual({ flagged: true, closedEarly: true });
  });

  it('counts as closed early only a withdrawal, mismatch or other within 180 days after t₀', () => {
    const ended = (endedOn: string, endReason: ReportMatch['endReason']) =>
      riskFlagOutcome(wellKept({ endedOn, endReason }), period, policy)?.closedEarly;
    expect(ended('2025-09-28', 'mentee_withdrew')).toBe(true); // t₀ + 180
    expect(ended('2025-09-29', 'mentee_withdrew')).toBe(false);
    for (const reason of endReasons) {
      expect(ended('2025-06-01', reason), reason).toBe(
        ['mentor_withdrew', 'mentee_withdrew', 'mismatch', 'other'].includes(reason),
      );
    }
  });

  it('flags on t₀ only from facts dated up to t₀', () => {
    expect(riskFlagOutcome(wellKept(), period, policy)).toEqual({
      flagged: false,
      closedEarly: false,
    });
    // A concern on t₀ counts; one the day after does not.
    const withConcern = (on: string) =>
      wellKept({ checkIns: [...wellKept().checkIns, contact(on, { concern: true })] });
    expect(riskFlagOutcome(withConcern('2025-04-01'), period, policy)?.flagged).toBe(true);
    expect(riskFlagOutcome(withConcern('2025-04-02'), period, policy)?.flagged).toBe(false);
    // A concern before the start is not a counted check-in.
    expect(riskFlagOutcome(withConcern('2024-12-31'), period, policy)?.flagged).toBe(false);
  });

  it('flags a mentee not reached in the 60 days up to t₀ and a contact overdue by 14 days', () => {
    const mentorOnly = wellKept({
      checkIns: wellKept().checkIns.map((checkIn) =>
        checkIn.occurredOn > '2025-01-31' ? { ...checkIn, with: 'mentor' as const } : checkIn,
      ),
    });
    expect(riskFlagOutcome(mentorOnly, period, policy)?.flagged).toBe(true);
    // Three contacts with both, the last on day L: nextDueOn = L + 30, t₀ = 2025-04-01; the
    // mentee was reached in the window (2025-01-31, t₀], so only `overdue` can flag.
    const lastOn = (date: string) =>
      wellKept({ checkIns: [contact('2025-01-10'), contact('2025-01-20'), contact(date)] });
    expect(riskFlagOutcome(lastOn('2025-02-15'), period, policy)?.flagged).toBe(true); // 15 days
    expect(riskFlagOutcome(lastOn('2025-02-16'), period, policy)?.flagged).toBe(true); // 14 days
    expect(riskFlagOutcome(lastOn('2025-02-17'), period, policy)?.flagged).toBe(false); // 13 days
  });

  it('uses the first-month rule for nextDueOn: a late first contact is not followed by an overdue one', () => {
    // One late contact on day d: due max(start + 30, d + 15). On t₀ (day 90): d = 61 gives day
    // 76, overdue by 14 (flagged); d = 62 gives day 77, by 13. (Without the rule: day 30.)
    const single = (day: number) =>
      riskFlagOutcome(
        {
          matchId: 'm',
          startedOn: '2025-01-01',
          checkIns: [contact(addDays('2025-01-01', day))],
        },
        period,
        policy,
      )?.flagged;
    expect(single(61)).toBe(true);
    expect(single(62)).toBe(false);
  });
});

const matchArbitrary = (index: number): fc.Arbitrary<ReportMatch> =>
  fc
    .record({
      startDay: fc.integer({ min: -400, max: 400 }),
      length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      endReason: fc.constantFrom(...endReasons),
      checkIns: fc.array(
        fc.record({
          day: fc.integer({ min: -20, max: 500 }),
          concern: fc.boolean(),
          with: fc.constantFrom('mentor' as const, 'mentee' as const, 'both' as const),
        }),
        { maxLength: 12 },
      ),
    })
    .map(({ startDay, length, endReason, checkIns }) => {
      const startedOn = addDays('2025-01-01', startDay);
      return {
        matchId: `m-${index}`,
        startedOn,
        ...(length === undefined ? {} : { endedOn: addDays(startedOn, length), endReason }),
        checkIns: checkIns.map((checkIn) => ({
          occurredOn: addDays(startedOn, checkIn.day),
          concern: checkIn.concern,
          with: checkIn.with,
        })),
      };
    });

const carriersArbitrary = fc.array(
  fc
    .integer({ min: 0, max: 8 })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, index) => matchArbitrary(index))),
    ),
  { minLength: 1, maxLength: 6 },
);

describe('riskFlag from the facts and from the stored tallies', () => {
  it('is the same, per carrier and summed for the summary', () => {
    fc.assert(
      fc.property(carriersArbitrary, (carriers) => {
        // From the facts: every match of every carrier, one by one.
        const fromFacts = emptyRiskFlagTally();
        for (const match of carriers.flat()) {
          countRiskFlag(fromFacts, riskFlagOutcome(match, period, policy));
        }
        // From the tallies as the close stores them (a DynamoDB map) and reads them back.
        const stored = carriers.map(
          (matches) =>
            unmarshall(marshall({ tally: tallyPeriod(matches, period, policy) }))
              .tally as PeriodTally,
        );
        const summed = reportFigures(addTallies(stored), testFunderConfig.fundingModels).riskFlag;
        expect(summed).toEqual(riskFlagFigures(fromFacts));
        const summary = buildFunderSummary(
          period,
          stored.map((tally, index) => ({
            tally,
            standing: { carrierId: `c-${index}`, migrantOrganisation: false, activeMatches: 0 },
          })),
          { ...testFunderConfig, kAnonymity: 1 },
          new Date(),
        );
        expect(summary.riskFlag).toEqual(riskFlagFigures(fromFacts));
      }),
      { numRuns: 300 },
    );
  });

  it('is suppressed in the summary when its evaluated matches come from 1 to k − 1 carriers', () => {
    const evaluated = (count: number): PeriodTally => ({
      ...tallyPeriod([], period, policy),
      riskFlag: { evaluated: count, flagged: 0, closedEarly: 0, flaggedClosedEarly: 0 },
    });
    const summaryOf = (tallies: PeriodTally[]) =>
      buildFunderSummary(
        period,
        tallies.map((tally, index) => ({
          tally,
          standing: { carrierId: `c-${index}`, migrantOrganisation: false, activeMatches: 0 },
        })),
        { ...testFunderConfig, kAnonymity: 3 },
        new Date(),
      ).riskFlag;
    expect(summaryOf([evaluated(40), evaluated(2), evaluated(0), evaluated(0)])).toEqual({
      suppressed: true,
    });
    expect(summaryOf([evaluated(40), evaluated(2), evaluated(1)])).toMatchObject({ evaluated: 43 });
    expect(summaryOf([evaluated(0), evaluated(0)])).toMatchObject({ evaluated: 0, baseRate: null });
    // A part stored before riskFlag was kept counts as evaluating nothing.
    const { riskFlag: _, ...old } = evaluated(0);
    expect(summaryOf([old as PeriodTally])).toMatchObject({ evaluated: 0 });
  });
});
