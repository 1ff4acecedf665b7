import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import type { CheckInPolicy } from '../config/funder-config';
import { tableName } from '../config/runtime-env';
import { summarizeMatch, type MatchStatus, type MatchSummary } from '../domain/match-summary';
import { writeIfCondition } from './conditional';
import { indexKeys, keys } from './keys';
import { readMatchFacts } from './match-facts';

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
] as const satisfies readonly (keyof MatchSummary)[];

type StoredSummary = MatchSummary & { seq: number };

const toSummary = (item: Record<string, unknown>): StoredSummary => {
  const summary: Record<string, unknown> = { seq: item.seq };
  for (const field of summaryFields) summary[field] = item[field] ?? null;
  return summary as unknown as StoredSummary;
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

const maxRefreshAttempts = 25;

/**
 * Re-derives a match's summary from its stored facts and writes it.
 *
 * Optimistic concurrency instead of transactions: the summary carries a sequence number,
 * read before the facts; the write succeeds only if nobody wrote in between. So the last
 * successful write was always computed from facts read after every earlier fact was stored,
 * and the summary converges to the facts whatever the order or number of deliveries.
 * It writes even when the summary looks unchanged: skipping would let a concurrent write
 * computed from older facts land afterwards (found by test/property/convergence.test.ts).
 */
export async function refreshMatchSummary(
  carrierId: string,
  matchId: string,
  policy: CheckInPolicy,
): Promise<MatchSummary> {
  for (let attempt = 1; attempt <= maxRefreshAttempts; attempt++) {
    const current = await getMatchSummary(carrierId, matchId, { consistent: true });
    const facts = await readMatchFacts(carrierId, matchId);
    const next = summarizeMatch(facts, policy);
    const written = await writeIfCondition(() =>
      dynamo.send(
        new PutCommand({
          TableName: tableName(),
          Item: {
            ...keys.matchSummary(carrierId, matchId),
            entity: 'MatchSummary',
            carrierId,
            ...next,
            seq: (current?.seq ?? 0) + 1,
            ...(next.nextDueOn ? indexKeys.due(carrierId, matchId, next.nextDueOn) : {}),
          },
          ...(current
            ? {
                ConditionExpression: '#seq = :seq',
                ExpressionAttributeNames: { '#seq': 'seq' },
                ExpressionAttributeValues: { ':seq': current.seq },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      ),
    );
    if (written) return next;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
  }
  throw new Error(
    `Match summary ${carrierId}/${matchId} stayed contended; the event will be retried`,
  );
}

/** Summaries read per query while listing, before the filter. */
const listPageSize = 100;

export interface MatchListQuery {
  readonly status?: MatchStatus;
  /** true: only matches overdue on `today`; false: only those that are not. */
  readonly overdue?: boolean;
  readonly today: string;
  readonly limit: number;
  /** The sort key to continue after, from a previous page. */
  readonly after?: string;
}

/** One page of a carrier's match summaries, filtered, in match-id order. */
export async function listMatchSummaries(carrierId: string, query: MatchListQuery) {
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {
    ':pk': keys.carrierPartition(carrierId),
    ':prefix': keys.matchSummaryPrefix,
  };
  if (query.status) {
    filters.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = query.status;
  }
  if (query.overdue !== undefined) {
    // Overdue by ≥ 1 day means the due date lies before today (SPEC §5).
    filters.push(query.overdue ? 'nextDueOn < :today' : 'NOT (nextDueOn < :today)');
    values[':today'] = query.today;
  }
  const items: StoredSummary[] = [];
  let startKey: Record<string, unknown> | undefined = query.after
    ? { pk: keys.carrierPartition(carrierId), sk: query.after }
    : undefined;
  let nextAfter: string | null = null;
  do {
    // Pages of a fixed size: a filter that matches little still reads in few round trips.
    const page = await dynamo.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
        Limit: listPageSize,
        ExclusiveStartKey: startKey,
      }),
    );
    const found = page.Items ?? [];
    const room = query.limit - items.length;
    items.push(...found.slice(0, room).map(toSummary));
    startKey = page.LastEvaluatedKey;
    if (found.length > room) {
      // The page is full before this query's page ends: continue after the last one shown.
      nextAfter = String(found[room - 1]?.sk);
      break;
    }
    nextAfter = startKey ? String(startKey.sk) : null;
  } while (startKey && items.length < query.limit);
  return { items, nextAfter };
}
