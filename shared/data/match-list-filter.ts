import type { CheckInPolicy } from '../config/funder-config';
import { addDays } from '../domain/dates';
import type { MatchStatus } from '../domain/match-summary';
import { riskWindowDays } from '../domain/match-risk';

export interface SummaryFilter {
  readonly status?: MatchStatus | undefined;
  readonly overdue?: boolean | undefined;
  readonly risk?: boolean | undefined;
  readonly concern?: boolean | undefined;
  readonly today: string;
  readonly policy: CheckInPolicy;
}

/**
 * The list's filters as a DynamoDB FilterExpression over the summary's stored fields. The risk
 * rule here is `riskReasons` (shared/domain/match-risk.ts) written as a condition: a missing or
 * null date compares false, as `null` fails the rule's date checks (test/e2e/risk.test.ts holds
 * the two together).
 */
export function summaryListFilter(filter: SummaryFilter) {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const windowStart = addDays(filter.today, -riskWindowDays); // the window is (today − 60, today]
  const concernInWindow = 'lastConcernOn > :windowStart AND lastConcernOn <= :today';
  if (filter.status) {
    conditions.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = filter.status;
  }
  if (filter.overdue !== undefined) {
    // Overdue by ≥ 1 day means the due date lies before today (SPEC §5).
    conditions.push(filter.overdue ? 'nextDueOn < :today' : 'NOT (nextDueOn < :today)');
    values[':today'] = filter.today;
  }
  if (filter.concern !== undefined) {
    conditions.push(filter.concern ? `(${concernInWindow})` : `NOT (${concernInWindow})`);
    values[':today'] = filter.today;
    values[':windowStart'] = windowStart;
  }
  if (filter.risk !== undefined) {
    // Only active matches have a due date; an ended or pending one is never at risk.
    const atRisk = [
      '#riskStatus = :active AND (',
      'nextDueOn <= :escalatedDue',
      `OR (${concernInWindow})`,
      'OR (startedOn <= :windowStart AND NOT (',
      'lastMenteeContactOn > :windowStart AND lastMenteeContactOn <= :today)))',
    ].join(' ');
    conditions.push(filter.risk ? `(${atRisk})` : `NOT (${atRisk})`);
    names['#riskStatus'] = 'status';
    values[':active'] = 'active';
    values[':today'] = filter.today;
    values[':windowStart'] = windowStart;
    // overdueDays ≥ escalateAfterDays ⇔ nextDueOn ≤ today − escalateAfterDays
    values[':escalatedDue'] = addDays(filter.today, -filter.policy.escalateAfterDays);
  }
  return {
    expression: {
      ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
    },
    values,
  };
}
