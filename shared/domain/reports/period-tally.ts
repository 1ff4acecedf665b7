import type { CheckInPolicy } from '../../config/funder-config';
import { countedCheckInDates, nextDueOn } from '../check-in-policy';
import { addDays, daysBetween } from '../dates';
import type { Period, ReportMatch } from './report-inputs';
import {
  addRiskFlagTallies,
  countRiskFlag,
  emptyRiskFlagTally,
  riskFlagOutcome,
  type RiskFlagTally,
} from './risk-flag';

export const reachedThresholds = [90, 180, 365] as const;
export type ReachedThreshold = (typeof reachedThresholds)[number];

/**
 * The additive counts behind the figures of SPEC §6. A carrier's tally and the sum of all
 * carriers' tallies give the carrier report and the funder summary by the same formulas,
 * so the summary's medians and shares are recomputed over all matches, not averaged.
 */
export interface PeriodTally {
  new: number;
  activeDuring: number;
  activeAtEnd: number;
  ended: number;
  endedByReason: Record<string, number>;
  /** Durations of the matches that ended in the period, for the median. */
  endedDurations: number[];
  earlyClosures: number;
  reached: Record<ReachedThreshold, { eligible: number; reached: number }>;
  withConcern: number;
  checkInsRecorded: number;
  checkInsDue: number;
  checkInsOnTime: number;
  activeDays: number;
  supportedMonths: number;
  /** How the at-risk flag at t₀ compared with early endings (`riskFlag`). */
  riskFlag: RiskFlagTally;
}

export const emptyTally = (): PeriodTally => ({
  new: 0,
  activeDuring: 0,
  activeAtEnd: 0,
  ended: 0,
  endedByReason: {},
  endedDurations: [],
  earlyClosures: 0,
  reached: {
    90: { eligible: 0, reached: 0 },
    180: { eligible: 0, reached: 0 },
    365: { eligible: 0, reached: 0 },
  },
  withConcern: 0,
  checkInsRecorded: 0,
  checkInsDue: 0,
  checkInsOnTime: 0,
  activeDays: 0,
  supportedMonths: 0,
  riskFlag: emptyRiskFlagTally(),
});

const within = (date: string, from: string, to: string) => from <= date && date <= to;
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/** The calendar months overlapping the period, each cut to the period. */
export function monthsOf(period: Period): { start: string; end: string }[] {
  const months: { start: string; end: string }[] = [];
  let monthStart = `${period.start.slice(0, 7)}-01`;
  while (monthStart <= period.end) {
    const nextMonth = addDays(`${monthStart.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
    months.push({
      start: later(monthStart, period.start),
      end: earlier(addDays(nextMonth, -1), period.end),
    });
    monthStart = nextMonth;
  }
  return months;
}

/** SPEC §6 for one match, added to `tally`. */
function tallyMatch(tally: PeriodTally, match: ReportMatch, period: Period, policy: CheckInPolicy) {
  const { start: S, end: E } = period;
  const { startedOn, endedOn } = match;
  const activeOn = (from: string, to: string) => startedOn <= to && (!endedOn || endedOn >= from);
  const activeDuring = activeOn(S, E);
  const duration = daysBetween(startedOn, endedOn ?? E);

  if (within(startedOn, S, E)) tally.new++;
  if (activeDuring) tally.activeDuring++;
  if (startedOn <= E && (!endedOn || endedOn > E)) tally.activeAtEnd++;
  if (endedOn && within(endedOn, S, E)) {
    tally.ended++;
    const reason = match.endReason ?? 'other';
    tally.endedByReason[reason] = (tally.endedByReason[reason] ?? 0) + 1;
    tally.endedDurations.push(duration);
    if (duration < 90) tally.earlyClosures++;
  }
  if (activeDuring) {
    for (const days of reachedThresholds) {
      if (startedOn <= addDays(E, -days)) {
        tally.reached[days].eligible++;
        if (duration >= days) tally.reached[days].reached++;
      }
    }
    if (match.checkIns.some((checkIn) => checkIn.concern && within(checkIn.occurredOn, S, E))) {
      tally.withConcern++;
    }
    tally.activeDays += daysBetween(later(S, startedOn), earlier(E, endedOn ?? E)) + 1;
  }

  const counted = countedCheckInDates(
    startedOn,
    match.checkIns.map((checkIn) => checkIn.occurredOn),
  );
  tally.checkInsRecorded += counted.filter((date) => within(date, S, E)).length;
  // n_k is the due date after the first k counted check-ins; it is met when c_(k+1) ≤ n_k.
  const lastDueDay = endedOn ? earlier(E, endedOn) : E;
  for (let k = 0; k <= counted.length; k++) {
    const due = nextDueOn(startedOn, counted.slice(0, k), policy);
    if (!within(due, S, lastDueDay)) continue;
    tally.checkInsDue++;
    const next = counted[k];
    if (next !== undefined && next <= due) tally.checkInsOnTime++;
  }
  for (const month of monthsOf(period)) {
    if (
      activeOn(month.start, month.end) &&
      counted.some((date) => within(date, month.start, month.end))
    ) {
      tally.supportedMonths++;
    }
  }
  countRiskFlag(tally.riskFlag, riskFlagOutcome(match, period, policy));
}

/** The tally of a carrier's matches (those with `match.created`) over a period. */
export function tallyPeriod(
  matches: readonly ReportMatch[],
  period: Period,
  policy: CheckInPolicy,
): PeriodTally {
  const tally = emptyTally();
  for (const match of matches) tallyMatch(tally, match, period, policy);
  return tally;
}

/** The sum of several tallies: the deployment's, from its carriers'. */
export function addTallies(tallies: readonly PeriodTally[]): PeriodTally {
  const total = emptyTally();
  for (const tally of tallies) {
    for (const key of [
      'new',
      'activeDuring',
      'activeAtEnd',
      'ended',
      'earlyClosures',
      'withConcern',
      'checkInsRecorded',
      'checkInsDue',
      'checkInsOnTime',
      'activeDays',
      'supportedMonths',
    ] as const) {
      total[key] += tally[key];
    }
    for (const [reason, count] of Object.entries(tally.endedByReason)) {
      total.endedByReason[reason] = (total.endedByReason[reason] ?? 0) + count;
    }
    total.endedDurations.push(...tally.endedDurations);
    for (const days of reachedThresholds) {
      total.reached[days].eligible += tally.reached[days].eligible;
      total.reached[days].reached += tally.reached[days].reached;
    }
    // A part stored before riskFlag was kept evaluated nothing.
    total.riskFlag = addRiskFlagTallies(total.riskFlag, tally.riskFlag ?? emptyRiskFlagTally());
  }
  return total;
}
