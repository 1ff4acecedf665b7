import type { CheckInPolicy } from '../config/funder-config';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../schemas/webhooks';
import { countedCheckInDates, nextDueAfter, nextDueOn, overdueDays } from './check-in-policy';
import type { MatchView } from '../schemas/matches';
import { matchRisk } from './match-risk';

/** Shown instead of a participant id once that participant has been erased (SPEC §3). */
export const erasedParticipant = 'erased';

/** Everything Tandem knows about one match: the facts, each the latest version received. */
export interface MatchFacts {
  readonly matchId: string;
  readonly created?: MatchCreated;
  readonly checkIns: readonly Omit<CheckInRecorded, 'matchId'>[];
  readonly ended?: Omit<MatchEnded, 'matchId'>;
}

export type MatchStatus = 'pending' | 'active' | 'ended';

/** The match summary kept in the table; derived from the facts alone, so any order converges. */
export interface MatchSummary {
  readonly matchId: string;
  readonly status: MatchStatus;
  readonly mentorId: string | null;
  readonly menteeId: string | null;
  readonly programme: MatchCreated['programme'] | null;
  readonly group: boolean | null;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly endReason: MatchEnded['reason'] | null;
  readonly checkInCount: number;
  readonly lastCheckInOn: string | null;
  /** Only for active matches: the date the next support contact is due. */
  readonly nextDueOn: string | null;
  /** The latest counted check-in with a concern (the at-risk rule, SPEC §5). */
  readonly lastConcernOn: string | null;
  /** The latest counted check-in with the mentee, alone or with both (the at-risk rule). */
  readonly lastMenteeContactOn: string | null;
}

/** The fields of a summary, as stored on its item. */
export const matchSummaryFields = [
  'matchId',
  'status',
  'mentorId',
  'menteeId',
  'programme',
  'group',
  'startedOn',
  'endedOn',
  'endReason',
  'checkInCount',
  'lastCheckInOn',
  'nextDueOn',
  'lastConcernOn',
  'lastMenteeContactOn',
] as const satisfies readonly (keyof MatchSummary)[];

/** A summary read from its stored item; a field the item lacks (stored before it existed) is null. */
export const summaryFromItem = (item: Record<string, unknown>): MatchSummary => {
  const summary: Record<string, unknown> = {};
  for (const field of matchSummaryFields) summary[field] = item[field] ?? null;
  return summary as unknown as MatchSummary;
};

/** What one check-in brings to a summary. */
export type CheckInOnSummary = Pick<CheckInRecorded, 'occurredOn' | 'with' | 'concern'>;

const latest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

const reachesMentee = (checkIn: CheckInOnSummary): boolean =>
  checkIn.with === 'mentee' || checkIn.with === 'both';

export function summarizeMatch(facts: MatchFacts, policy: CheckInPolicy): MatchSummary {
  const { created, ended } = facts;
  const allDates = facts.checkIns.map((checkIn) => checkIn.occurredOn);
  // Before match.created arrives the start is unknown, so every check-in received is shown.
  const counted = created ? countedCheckInDates(created.startedOn, allDates) : [...allDates].sort();
  const countedCheckIns = facts.checkIns.filter(
    (checkIn) => !created || checkIn.occurredOn >= created.startedOn,
  );
  const latestOf = (keep: (checkIn: CheckInOnSummary) => boolean): string | null =>
    countedCheckIns.filter(keep).reduce<string | null>((at, c) => latest(at, c.occurredOn), null);
  const status: MatchStatus = !created ? 'pending' : ended ? 'ended' : 'active';
  return {
    matchId: facts.matchId,
    status,
    mentorId: created?.mentorId ?? null,
    menteeId: created?.menteeId ?? null,
    programme: created?.programme ?? null,
    group: created ? (created.group ?? false) : null,
    startedOn: created?.startedOn ?? null,
    endedOn: ended?.endedOn ?? null,
    endReason: ended?.reason ?? null,
    checkInCount: counted.length,
    lastCheckInOn: counted.at(-1) ?? null,
    nextDueOn:
      status === 'active' && created ? nextDueOn(created.startedOn, counted, policy) : null,
    lastConcernOn: latestOf((checkIn) => checkIn.concern === true),
    lastMenteeContactOn: latestOf(reachesMentee),
  };
}

/**
 * The summary after one more check-in (a new check-in id) dated `occurredOn`, from the summary
 * alone: counting and the latest date commute, so any order of new check-ins gives what
 * `summarizeMatch` gives over all of them. Before `match.created` every check-in is shown.
 */
export function withCheckIn(
  summary: MatchSummary,
  checkIn: CheckInOnSummary,
  policy: CheckInPolicy,
): MatchSummary {
  const { occurredOn } = checkIn;
  if (summary.startedOn !== null && occurredOn < summary.startedOn) return summary;
  const checkInCount = summary.checkInCount + 1;
  const lastCheckInOn =
    summary.lastCheckInOn !== null && summary.lastCheckInOn > occurredOn
      ? summary.lastCheckInOn
      : occurredOn;
  return {
    ...summary,
    checkInCount,
    lastCheckInOn,
    nextDueOn:
      summary.status === 'active' && summary.startedOn !== null
        ? nextDueAfter(summary.startedOn, checkInCount, lastCheckInOn, policy)
        : null,
    lastConcernOn:
      checkIn.concern === true ? latest(summary.lastConcernOn, occurredOn) : summary.lastConcernOn,
    lastMenteeContactOn: reachesMentee(checkIn)
      ? latest(summary.lastMenteeContactOn, occurredOn)
      : summary.lastMenteeContactOn,
  };
}

/** The summary of a match nothing is known of yet. */
export const emptySummary = (matchId: string, policy: CheckInPolicy): MatchSummary =>
  summarizeMatch({ matchId, checkIns: [] }, policy);

/**
 * The read API's view of a match (SPEC §4), as of `today` under the funder's `policy`; its
 * shape is `matchViewSchema`.
 */
export const matchView = (
  summary: MatchSummary,
  today: string,
  policy: CheckInPolicy,
): MatchView => ({
  matchId: summary.matchId,
  status: summary.status,
  mentorId: summary.mentorId,
  menteeId: summary.menteeId,
  programme: summary.programme,
  group: summary.group,
  startedOn: summary.startedOn,
  endedOn: summary.endedOn,
  endReason: summary.endReason,
  checkIns: {
    count: summary.checkInCount,
    lastOn: summary.lastCheckInOn,
    nextDueOn: summary.nextDueOn,
    overdueDays: summary.nextDueOn === null ? null : overdueDays(summary.nextDueOn, today),
  },
  risk: matchRisk(summary, today, policy),
});
export type { MatchView };
