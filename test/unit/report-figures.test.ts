import { describe, expect, it } from 'vitest';
import { carrierSituation } from '../../shared/domain/reports/carrier-situation';
import { buildCarrierReport, buildFunderSummary } from '../../shared/domain/reports/build-reports';
import { median, quantile } from '../../shared/domain/reports/numbers';
import { monthsOf, tallyPeriod } from '../../shared/domain/reports/period-tally';
import type { CarrierStanding, ReportMatch } from '../../shared/domain/reports/report-inputs';
import { carrierReportSchema, funderSummarySchema } from '../../shared/schemas/reports';
import { testFunderConfig } from '../support/test-config';

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const policy = testFunderConfig.checkInPolicy; // 2 / 30 / 30
const at = new Date('2026-01-01T06:00:00Z');
const checkIn = (occurredOn: string, concern = false) => ({
  occurredOn,
  concern,
  with: 'both' as const,
});

// Hand-computed: see the comments on each match for its contribution.
const matches: ReportMatch[] = [
  {
    // Started before the period, ended in it after 137 days. Counted check-ins 2024-10-10,
    // 2024-11-20, 2025-01-10, 2025-02-01; due dates n2 = 2024-12-20, n3 = 2025-02-09 (met by
    // 2025-02-01), n4 = 2025-03-03 (after the end). Active 2025-01-01..02-15: 46 days.
    matchId: 'a',
    startedOn: '2024-10-01',
    endedOn: '2025-02-15',
    endReason: 'moved_away',
    checkIns: [
      checkIn('2024-09-20', true),
      checkIn('2024-10-10'),
      checkIn('2024-11-20'),
      checkIn('2025-01-10', true),
      checkIn('2025-02-01'),
    ],
  },
  {
    // Started in the period, still active: 305 days to E, active 306 days. Due dates
    // 03-16 (met 03-10), 03-31 (met 03-20), 04-19 (missed: 05-15), 06-14 (missed).
    matchId: 'b',
    startedOn: '2025-03-01',
    checkIns: [checkIn('2025-03-20'), checkIn('2025-03-10'), checkIn('2025-05-15')],
  },
  {
    // Ended early after 30 days without any contact; n0 = 06-16 is due and missed.
    matchId: 'c',
    startedOn: '2025-06-01',
    endedOn: '2025-07-01',
    endReason: 'mismatch',
    checkIns: [],
  },
  // Over before the period and starting after it: no figure counts them.
  {
    matchId: 'd',
    startedOn: '2023-01-01',
    endedOn: '2024-06-01',
    endReason: 'goal_reached',
    checkIns: [checkIn('2025-03-01', true)],
  },
  { matchId: 'e', startedOn: '2026-01-05', checkIns: [checkIn('2025-12-01')] },
];

describe('carrier report figures (SPEC §6)', () => {
  const report = buildCarrierReport(
    'c-1',
    period,
    tallyPeriod(matches, period, policy),
    testFunderConfig,
    at,
  );

  it('matches the shape of SPEC §6', () => {
    expect(carrierReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      periodId: '2025',
      carrierId: 'c-1',
      generatedAt: at.toISOString(),
    });
  });

  it('counts matches: new, active during and at the end, ended by reason', () => {
    expect(report.matches).toMatchObject({
      new: 2,
      activeDuring: 3,
      activeAtEnd: 1,
      ended: 2,
      endedByReason: { moved_away: 1, mismatch: 1 },
      withConcern: 1,
    });
  });

  it('measures duration: median of the ended, reached shares, early closures', () => {
    expect(report.matches.medianDurationDays).toBe(83.5);
    expect(report.matches.reached).toEqual({ '90': 0.6667, '180': 0.3333, '365': 0 });
    expect(report.matches.earlyClosureShare).toBe(0.5);
  });

  it('replays the due dates for check-in adherence, counting only check-ins from the start on', () => {
    // recorded: 2 of a, 3 of b, and d's 2025-03-01 (after its start, dated in the period).
    expect(report.checkIns).toEqual({ recorded: 6, due: 6, onTime: 3, adherence: 0.5 });
  });

  it('prices the three funding models', () => {
    // 200 × 2 new; 20 × (46 + 306 + 31) / 30; 30 × (Jan, Feb of a + Mar, May of b).
    expect(report.funding).toEqual({
      per_new_match: 400,
      per_active_month: 255.33,
      per_supported_month: 120,
    });
  });

  it('gives nulls, not zeros, where there is nothing to divide', () => {
    const empty = buildCarrierReport(
      'c-2',
      period,
      tallyPeriod([], period, policy),
      testFunderConfig,
      at,
    );
    expect(empty.matches).toMatchObject({
      medianDurationDays: null,
      reached: { '90': null, '180': null, '365': null },
      earlyClosureShare: null,
    });
    expect(empty.checkIns.adherence).toBeNull();
    expect(empty.funding).toEqual({
      per_new_match: 0,
      per_active_month: 0,
      per_supported_month: 0,
    });
  });

  it('cuts a period that does not follow calendar months into month pieces', () => {
    expect(monthsOf({ id: 'x', start: '2025-01-15', end: '2025-03-10' })).toEqual([
      { start: '2025-01-15', end: '2025-01-31' },
      { start: '2025-02-01', end: '2025-02-28' },
      { start: '2025-03-01', end: '2025-03-10' },
    ]);
  });
});

