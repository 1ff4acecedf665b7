import { tableName } from '../config/runtime-env';
import { dueIndexShards, indexKeys } from './keys';
import { queryAll } from './query-all';
import { tableDefinition } from './table-definition';

/** A due-index entry: an active match and the date its next contact was due. */
export interface DueEntry {
  readonly carrierId: string;
  readonly matchId: string;
  readonly nextDueOn: string;
}

/**
 * Every active match whose contact was due before `date`, from the sparse due index: one
 * query per shard, reading only the overdue entries, never the whole table.
 */
export async function findOverdueMatches(date: string): Promise<DueEntry[]> {
  const index = tableDefinition.indexes.due;
  const shards = Array.from({ length: dueIndexShards }, (_, shard) => shard);
  const pages = await Promise.all(
    shards.map((shard) =>
      queryAll({
        TableName: tableName(),
        IndexName: index.name,
        KeyConditionExpression: '#pk = :shard AND #sk < :before',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
        ExpressionAttributeValues: {
          ':shard': indexKeys.duePartition(shard),
          ':before': indexKeys.dueBefore(date),
        },
      }),
    ),
  );
  return pages.flat().map((item) => indexKeys.parseDueSortKey(String(item[index.sortKey])));
}
