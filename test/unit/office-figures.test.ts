import { describe, expect, it } from 'vitest';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { matchView, summarizeMatch } from '../../shared/domain/match-summary';
import {
  carrierFigures,
  carrierStatus,
  currentPeriod,
  daysSinceLastFact,
  scopeTotals,
  type CarrierFigures,
  type CarrierRowFigures,
} from '../../shared/domain/office-figures';
import type { ReportMatch } from '../../shared/domain/reports/report-inputs';

const policy: CheckInPolicy = {
  firstMonthContacts: 2,
  firstMonthDays: 30,
  thenEveryDays: 30,
  escalateAfterDays: 14,
};
const periods = [
  { id: '2024', start: '2024-01-01', end: '2024-12-31' },
  { id: '2025', start: '2025-01-01', end: '2025-12-31' },
  { id: '2027', start: '2027-01-01', end: '2027-12-31' },
];
const config = { periods, checkInPolicy: policy, silentAfterDays: 30 };

const match = (
  matchId: string,
  startedOn: string,
  checkIns: string[] = [],
  endedOn?: string,
): ReportMatch => ({
  matchId,
  startedOn,
  ...(endedOn ? { endedOn, endReason: 'planned_end' as const } : {}),
  checkIns: checkIns.map((occurredOn) => ({ occurredOn, concern: false, with: 'both' as const })),
});
const figuresOf = (matches: ReportMatch[], today: string) =>
  carrierFigures({ matches, summaries: [], funding: [] }, today, config);

describe('currentPeriod (SPEC §12)', () => {
  it.each([
    ['the period containing today', '2025-06-30', '2025'],
    ['on its first day', '2025-01-01', '2025'],
    ['on its last day', '2024-12-31', '2024'],
    ['between periods: the latest that has started', '2026-05-01', '2025'],
    ['after every period: the last', '2028-02-01', '2027'],
  ])('%s', (_, today, periodId) => {
    expect(currentPeriod(config, today)?.id).toBe(periodId);
  });

  it('is null before the first period begins', () => {
    expect(currentPeriod(config, '2023-12-31')).toBeNull();
  });

  it('takes the later-starting of two periods that both contain today', () => {
    const overlapping = [
      { id: 'year', start: '2025-01-01', end: '2025-12-31' },
      { id: 'autumn', start: '2025-09-01', end: '2025-11-30' },
    ];
    expect(currentPeriod({ periods: overlapping }, '2025-10-01')?.id).toBe('autumn');
    expect(currentPeriod({ periods: overlapping }, '2025-12-01')?.id).toBe('year');
  });
});

describe('carrierStatus (SPEC §12)', () => {
  const onboarded = { onboardedAt: '2025-01-01T09:00:00.000Z' };

  it('is invited until the first fact or sign-in, however long ago it was onboarded', () => {
    expect(carrierStatus(onboarded, '2025-06-01', 30)).toBe('invited');
    expect(carrierStatus({ ...onboarded, firstSignInOn: '2025-01-02' }, '2025-01-03', 30)).toBe(
      'active',
    );
    const withFact = { ...onboarded, firstFactOn: '2025-01-02', lastFactOn: '2025-01-02' };
    expect(carrierStatus(withFact, '2025-01-03', 30)).toBe('active');
  });

  it('is silent once its last fact is silentAfterDays days ago, not a day before', () => {
    const row = { ...onboarded, firstFactOn: '2025-02-01', lastFactOn: '2025-03-01' };
    expect(carrierStatus(row, '2025-03-30', 30)).toBe('active'); // 29 days
    expect(carrierStatus(row, '2025-03-31', 30)).toBe('silent'); // 30 days
    expect(carrierStatus(row, '2025-03-31', 31)).toBe('active');
  });

  it('is silent without a fact only when onboarded longer ago than silentAfterDays', () => {
    const signedIn = { ...onboarded, firstSignInOn: '2025-01-01' };
    expect(carrierStatus(signedIn, '2025-01-31', 30)).toBe('active'); // onboarded 30 days ago
    expect(carrierStatus(signedIn, '2025-02-01', 30)).toBe('silent'); // 31 days ago
  });

  it('is not silent while it was onboarded within silentAfterDays, even with an old fact', () => {
    // A fact dated before onboarding cannot arrive, but a row's days may come from a backfill.
    const row = { ...onboarded, firstFactOn: '2024-11-01', lastFactOn: '2024-11-01' };
    expect(carrierStatus(row, '2025-01-20', 30)).toBe('active');
    expect(carrierStatus(row, '2025-02-01', 30)).toBe('silent');
  });

  it('counts the days since the last fact, null before the first', () => {
    expect(daysSinceLastFact(onboarded, '2025-02-01')).toBeNull();
    expect(daysSinceLastFact({ ...onboarded, lastFactOn: '2025-01-30' }, '2025-02-01')).toBe(2);
    expect(daysSinceLastFact({ ...onboarded, lastFactOn: '2025-02-01' }, '2025-02-01')).toBe(0);
  });
});

