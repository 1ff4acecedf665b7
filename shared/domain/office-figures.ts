import type { CheckInPolicy } from '../config/funder-config';
import { overdueDays } from './check-in-policy';
import { addDays, daysBetween } from './dates';
import { matchRisk, type RiskInput } from './match-risk';
import { monthsOf, tallyPeriod } from './reports/period-tally';
import type { Period, ReportMatch } from './reports/report-inputs';
import { shareOf } from './reports/numbers';

/*
 * The programme office's words (SPEC §12), as pure functions: a carrier's figures as of a day
 * from its facts and match summaries, its status from its row's dates, and a scope's totals
 * from its carriers' rows. The rows are kept by shared/data/office-rows.ts.
 */

/** Figures of one calendar month (`YYYY-MM`) of the current or the last period. */
export interface MonthFigures {
  readonly month: string;
  /** Matches started in the month (within a period). */
  readonly newMatches: number;
  /** §6's `checkIns.due` and `onTime`, as if the month up to yesterday were a period. */
  readonly due: number;
  readonly onTime: number;
}

/** A carrier's figures as of one day, refreshed by the sweep (SPEC §12's words). */
export interface CarrierFigures {
  /** The day (funder's time zone) they are computed for. */
  readonly asOf: string;
  readonly activeMatches: number;
  /** The current period (SPEC §12), if any, and the carrier's new matches in it. */
  readonly currentPeriodId: string | null;
  readonly newInCurrentPeriod: number;
  readonly overdueNow: number;
  readonly atRiskNow: number;
  /** §6's due and on-time contacts over [asOf − 90, asOf − 1]; adherence = onTime / due. */
  readonly adherence90: { readonly due: number; readonly onTime: number };
  /** Month by month, the last period's and the current period's months that have begun. */
  readonly months: readonly MonthFigures[];
  /** The latest configured period the carrier reported funding for, if any. */
  readonly lastFundingPeriodId: string | null;
}

export type CarrierStatus = 'invited' | 'active' | 'silent';

/** What a carrier's status is decided by: its row's dates. */
export interface CarrierActivity {
  /** When it was onboarded (ISO timestamp; its day is the first ten characters). */
  readonly onboardedAt: string;
  readonly firstSignInOn?: string;
  readonly firstFactOn?: string;
  readonly lastFactOn?: string;
}

/** A carrier's row as the scope totals read it. */
export interface CarrierRowFigures extends CarrierActivity {
  readonly quota?: number;
  readonly figures?: CarrierFigures;
}

/** The funding a carrier reported for one period (its latest `funding.reported`). */
export interface ReportedFunding {
  readonly periodId: string;
  readonly sources: readonly { readonly amountEur: number }[];
}

/** What a carrier's figures are computed from, all read from its own partition. */
export interface CarrierFigureInputs {
  /** Its matches with `match.created` and their check-ins (as a period close reads them). */
  readonly matches: readonly ReportMatch[];
  /** Its match summaries: overdue and at risk now, as the read API and the web list tell. */
  readonly summaries: readonly RiskInput[];
  readonly funding: readonly ReportedFunding[];
}

export interface OfficeConfig {
  readonly periods: readonly Period[];
  readonly checkInPolicy: CheckInPolicy;
}

/** SPEC §12: the configured period containing `today`, else the latest that has started. */
export function currentPeriod(config: Pick<OfficeConfig, 'periods'>, today: string): Period | null {
  const started = config.periods.filter((period) => period.start <= today);
  const containing = started.filter((period) => today <= period.end);
  const candidates = containing.length > 0 ? containing : started;
  return candidates.reduce<Period | null>(
    (latest, period) =>
      latest === null ||
      period.start > latest.start ||
      (period.start === latest.start && period.end > latest.end)
        ? period
        : latest,
    null,
  );
}

/** The period before `current`: the one that ended last before it began. */
export const previousPeriod = (periods: readonly Period[], current: Period): Period | null =>
  periods
    .filter((period) => period.end < current.start)
    .reduce<Period | null>(
      (latest, period) => (latest === null || period.end > latest.end ? period : latest),
      null,
    );

const within = (date: string, from: string, to: string) => from <= date && date <= to;

/** §6's due and on-time contacts over [start, end]; none when the window is empty. */
function dueAndOnTime(
  matches: readonly ReportMatch[],
  start: string,
  end: string,
  policy: CheckInPolicy,
) {
  if (end < start) return { due: 0, onTime: 0 };
  const tally = tallyPeriod(matches, { id: 'window', start, end }, policy);
  return { due: tally.checkInsDue, onTime: tally.checkInsOnTime };
}

/**
 * The months of the last and the current period that have begun by `today`, each cut to its
 * period: new matches over the month, due and on-time contacts up to yesterday (a contact due
 * today may still come today).
 */
