import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { Carrier } from '../schemas/carrier';
import { indexKeys, keys } from './keys';
import { queryAll } from './query-all';
import { tableDefinition } from './table-definition';

// Carrier profiles as the functions that read them need them: no crypto here, so the read
// API, reports and web app carry no KMS client; no schema library either, since a profile is
// checked where it is written (carrier-onboarding.ts, carrier-contacts.ts) and trusted on read.

export type { Carrier, NewCarrier, SealedWebhookSecret } from '../schemas/carrier';

export class UnknownCarrierError extends Error {
  override readonly name = 'UnknownCarrierError';
}

export async function getCarrier(carrierId: string): Promise<Carrier | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.carrierProfile(carrierId),
      // A secret rotated a moment ago must verify at once.
      ConsistentRead: true,
    }),
  );
  return Item ? (stripKeys(Item) as Carrier) : undefined;
}

const stripKeys = (item: Record<string, unknown>) => {
  const attributes = { ...item };
  for (const name of [
    'pk',
    'sk',
    'entity',
    tableDefinition.indexes.carriers.partitionKey,
    tableDefinition.indexes.carriers.sortKey,
  ]) {
    delete attributes[name];
  }
  return attributes;
};

/** Every carrier id of the deployment, from the sparse carriers index (no scan). */
export async function listCarrierIds(): Promise<string[]> {
  const index = tableDefinition.indexes.carriers;
  const items = await queryAll({
    TableName: tableName(),
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index.partitionKey },
    ExpressionAttributeValues: { ':pk': indexKeys.carriersPartition },
  });
  return items.map((item) => String(item[index.sortKey]));
}