describe('carrierFigures: support adherence of the last 90 days (SPEC §12, §6)', () => {
  // Started 2025-01-01 with the defaults: the first contact is due on 2025-01-16.
  const unsupported = [match('m-1', '2025-01-01')];

  it('counts a contact due yesterday, not one due today', () => {
    expect(figuresOf(unsupported, '2025-01-16').adherence90).toEqual({ due: 0, onTime: 0 });
    expect(figuresOf(unsupported, '2025-01-17').adherence90).toEqual({ due: 1, onTime: 0 });
  });

  it('counts a contact due 90 days ago, not 91', () => {
    expect(figuresOf(unsupported, '2025-04-16').adherence90).toEqual({ due: 1, onTime: 0 });
    expect(figuresOf(unsupported, '2025-04-17').adherence90).toEqual({ due: 0, onTime: 0 });
  });

  it('counts a contact on time when the next check-in is by its due date', () => {
    // n0 = 01-16 met by 01-10; n1 = max(01-31, 01-10 + 15) = 01-31, not met by 02-01.
    const supported = [match('m-1', '2025-01-01', ['2025-01-10'])];
    expect(figuresOf(supported, '2025-02-01').adherence90).toEqual({ due: 2, onTime: 1 });
  });

  it('counts no contact due after a match ended', () => {
    const ended = [match('m-1', '2025-01-01', [], '2025-01-10')];
    expect(figuresOf(ended, '2025-02-01').adherence90).toEqual({ due: 0, onTime: 0 });
  });
});

describe('carrierFigures: matches (SPEC §12)', () => {
  it('counts matches active today as §6 does: started by today, not ended before', () => {
    const matches = [
      match('m-running', '2025-01-01'),
      match('m-ends-today', '2025-01-01', [], '2025-03-01'),
      match('m-ended', '2025-01-01', [], '2025-02-28'),
      match('m-later', '2025-03-02'),
    ];
    expect(figuresOf(matches, '2025-03-01').activeMatches).toBe(2);
  });

  it('counts new matches of the current period, and none when there is no period yet', () => {
    const matches = [match('m-old', '2024-12-31'), match('m-new', '2025-01-01')];
    expect(figuresOf(matches, '2025-03-01')).toMatchObject({
      currentPeriodId: '2025',
      newInCurrentPeriod: 1,
    });
    expect(figuresOf([], '2023-06-01')).toMatchObject({
      currentPeriodId: null,
      newInCurrentPeriod: 0,
      months: [],
    });
  });

  it('counts overdue and at-risk matches as the read API shows them today', () => {
    const checkIn = (occurredOn: string, checkInId: string) => ({
      checkInId,
      occurredOn,
      with: 'mentor' as const,
      channel: 'phone' as const,
      concern: false,
    });
    const created = (matchId: string, startedOn: string) => ({
      matchId,
      mentorId: 'p-1',
      menteeId: 'p-2',
      programme: 'education_work' as const,
      startedOn,
    });
    const today = '2025-03-20';
    const summaries = [
      // due 01-16, never met: overdue 63 days, at risk (overdue, mentee not reached)
      summarizeMatch(
        { matchId: 'm-1', created: created('m-1', '2025-01-01'), checkIns: [] },
        policy,
      ),
      // due 03-19 + 30: not overdue; no mentee contact in 60 days: at risk
      summarizeMatch(
        {
          matchId: 'm-2',
          created: created('m-2', '2025-01-01'),
          checkIns: [checkIn('2025-01-10', 'c-1'), checkIn('2025-03-19', 'c-2')],
        },
        policy,
      ),
      // due 03-19: overdue by 1, not at risk (started 03-04, within 60 days)
      summarizeMatch(
        { matchId: 'm-3', created: created('m-3', '2025-03-04'), checkIns: [] },
        policy,
      ),
      // ended: neither
      summarizeMatch(
        {
          matchId: 'm-4',
          created: created('m-4', '2024-01-01'),
          checkIns: [],
          ended: { endedOn: '2025-01-01', reason: 'planned_end' },
        },
        policy,
      ),
      // pending: neither
      summarizeMatch({ matchId: 'm-5', checkIns: [checkIn('2025-01-01', 'c-3')] }, policy),
    ];
    const views = summaries.map((summary) => matchView(summary, today, policy));
    const figures = carrierFigures({ matches: [], summaries, funding: [] }, today, config);
    expect(figures.overdueNow).toBe(
      views.filter((view) => (view.checkIns.overdueDays ?? 0) >= 1).length,
    );
    expect(figures.atRiskNow).toBe(views.filter((view) => view.risk.atRisk).length);
    expect([figures.overdueNow, figures.atRiskNow]).toEqual([2, 2]);
  });

  it('gives the months of the last and the current period up to today', () => {
    const matches = [match('m-dec', '2024-12-05', ['2024-12-12']), match('m-feb', '2025-02-01')];
    const { months } = figuresOf(matches, '2025-02-16');
    expect(months.map((month) => month.month)).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `2024-${String(index + 1).padStart(2, '0')}`),
      '2025-01',
      '2025-02',
    ]);
    expect(months.find((month) => month.month === '2024-12')).toEqual({
      month: '2024-12',
      newMatches: 1,
      due: 1, // n0 = 12-20, met by 12-12; n1 = 01-04
      onTime: 1,
    });
    expect(months.find((month) => month.month === '2025-01')).toEqual({
      month: '2025-01',
      newMatches: 0,
      due: 1, // n1 = 01-04, unmet (m-feb's n0 is 02-16: today, not counted yet)
      onTime: 0,
    });
    expect(months.at(-1)).toEqual({ month: '2025-02', newMatches: 1, due: 0, onTime: 0 });
  });

  it('adds up a month that two periods share, each part cut to its period', () => {
    const halves = {
      periods: [
        { id: 'h1', start: '2025-01-01', end: '2025-06-15' },
        { id: 'h2', start: '2025-06-16', end: '2025-12-31' },
      ],
      checkInPolicy: policy,
    };
    const matches = [match('m-a', '2025-06-10'), match('m-b', '2025-06-20')];
    const figures = carrierFigures({ matches, summaries: [], funding: [] }, '2025-07-02', halves);
    expect(figures.currentPeriodId).toBe('h2');
    expect(figures.newInCurrentPeriod).toBe(1);
    // m-a's first contact due 06-25 (in h2's part of June), m-b's on 07-05 (after today).
    expect(figures.months.find((month) => month.month === '2025-06')).toEqual({
      month: '2025-06',
      newMatches: 2,
      due: 1,
      onTime: 0,
    });
    expect(figures.months.map((month) => month.month).at(-1)).toBe('2025-07');
  });

  it('names the latest configured period with funding reported above 0', () => {
    const funding = (periodId: string, amountEur: number) => ({
      periodId,
      sources: [{ amountEur }],
    });
    const lastFunding = (reports: ReturnType<typeof funding>[]) =>
      carrierFigures({ matches: [], summaries: [], funding: reports }, '2025-06-01', config)
        .lastFundingPeriodId;
    expect(lastFunding([])).toBeNull();
    expect(lastFunding([funding('2024', 1000), funding('2025', 0)])).toBe('2024');
    expect(lastFunding([funding('2025', 10), funding('2024', 1000)])).toBe('2025');
    expect(lastFunding([funding('1999', 10)])).toBeNull();
  });
});