describe('statistics', () => {
  it('interpolates quantiles between closest ranks', () => {
    expect(quantile([0, 0.5, 0.95, 1, 1, 1, 1], 0.25)).toBeCloseTo(0.725, 10);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('funder summary and carrier situation (SPEC §6)', () => {
  const funded = (sources: [string, number][]) => ({
    sources: sources.map(([kind, amountEur]) => ({ kind, amountEur })) as NonNullable<
      CarrierStanding['funding']
    >['sources'],
  });
  const standings: CarrierStanding[] = [
    {
      carrierId: 'c1',
      migrantOrganisation: true,
      activeMatches: 2,
      funding: funded([['federal_programme', 100]]),
    },
    {
      carrierId: 'c2',
      migrantOrganisation: true,
      activeMatches: 2,
      funding: funded([
        ['federal_programme', 100],
        ['own_funds', 0],
      ]),
    },
    {
      carrierId: 'c3',
      migrantOrganisation: true,
      activeMatches: 2,
      funding: funded([
        ['federal_programme', 95],
        ['own_funds', 5],
      ]),
    },
    {
      carrierId: 'c4',
      migrantOrganisation: true,
      activeMatches: 2,
      funding: funded([
        ['municipal', 50],
        ['own_funds', 50],
      ]),
    },
    {
      carrierId: 'c5',
      migrantOrganisation: true,
      activeMatches: 2,
      funding: funded([['own_funds', 100]]),
    },
    {
      carrierId: 'c6',
      migrantOrganisation: false,
      activeMatches: 2,
      funding: funded([['federal_programme', 100]]),
    },
    {
      carrierId: 'c7',
      migrantOrganisation: false,
      activeMatches: 2,
      funding: funded([['foundation', 100]]),
    },
    { carrierId: 'c8', migrantOrganisation: false, activeMatches: 6 },
  ];

  it('computes every figure and suppresses sets of 1 to k − 1 carriers', () => {
    // Five migrant organisations of eight: the other three identify, so the migrant shares
    // go too (complementary groups, SPEC §6); with k = 3 they show (the federal share still
    // not: two reporting carriers are not migrant organisations).
    expect(carrierSituation(standings, 3)).toHaveProperty('migrantOrganisations', {
      shareOfCarriers: 0.625,
      shareOfActiveMatches: 0.5,
      shareOfFederalProgrammeFunds: null,
      suppressed: true,
    });
    expect(carrierSituation(standings, 5)).toEqual({
      thirdPartyShare: { p25: 0.725, median: 1, p75: 1 },
      fullyThirdParty: { count: null, share: null, suppressed: true },
      atLeast90ThirdParty: { count: 5, share: 0.7143 },
      withMunicipalFunds: { count: null, share: null, suppressed: true },
      municipalShareOfFunds: null,
      migrantOrganisations: {
        shareOfCarriers: null,
        shareOfActiveMatches: null,
        shareOfFederalProgrammeFunds: null,
        suppressed: true,
      },
    });
  });

  it('shows a set of 0 and suppresses the migrant figures when few carriers are migrant organisations', () => {
    const fewMigrant = standings.map((standing, index) => ({
      ...standing,
      migrantOrganisation: index < 2,
    }));
    const situation = carrierSituation(fewMigrant, 3);
    expect(situation).toMatchObject({
      fullyThirdParty: { count: 4, share: 0.5714 },
      withMunicipalFunds: { count: null, share: null, suppressed: true },
      migrantOrganisations: {
        shareOfCarriers: null,
        shareOfActiveMatches: null,
        shareOfFederalProgrammeFunds: null,
        suppressed: true,
      },
    });
    const noMunicipal = standings.map((standing) =>
      standing.carrierId === 'c4'
        ? { ...standing, funding: funded([['own_funds', 100]]) }
        : standing,
    );
    expect(carrierSituation(noMunicipal, 5)).toMatchObject({
      withMunicipalFunds: { count: 0, share: 0 },
      municipalShareOfFunds: 0,
    });
  });

  it('suppresses the whole situation with fewer than k reporting carriers', () => {
    expect(carrierSituation(standings.slice(0, 4), 5)).toEqual({ suppressed: true });
    expect(carrierSituation([], 5)).toEqual({ suppressed: true });
  });

  it('sums the carriers into a summary, recomputing medians and shares over all matches', () => {
    const [a, b, c] = matches as [ReportMatch, ReportMatch, ReportMatch];
    const first = tallyPeriod([a], period, policy);
    const second = tallyPeriod([b, c], period, policy);
    const summary = buildFunderSummary(
      period,
      [
        { tally: first, standing: standings[0]! },
        { tally: second, standing: standings[7]! },
      ],
      testFunderConfig,
      at,
    );
    expect(funderSummarySchema.parse(summary)).toEqual(summary);
    const whole = buildCarrierReport(
      'all',
      period,
      tallyPeriod([a, b, c], period, policy),
      testFunderConfig,
      at,
    );
    expect({ matches: summary.matches, checkIns: summary.checkIns }).toEqual({
      matches: whole.matches,
      checkIns: whole.checkIns,
    });
    // Amounts are the sum of what the carrier reports state: 30.67 + 224.67, not 255.33.
    expect(summary.funding).toEqual({ ...whole.funding, per_active_month: 255.34 });
    expect(summary.carriers).toEqual({ total: 2, reporting: 1, migrantOrganisations: 1 });
    expect(summary.carrierSituation).toEqual({ suppressed: true });
  });
});
