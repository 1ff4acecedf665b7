import { addDays, todayIn } from './dates';

// SPEC §2: a fact may not lie in the future. A `timestamp` in 2099 would win over every
// later correction of the fact (the newest version is kept), and a contact on 2099-12-31
// would keep a match from ever being due. One rule for webhooks, forms and imports alike.

/** How far after its receipt a `timestamp` may lie: partner clocks run a little ahead. */
export const timestampLeadMs = 5 * 60 * 1000;

/** When and where a fact is received: the moment, and the funder's time zone. */
export interface Receipt {
  readonly at: Date;
  readonly timeZone: string;
}

/** The latest `occurredOn` taken: tomorrow in the funder's time zone (any partner's today). */
export const latestOccurredOn = (receipt: Receipt): string =>
  addDays(todayIn(receipt.timeZone, receipt.at), 1);

export type TimingProblem =
  | { readonly field: 'timestamp'; readonly latest: string }
  | { readonly field: 'occurredOn'; readonly latest: string };

/**
 * What lies too far in the future: the `timestamp` more than 5 minutes after receipt, the
 * `occurredOn` (check-ins) after tomorrow. Takes values that passed the schema.
 */
export function timingProblems(
  fact: { readonly timestamp?: string; readonly occurredOn?: string },
  receipt: Receipt,
): TimingProblem[] {
  const problems: TimingProblem[] = [];
  const latestTimestampMs = receipt.at.getTime() + timestampLeadMs;
  if (fact.timestamp !== undefined && Date.parse(fact.timestamp) > latestTimestampMs) {
    problems.push({ field: 'timestamp', latest: new Date(latestTimestampMs).toISOString() });
  }
  const latest = latestOccurredOn(receipt);
  if (fact.occurredOn !== undefined && fact.occurredOn > latest) {
    problems.push({ field: 'occurredOn', latest });
  }
  return problems;
}

/** The problem in the webhook API's words (English, as its other 422 messages). */
export const timingProblemMessage = (problem: TimingProblem): string =>
  problem.field === 'timestamp'
    ? `must not be more than 5 minutes after receipt (at most ${problem.latest})`
    : `must not be later than tomorrow in the funder's time zone (at most ${problem.latest})`;
