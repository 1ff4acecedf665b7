import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { indexKeys, keys, reconcileIndexShards } from './keys';
import { tableDefinition } from './table-definition';

/** A match with an item on the reconcile index. */
export interface MarkedMatch {
  readonly carrierId: string;
  readonly matchId: string;
  /** Participants whose links to the match an unfinished erasure marked. */
  readonly erasing: readonly string[];
}

/**
 * The matches whose facts (or participant links) were put on the reconcile index before
 * `before` (ISO time), at most `limit` index entries read per shard: a query per shard, never
 * a scan. `more` says that a shard had further entries.
 */
export async function findMarkedMatches(
  before: string,
  limit: number,
): Promise<{ matches: MarkedMatch[]; more: boolean }> {
  const index = tableDefinition.indexes.reconcile;
  const shards = Array.from({ length: reconcileIndexShards }, (_, shard) => shard);
  const pages = await Promise.all(
    shards.map((shard) =>
      dynamo.send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: index.name,
          KeyConditionExpression: '#pk = :shard AND #sk < :before',
          ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
          ExpressionAttributeValues: {
            ':shard': indexKeys.reconcilePartition(shard),
            ':before': indexKeys.reconcileBefore(before),
          },
          Limit: limit,
        }),
      ),
    ),
  );
  const matches = new Map<string, { carrierId: string; matchId: string; erasing: string[] }>();
  for (const item of pages.flatMap((page) => page.Items ?? [])) {
    const { carrierId, matchId } = indexKeys.parseReconcileSortKey(String(item[index.sortKey]));
    const match = matches.get(`${carrierId}/${matchId}`) ?? { carrierId, matchId, erasing: [] };
    matches.set(`${carrierId}/${matchId}`, match);
    // A keys-only index holds the item's own key: a participation names its participant.
    const participantId = keys.participantOfParticipation(String(item[tableDefinition.sortKey]));
    if (participantId !== undefined) match.erasing.push(participantId);
  }
  return { matches: [...matches.values()], more: pages.some((page) => page.LastEvaluatedKey) };
}
