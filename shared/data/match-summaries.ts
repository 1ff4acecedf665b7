import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import type { CheckInPolicy } from '../config/funder-config';
import { tableName } from '../config/runtime-env';
import {
  emptySummary,
  erasedParticipant,
  summarizeMatch,
  withCheckIn,
  type CheckInOnSummary,
  type MatchSummary,
} from '../domain/match-summary';
import type { CheckInRecorded } from '../schemas/webhooks';
import { writeIfCondition } from './conditional';
import { indexKeys, keys } from './keys';
import { checkInState, clearSummaryPending, readMatchFacts, summaryToken } from './match-facts';
import { tableDefinition } from './table-definition';

const summaryFields = [
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

/**
 * The summary item: the aggregates, a sequence number for optimistic writes, and `applying`,
 * the tokens of the check-ins it already counts whose facts are still marked pending.
 */
type StoredSummary = MatchSummary & { seq: number; applying: ReadonlySet<string> };

const toSummary = (item: Record<string, unknown>): StoredSummary => {
  const summary: Record<string, unknown> = {
    seq: item.seq,
    applying: item.applying instanceof Set ? item.applying : new Set<string>(),
  };
  for (const field of summaryFields) summary[field] = item[field] ?? null;
  return summary as unknown as StoredSummary;
};

const summaryOnly = (stored: StoredSummary): MatchSummary => {
  const summary: Record<string, unknown> = {};
  for (const field of summaryFields) summary[field] = stored[field];
  return summary as unknown as MatchSummary;
};

export async function getMatchSummary(
  carrierId: string,
  matchId: string,
  options: { consistent?: boolean } = {},
): Promise<StoredSummary | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.matchSummary(carrierId, matchId),
      ConsistentRead: options.consistent ?? false,
    }),
  );
  return Item ? toSummary(Item) : undefined;
}

/**
 * Writes the summary if nobody wrote since `current` was read (one conditional UpdateItem;
 * no transactions). `tokens` join `applying`: the summary now counts those facts.
 */
async function writeSummary(
  carrierId: string,
  matchId: string,
  current: StoredSummary | undefined,
  next: MatchSummary,
  tokens: readonly string[] = [],
): Promise<boolean> {
  const names: Record<string, string> = {
    '#seq': 'seq',
    '#entity': 'entity',
    '#carrier': 'carrierId',
  };
  const values: Record<string, unknown> = {
    ':seq': (current?.seq ?? 0) + 1,
    ':entity': 'MatchSummary',
    ':carrier': carrierId,
  };
  const sets = ['#seq = :seq', '#entity = :entity', '#carrier = :carrier'];
  summaryFields.forEach((field, index) => {
    names[`#f${index}`] = field;
    values[`:f${index}`] = next[field];
    sets.push(`#f${index} = :f${index}`);
  });
  const { due } = tableDefinition.indexes;
  names['#duePk'] = due.partitionKey;
  names['#dueSk'] = due.sortKey;
  let update: string;
  if (next.nextDueOn) {
    const dueKeys = indexKeys.due(carrierId, matchId, next.nextDueOn);
    values[':duePk'] = dueKeys[due.partitionKey];
    values[':dueSk'] = dueKeys[due.sortKey];
    update = `SET ${[...sets, '#duePk = :duePk', '#dueSk = :dueSk'].join(', ')}`;
  } else {
    update = `SET ${sets.join(', ')} REMOVE #duePk, #dueSk`;
  }
  if (tokens.length) {
    names['#applying'] = 'applying';
    values[':tokens'] = new Set(tokens);
    update += ' ADD #applying :tokens';
  }
  if (current) values[':current'] = current.seq;
  return writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.matchSummary(carrierId, matchId),
        UpdateExpression: update,
        ConditionExpression: current ? '#seq = :current' : 'attribute_not_exists(pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    ),
  );
}

/** The facts are no longer marked pending, so the summary need not remember their tokens. */
const forgetTokens = (carrierId: string, matchId: string, tokens: readonly string[]) =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.matchSummary(carrierId, matchId),
        UpdateExpression: 'DELETE #applying :tokens',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#applying': 'applying' },
        ExpressionAttributeValues: { ':tokens': new Set(tokens) },
      }),
    ),
  );

/** How long one delivery keeps trying (within the consumers' 30 s timeout) before its event is retried later. */
const writeBudgetMs = 15_000;

/**
 * Retries a read-compute-write step that returns false when another write came first, with
 * exponential backoff and full jitter: writers that lost spread out instead of colliding
 * again, so a burst of deliveries on one match drains one write after another.
 */
async function untilWritten(describe: string, step: () => Promise<boolean>): Promise<void> {
  const giveUpAt = Date.now() + writeBudgetMs;
  for (let attempt = 1; ; attempt++) {
    if (await step()) return;
    if (Date.now() >= giveUpAt) break;
    const delayMs = Math.random() * Math.min(1_000, 5 * 2 ** attempt);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  throw new Error(`${describe} stayed contended; the event will be retried`);
}

/**
 * Re-derives a match's summary from all its stored facts: after a `match.created`, an end, a
 * corrected check-in or an erasure. Reads every fact of the match, so it is kept for those.
 *
 * A check-in marked pending is counted only if the summary already has it (its token is in
 * `applying`) or it is `own`, the fact this delivery stores: any other pending check-in is
 * still on its way and its own delivery adds it. The write is conditional on the sequence
 * number read before the facts, so the last successful write saw every fact stored before it.
 */
export async function rederiveMatchSummary(
  carrierId: string,
  matchId: string,
  policy: CheckInPolicy,
  own?: { readonly checkInId: string; readonly version: string },
): Promise<void> {
  const ownToken = own
    ? summaryToken(
        keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId: own.checkInId }).sk,
        own.version,
      )
    : undefined;
  await untilWritten(`Match summary ${carrierId}/${matchId}`, async () => {
    const current = await getMatchSummary(carrierId, matchId, { consistent: true });
    const applying = current?.applying ?? new Set<string>();
    const facts = await readMatchFacts(
      carrierId,
      matchId,
      (fact) => !fact.summaryPending || applying.has(fact.token) || fact.token === ownToken,
    );
    const next = summarizeMatch(facts, policy);
    return writeSummary(carrierId, matchId, current, next, ownToken ? [ownToken] : []);
  });
  if (own && ownToken) {
    await clearSummaryPending(carrierId, matchId, own.checkInId, own.version);
    await forgetTokens(carrierId, matchId, [ownToken]);
  }
}

