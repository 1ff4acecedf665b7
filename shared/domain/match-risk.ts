import type { CheckInPolicy } from '../config/funder-config';
import { addDays } from './dates';
import { overdueDays } from './check-in-policy';
import type { RiskReason } from '../schemas/risk-reasons';

// SPEC §5 "Matches at risk of ending early": a transparent rule, not a prediction. The
// reasons, in the order of the spec's table, are declared with the read API's schema.
export { riskReasonsInOrder, type RiskReason } from '../schemas/risk-reasons';

/** How far back a concern, or a contact with the mentee, still counts. */
export const riskWindowDays = 60;

/**
 * What the rule needs of a match on day D, all from counted check-ins dated ≤ D: the summary
 * keeps these as facts arrive, and a period close computes them from the facts up to t₀.
 */
export interface RiskInput {
  readonly status: 'pending' | 'active' | 'ended';
  readonly startedOn: string | null;
  readonly nextDueOn: string | null;
  /** The latest counted check-in with `concern: true`. */
  readonly lastConcernOn: string | null;
  /** The latest counted check-in with the mentee (`with` = `mentee` or `both`). */
  readonly lastMenteeContactOn: string | null;
}

export interface MatchRisk {
  readonly atRisk: boolean;
  readonly reasons: RiskReason[];
}

/** The reasons that hold for a match on `day` (none for pending and ended matches). */
export function riskReasons(match: RiskInput, day: string, policy: CheckInPolicy): RiskReason[] {
  if (match.status !== 'active' || match.startedOn === null) return [];
  const windowStart = addDays(day, -riskWindowDays); // the window is (day − 60, day]
  const inWindow = (date: string | null) => date !== null && date > windowStart && date <= day;
  const reasons: RiskReason[] = [];
  if (match.nextDueOn !== null && overdueDays(match.nextDueOn, day) >= policy.escalateAfterDays) {
    reasons.push('overdue');
  }
  if (inWindow(match.lastConcernOn)) reasons.push('concern');
  if (match.startedOn <= windowStart && !inWindow(match.lastMenteeContactOn)) {
    reasons.push('mentee_not_reached');
  }
  return reasons;
}

export const matchRisk = (match: RiskInput, day: string, policy: CheckInPolicy): MatchRisk => {
  const reasons = riskReasons(match, day, policy);
  return { atRisk: reasons.length > 0, reasons };
};
