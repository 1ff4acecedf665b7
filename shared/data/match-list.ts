import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import type { CheckInPolicy } from '../config/funder-config';
import { tableName } from '../config/runtime-env';
import { summaryFromItem, type MatchStatus, type MatchSummary } from '../domain/match-summary';
import { indexKeys, keys } from './keys';
import { summaryListFilter } from './match-list-filter';
import { tableDefinition } from './table-definition';

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
  /** true: only matches at risk of ending early on `today` (SPEC §5); false: the others. */
  readonly risk?: boolean;
  /** true: only matches with a concern in the 60 days up to `today`; false: the others. */
  readonly concern?: boolean;
  readonly today: string;
  /** The funder's check-in policy: the risk rule depends on it. */
  readonly policy: CheckInPolicy;
  readonly limit: number;
  /** Where to continue, from a previous page. */
  readonly after?: string;
}

export interface MatchListPage {
  readonly items: MatchSummary[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextAfter: string | null;
}

/**
 * Reads up to `maxListQueriesPerRequest` pages of a query, keeping at most `limit` items.
 * `positionOf` names an item as the query's ExclusiveStartKey, to continue after it.
 */
async function queryPage(
  input: QueryCommandInput,
  limit: number,
  positionOf: (item: Record<string, unknown>) => Record<string, unknown>,
): Promise<{ items: MatchSummary[]; next: Record<string, unknown> | null }> {
  const items: MatchSummary[] = [];
  let startKey = input.ExclusiveStartKey;
  let queries = 0;
  do {
    queries++;
    // Pages of a fixed size: a filter that matches little still reads in few round trips.
    const page = await dynamo.send(
      new QueryCommand({ ...input, Limit: listPageSize, ExclusiveStartKey: startKey }),
    );
    const found = page.Items ?? [];
    const room = limit - items.length;
    items.push(...found.slice(0, room).map(summaryFromItem));
    startKey = page.LastEvaluatedKey;
    // The page is full before this query's page ends: continue after the last one shown.
    if (found.length > room) return { items, next: positionOf(found[room - 1] ?? {}) };
  } while (startKey && items.length < limit && queries < maxListQueriesPerRequest);
  return { items, next: startKey ?? null };
}

const summariesQuery = (carrierId: string, query: MatchListQuery, after?: string) => {
  const filter = summaryListFilter(query);
  return {
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ...filter.expression,
    ExpressionAttributeValues: {
      ...filter.values,
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.matchSummaryPrefix,
    },
    ...(after ? { ExclusiveStartKey: { pk: keys.carrierPartition(carrierId), sk: after } } : {}),
  };
};

/**
 * One page of a carrier's match summaries, filtered, in match-id order. It may hold fewer than
 * `limit` items, even none, and still have a `nextAfter`: read on from there.
 */
export async function listMatchSummaries(
  carrierId: string,
  query: MatchListQuery,
): Promise<MatchListPage> {
  const { items, next } = await queryPage(
    summariesQuery(carrierId, query, query.after),
    query.limit,
    (item) => ({
      sk: item.sk,
    }),
  );
  return { items, nextAfter: next ? String(next.sk) : null };
}

// The overdue-first list walks two sequences: the carrier's overdue matches from the
// carrierDue index (most overdue first), then the others from the table in match-id order.
// Its position names the sequence: `due:<carrierDueSk>` or `match:<sk>`.
const overduePosition = 'due:';
const otherPosition = 'match:';
const partnerIdPattern = '[A-Za-z0-9][A-Za-z0-9._:-]{0,63}';
const positionPattern = new RegExp(
  `^(?:${overduePosition}\\d{4}-\\d{2}-\\d{2}#${partnerIdPattern}|${otherPosition}(?:${keys.matchSummaryPrefix}${partnerIdPattern})?)$`,
);

/** Whether `after` is a position `listMatchesOverdueFirst` hands out (a page link's, say). */
export const isOverdueFirstPosition = (after: string): boolean => positionPattern.test(after);

/**
 * One page of a carrier's matches for the web list (SPEC §9): the overdue ones first, most
 * overdue first, then the others by match id; filtered like `listMatchSummaries`. Reads only
 * what the page needs (an index of each carrier's active matches by due date), never sorts the
 * whole carrier. May hold fewer than `limit` items and still have a `nextAfter`.
 */
export async function listMatchesOverdueFirst(
  carrierId: string,
  query: MatchListQuery,
): Promise<MatchListPage> {
  // A position it did not hand out starts from the beginning (check with isOverdueFirstPosition).
  const after =
    query.after !== undefined && isOverdueFirstPosition(query.after)
      ? query.after
      : overduePosition;
  // Overdue matches are active: no overdue part for another status or `overdue: false`.
  const hasOverduePart = query.overdue !== false && (query.status ?? 'active') === 'active';
  if (after.startsWith(overduePosition) && hasOverduePart) {
    const page = await overduePage(carrierId, query, after.slice(overduePosition.length));
    if (page.nextAfter !== null || query.overdue === true) return page;
    const room = query.limit - page.items.length;
    if (room === 0) return { items: page.items, nextAfter: otherPosition };
    const rest = await otherPage(carrierId, { ...query, limit: room }, '');
    return { items: [...page.items, ...rest.items], nextAfter: rest.nextAfter };
  }
  if (query.overdue === true) return { items: [], nextAfter: null };
  const from = after.startsWith(otherPosition) ? after.slice(otherPosition.length) : '';
  return otherPage(carrierId, query, from);
}

async function overduePage(
  carrierId: string,
  query: MatchListQuery,
  afterDueSk: string,
): Promise<MatchListPage> {
  const index = tableDefinition.indexes.carrierDue;
  const partition = indexKeys.carrierDuePartition(carrierId);
  const filter = summaryListFilter({ ...query, status: undefined, overdue: undefined });
  const positionOf = (item: Record<string, unknown>) => ({
    pk: partition,
    sk: keys.matchSummary(
      carrierId,
      indexKeys.matchOfCarrierDueSortKey(String(item[index.sortKey])),
    ).sk,
    [index.partitionKey]: partition,
    [index.sortKey]: item[index.sortKey],
  });
  const { items, next } = await queryPage(
    {
      TableName: tableName(),
      IndexName: index.name,
      KeyConditionExpression: '#duePk = :duePk AND #dueSk < :before',
      ...filter.expression,
      ExpressionAttributeNames: {
        ...filter.expression.ExpressionAttributeNames,
        '#duePk': index.partitionKey,
        '#dueSk': index.sortKey,
      },
      ExpressionAttributeValues: {
        ...filter.values,
        ':duePk': partition,
        ':before': indexKeys.carrierDueBefore(query.today),
      },
      ...(afterDueSk ? { ExclusiveStartKey: positionOf({ [index.sortKey]: afterDueSk }) } : {}),
    },
    query.limit,
    positionOf,
  );
  return {
    items,
    nextAfter: next ? `${overduePosition}${String(next[index.sortKey])}` : null,
  };
}

async function otherPage(
  carrierId: string,
  query: MatchListQuery,
  afterSk: string,
): Promise<MatchListPage> {
  const rest = await listMatchSummaries(carrierId, {
    ...query,
    overdue: false,
    ...(afterSk ? { after: afterSk } : { after: undefined }),
  });
  return {
    items: rest.items,
    nextAfter: rest.nextAfter ? `${otherPosition}${rest.nextAfter}` : null,
  };
}