/**
 * Replaces the participant's id on the match's summary by "erased", where it still names them
 * (without re-deriving it: the operator's backfill has no funder config). The sequence moves
 * on, so a writer that read the facts before their redaction must read them again.
 */
export async function redactParticipantInSummary(
  carrierId: string,
  matchId: string,
  participantId: string,
  roles: readonly ('mentorId' | 'menteeId')[],
): Promise<void> {
  for (const role of roles) {
    await writeIfCondition(() =>
      dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.matchSummary(carrierId, matchId),
          UpdateExpression: 'SET #role = :erased, #seq = #seq + :one',
          ConditionExpression: '#role = :participant',
          ExpressionAttributeNames: { '#role': role, '#seq': 'seq' },
          ExpressionAttributeValues: {
            ':erased': erasedParticipant,
            ':participant': participantId,
            ':one': 1,
          },
        }),
      ),
    );
  }
}

/** A check-in waiting to be counted on its match's summary, and its delivery's promise. */
interface CheckInToCount {
  readonly checkInId: string;
  readonly checkIn: CheckInOnSummary;
  readonly version: string;
  readonly token: string;
  readonly done: { resolve: () => void; reject: (error: unknown) => void };
}

/** Per match (in this process): the check-ins waiting while one write for the match runs. */
const waitingByMatch = new Map<string, CheckInToCount[]>();

/**
 * Counts one check-in on the summary without reading the match's other facts: a read of the
 * summary, one of the fact, one conditional write, however long the match's history. Safe to
 * repeat: the fact stays marked pending until the summary has it, the summary remembers it by
 * token until then, and a version replaced meanwhile is left to the delivery that replaced it
 * (which re-derives). Check-ins of one match that arrive while a write for it runs in this
 * process (a batch, a burst) are counted together in the next write, so a burst on one match
 * makes few writes that contend instead of one per check-in.
 */
export function countCheckIn(
  carrierId: string,
  data: Pick<CheckInRecorded, 'matchId' | 'checkInId' | 'occurredOn' | 'with' | 'concern'>,
  version: string,
  policy: CheckInPolicy,
): Promise<void> {
  const { matchId, checkInId } = data;
  const checkIn = { occurredOn: data.occurredOn, with: data.with, concern: data.concern };
  const token = summaryToken(
    keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId }).sk,
    version,
  );
  return new Promise<void>((resolve, reject) => {
    const entry = { checkInId, checkIn, version, token, done: { resolve, reject } };
    const matchKey = `${carrierId}/${matchId}`;
    const waiting = waitingByMatch.get(matchKey);
    if (waiting) {
      waiting.push(entry);
      return;
    }
    const queue = [entry];
    waitingByMatch.set(matchKey, queue);
    void (async () => {
      while (queue.length) {
        const group = queue.splice(0);
        try {
          await countCheckIns(carrierId, matchId, group, policy);
          for (const member of group) member.done.resolve();
        } catch (error) {
          for (const member of group) member.done.reject(error);
        }
      }
      waitingByMatch.delete(matchKey);
    })();
  });
}

async function countCheckIns(
  carrierId: string,
  matchId: string,
  group: readonly CheckInToCount[],
  policy: CheckInPolicy,
): Promise<void> {
  // The same fact version twice (concurrent redeliveries) counts once.
  const distinct = [...new Map(group.map((entry) => [entry.token, entry])).values()];
  let counted: CheckInToCount[] = [];
  await untilWritten(`Match summary ${carrierId}/${matchId}`, async () => {
    const current = await getMatchSummary(carrierId, matchId, { consistent: true });
    const applying = current?.applying ?? new Set<string>();
    const already = distinct.filter((entry) => applying.has(entry.token));
    const rest = distinct.filter((entry) => !applying.has(entry.token));
    // Read after the summary: a replacement stored since makes the write fail or shows here.
    const states = await Promise.all(
      rest.map((entry) => checkInState(carrierId, matchId, entry.checkInId)),
    );
    const toCount = rest.filter(
      (entry, index) =>
        states[index]?.version === entry.version && states[index]?.summaryPending === true,
    );
    if (!toCount.length) {
      counted = already;
      return true;
    }
    let next = current ? summaryOnly(current) : emptySummary(matchId, policy);
    for (const entry of toCount) next = withCheckIn(next, entry.checkIn, policy);
    const tokens = toCount.map((entry) => entry.token);
    if (!(await writeSummary(carrierId, matchId, current, next, tokens))) return false;
    counted = [...already, ...toCount];
    return true;
  });
  if (!counted.length) return;
  // The summary counts them: unmark the facts, then let the summary forget the tokens.
  await Promise.all(
    counted.map((entry) => clearSummaryPending(carrierId, matchId, entry.checkInId, entry.version)),
  );
  await forgetTokens(
    carrierId,
    matchId,
    counted.map((entry) => entry.token),
  );
}
