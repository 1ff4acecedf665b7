import type { CheckInPolicy } from '../../config/funder-config';
import type { CarrierReport } from '../../schemas/reports';
import { countedCheckInDates, nextDueOn } from '../check-in-policy';
import { addDays } from '../dates';
import { riskReasons, type RiskInput } from '../match-risk';
import { shareOf } from './numbers';
import type { Period, ReportMatch } from './report-inputs';

/** Days after its start on which a match is evaluated (t₀), and how long it is then followed. */
export const evaluatedAfterDays = 90;
export const followedForDays = 180;

/** Endings that count as closing early; a planned end or a move does not (SPEC §6). */
const earlyClosureReasons: ReadonlySet<string> = new Set([
  'mentor_withdrew',
  'mentee_withdrew',
  'mismatch',
  'other',
]);

/** The additive counts behind `riskFlag` (SPEC §6), kept per carrier and summed. */
export interface RiskFlagTally {
  evaluated: number;
  flagged: number;
  closedEarly: number;
  flaggedClosedEarly: number;
}

export const emptyRiskFlagTally = (): RiskFlagTally => ({
  evaluated: 0,
  flagged: 0,
  closedEarly: 0,
  flaggedClosedEarly: 0,
});

export const addRiskFlagTallies = (a: RiskFlagTally, b: RiskFlagTally): RiskFlagTally => ({
  evaluated: a.evaluated + b.evaluated,
  flagged: a.flagged + b.flagged,
  closedEarly: a.closedEarly + b.closedEarly,
  flaggedClosedEarly: a.flaggedClosedEarly + b.flaggedClosedEarly,
});

/** What the at-risk rule (SPEC §5) sees of a match on `day`: only check-ins dated ≤ day. */
export function riskInputOn(match: ReportMatch, day: string, policy: CheckInPolicy): RiskInput {
  // SPEC §5: only check-ins on or after the start count.
  const counted = match.checkIns.filter(
    (checkIn) => checkIn.occurredOn >= match.startedOn && checkIn.occurredOn <= day,
  );
  const latest = (dates: readonly string[]) =>
    dates.reduce<string | null>((last, date) => (last === null || date > last ? date : last), null);
  return {
    status: match.endedOn !== undefined && match.endedOn <= day ? 'ended' : 'active',
    startedOn: match.startedOn,
    nextDueOn: nextDueOn(
      match.startedOn,
      countedCheckInDates(
        match.startedOn,
        counted.map((checkIn) => checkIn.occurredOn),
      ),
      policy,
    ),
    lastConcernOn: latest(counted.filter((checkIn) => checkIn.concern).map((c) => c.occurredOn)),
    lastMenteeContactOn: latest(
      counted.filter((checkIn) => checkIn.with !== 'mentor').map((c) => c.occurredOn),
    ),
  };
}

/**
 * SPEC §6 `riskFlag` for one match: evaluated when t₀ = startedOn + 90 lies in
 * [S − 180, E − 180] (so its next 180 days have passed by the close) and it had not ended by
 * t₀; flagged when at risk on t₀; closed early when it ended within 180 days after t₀ for a
 * reason other than a planned one. `null` when not evaluated.
 */
export function riskFlagOutcome(
  match: ReportMatch,
  period: Period,
  policy: CheckInPolicy,
): { flagged: boolean; closedEarly: boolean } | null {
  const t0 = addDays(match.startedOn, evaluatedAfterDays);
  const evaluated =
    addDays(period.start, -followedForDays) <= t0 &&
    t0 <= addDays(period.end, -followedForDays) &&
    (match.endedOn === undefined || match.endedOn > t0);
  if (!evaluated) return null;
  const endedOn = match.endedOn;
  return {
    flagged: riskReasons(riskInputOn(match, t0, policy), t0, policy).length > 0,
    closedEarly:
      endedOn !== undefined &&
      endedOn <= addDays(t0, followedForDays) &&
      earlyClosureReasons.has(match.endReason ?? 'other'),
  };
}

/** Adds one match's outcome to a tally. */
export function countRiskFlag(
  tally: RiskFlagTally,
  outcome: { flagged: boolean; closedEarly: boolean } | null,
): void {
  if (outcome === null) return;
  tally.evaluated++;
  if (outcome.flagged) tally.flagged++;
  if (outcome.closedEarly) tally.closedEarly++;
  if (outcome.flagged && outcome.closedEarly) tally.flaggedClosedEarly++;
}

/** SPEC §6: the counts and the four rates (4 decimals, null when the divisor is 0). */
export function riskFlagFigures(tally: RiskFlagTally): CarrierReport['riskFlag'] {
  const { evaluated, flagged, closedEarly, flaggedClosedEarly } = tally;
  return {
    evaluated,
    flagged,
    closedEarly,
    flaggedClosedEarly,
    sensitivity: shareOf(flaggedClosedEarly, closedEarly),
    specificity: shareOf(
      evaluated - flagged - closedEarly + flaggedClosedEarly,
      evaluated - closedEarly,
    ),
    precision: shareOf(flaggedClosedEarly, flagged),
    baseRate: shareOf(closedEarly, evaluated),
  };
}