describe('scopeTotals (SPEC §12 overview)', () => {
  const figures = (overrides: Partial<CarrierFigures> = {}): CarrierFigures => ({
    asOf: '2025-06-01',
    activeMatches: 10,
    currentPeriodId: '2025',
    newInCurrentPeriod: 3,
    overdueNow: 2,
    atRiskNow: 1,
    adherence90: { due: 4, onTime: 3 },
    months: [],
    lastFundingPeriodId: null,
    ...overrides,
  });
  const row = (overrides: Partial<CarrierRowFigures> = {}): CarrierRowFigures => ({
    onboardedAt: '2025-01-01T00:00:00.000Z',
    firstFactOn: '2025-01-02',
    lastFactOn: '2025-05-31',
    ...overrides,
  });

  it('counts carriers by status and adds their figures and quotas', () => {
    const totals = scopeTotals(
      [
        row({ quota: 10, figures: figures() }),
        row({
          quota: 5,
          lastFactOn: '2025-04-01',
          figures: figures({ adherence90: { due: 2, onTime: 0 } }),
        }),
        row({ firstFactOn: undefined, lastFactOn: undefined }),
      ],
      '2025-06-01',
      config,
    );
    expect(totals).toEqual({
      carriers: { total: 3, invited: 1, active: 1, silent: 1 },
      activeMatches: 20,
      currentPeriodId: '2025',
      newInCurrentPeriod: 6,
      quota: 15,
      adherence90: { due: 6, onTime: 3, adherence: 0.5 },
      overdueNow: 4,
      atRiskNow: 2,
    });
  });

  it('has no adherence when nothing was due, and zeros for no carriers', () => {
    expect(scopeTotals([], '2025-06-01', config)).toEqual({
      carriers: { total: 0, invited: 0, active: 0, silent: 0 },
      activeMatches: 0,
      currentPeriodId: '2025',
      newInCurrentPeriod: 0,
      quota: 0,
      adherence90: { due: 0, onTime: 0, adherence: null },
      overdueNow: 0,
      atRiskNow: 0,
    });
  });

  it("counts no new matches from figures of another period than today's", () => {
    const stale = row({ figures: figures({ currentPeriodId: '2024' }) });
    expect(scopeTotals([stale], '2025-06-01', config).newInCurrentPeriod).toBe(0);
  });
});
