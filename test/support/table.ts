import { tableName } from '../../shared/config/runtime-env';
import { keys } from '../../shared/data/keys';
import { queryAll } from '../../shared/data/query-all';

/** Every item of a carrier's partition, straight from the table, without the profile. */
export async function carrierItems(carrierId: string): Promise<Record<string, unknown>[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.carrierPartition(carrierId) },
    ConsistentRead: true,
  });
  return items.filter((item) => item.sk !== keys.carrierProfile(carrierId).sk);
}
