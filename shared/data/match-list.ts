import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { summaryFromItem, type MatchStatus, type MatchSummary } from '../domain/match-summary';
import { keys } from './keys';

/** Summaries read per query while listing, before the filter. */
const listPageSize = 100;
/**
 * Queries one list request may make: a filter that matches little returns what it found and
 * a cursor after at most 300 summaries read, instead of reading the whole carrier.
 */
export const maxListQueriesPerRequest = 3;

export interface MatchListQuery {
  readonly status?: MatchStatus;
  /** true: only matches overdue on `today`; false: only those that are not. */
  readonly overdue?: boolean;
  readonly today: string;
  readonly limit: number;
  /** The sort key to continue after, from a previous page. */
  readonly after?: string;
}

/**
 * One page of a carrier's match summaries, filtered, in match-id order. It may hold fewer than
 * `limit` items, even none, and still have a `nextAfter`: read on from there.
 */
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
  const items: MatchSummary[] = [];
  let startKey: Record<string, unknown> | undefined = query.after
    ? { pk: keys.carrierPartition(carrierId), sk: query.after }
    : undefined;
  let nextAfter: string | null = null;
  let queries = 0;
  do {
    queries++;
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
    items.push(...found.slice(0, room).map(summaryFromItem));
    startKey = page.LastEvaluatedKey;
    if (found.length > room) {
      // The page is full before this query's page ends: continue after the last one shown.
      nextAfter = String(found[room - 1]?.sk);
      break;
    }
    nextAfter = startKey ? String(startKey.sk) : null;
  } while (startKey && items.length < query.limit && queries < maxListQueriesPerRequest);
  return { items, nextAfter };
}