function monthFigures(
  matches: readonly ReportMatch[],
  periods: readonly Period[],
  today: string,
  policy: CheckInPolicy,
): MonthFigures[] {
  const yesterday = addDays(today, -1);
  const byMonth = new Map<string, MonthFigures>();
  for (const period of periods) {
    for (const { start, end } of monthsOf(period)) {
      if (start > today) continue;
      const month = start.slice(0, 7);
      const counted = dueAndOnTime(matches, start, end < yesterday ? end : yesterday, policy);
      const newMatches = matches.filter((match) => within(match.startedOn, start, end)).length;
      const earlier = byMonth.get(month);
      // Two periods may share a month (one ends mid-month, the next begins): add their parts.
      byMonth.set(month, {
        month,
        newMatches: newMatches + (earlier?.newMatches ?? 0),
        due: counted.due + (earlier?.due ?? 0),
        onTime: counted.onTime + (earlier?.onTime ?? 0),
      });
    }
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

const fundingTotal = (funding: ReportedFunding) =>
  funding.sources.reduce((total, source) => total + source.amountEur, 0);

/** SPEC §12: a carrier's figures as of `today`, from its facts and match summaries. */
export function carrierFigures(
  inputs: CarrierFigureInputs,
  today: string,
  config: OfficeConfig,
): CarrierFigures {
  const policy = config.checkInPolicy;
  const { matches, summaries } = inputs;
  const current = currentPeriod(config, today);
  const last = current ? previousPeriod(config.periods, current) : null;
  const reportedPeriods = new Set(
    inputs.funding.filter((funding) => fundingTotal(funding) > 0).map((f) => f.periodId),
  );
  const lastFunding = config.periods
    .filter((period) => reportedPeriods.has(period.id))
    .reduce<Period | null>(
      (latest, period) => (latest === null || period.end > latest.end ? period : latest),
      null,
    );
  return {
    asOf: today,
    // Active on a day as §6 says it: started by then, not ended before.
    activeMatches: matches.filter(
      (match) => match.startedOn <= today && (!match.endedOn || today <= match.endedOn),
    ).length,
    currentPeriodId: current?.id ?? null,
    newInCurrentPeriod: current
      ? matches.filter((match) => within(match.startedOn, current.start, current.end)).length
      : 0,
    overdueNow: summaries.filter(
      (summary) =>
        summary.status === 'active' &&
        summary.nextDueOn !== null &&
        overdueDays(summary.nextDueOn, today) >= 1,
    ).length,
    atRiskNow: summaries.filter((summary) => matchRisk(summary, today, policy).atRisk).length,
    adherence90: dueAndOnTime(matches, addDays(today, -90), addDays(today, -1), policy),
    months: current ? monthFigures(matches, last ? [last, current] : [current], today, policy) : [],
    lastFundingPeriodId: lastFunding?.id ?? null,
  };
}

/** Days from the carrier's last fact to `today`; null before its first. */
export const daysSinceLastFact = (row: CarrierActivity, today: string): number | null =>
  row.lastFactOn === undefined ? null : daysBetween(row.lastFactOn, today);

/**
 * SPEC §12: `invited` until its first fact or sign-in; `silent` when it has had no fact for
 * `silentAfterDays` days (its last fact that many days ago or more, or none) and was onboarded
 * longer ago than that; else `active`.
 */
export function carrierStatus(
  row: CarrierActivity,
  today: string,
  silentAfterDays: number,
): CarrierStatus {
  if (row.firstFactOn === undefined && row.firstSignInOn === undefined) return 'invited';
  const sinceFact = daysSinceLastFact(row, today);
  const quiet = sinceFact === null || sinceFact >= silentAfterDays;
  const onboardedLongAgo = daysBetween(row.onboardedAt.slice(0, 10), today) > silentAfterDays;
  return quiet && onboardedLongAgo ? 'silent' : 'active';
}

export interface ScopeTotals {
  readonly carriers: {
    readonly total: number;
    readonly invited: number;
    readonly active: number;
    readonly silent: number;
  };
  readonly activeMatches: number;
  readonly currentPeriodId: string | null;
  readonly newInCurrentPeriod: number;
  /** Σ of the carriers' quotas (new matches per period); a carrier without one adds 0. */
  readonly quota: number;
  /** Σ onTime / Σ due over the last 90 days (rounded share), null when nothing was due. */
  readonly adherence90: {
    readonly due: number;
    readonly onTime: number;
    readonly adherence: number | null;
  };
  readonly overdueNow: number;
  readonly atRiskNow: number;
}

/**
 * The overview's figures of a scope (SPEC §12) from its carriers' rows. A row's new matches
 * count only when its figures are of today's current period (not yet refreshed since the
 * period began: 0).
 */
export function scopeTotals(
  rows: readonly CarrierRowFigures[],
  today: string,
  config: Pick<OfficeConfig, 'periods'> & { readonly silentAfterDays: number },
): ScopeTotals {
  const currentPeriodId = currentPeriod(config, today)?.id ?? null;
  const carriers = { total: rows.length, invited: 0, active: 0, silent: 0 };
  let activeMatches = 0;
  let newInCurrentPeriod = 0;
  let quota = 0;
  let due = 0;
  let onTime = 0;
  let overdueNow = 0;
  let atRiskNow = 0;
  for (const row of rows) {
    carriers[carrierStatus(row, today, config.silentAfterDays)]++;
    quota += row.quota ?? 0;
    const figures = row.figures;
    if (!figures) continue;
    activeMatches += figures.activeMatches;
    if (figures.currentPeriodId === currentPeriodId) {
      newInCurrentPeriod += figures.newInCurrentPeriod;
    }
    due += figures.adherence90.due;
    onTime += figures.adherence90.onTime;
    overdueNow += figures.overdueNow;
    atRiskNow += figures.atRiskNow;
  }
  return {
    carriers,
    activeMatches,
    currentPeriodId,
    newInCurrentPeriod,
    quota,
    adherence90: { due, onTime, adherence: shareOf(onTime, due) },
    overdueNow,
    atRiskNow,
  };
}
