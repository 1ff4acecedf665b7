import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { NewUmbrella, Umbrella } from '../schemas/office';
import { keys } from './keys';
import { queryAll } from './query-all';

/** The umbrella organisations (SPEC §1, §12): one partition, a handful of items. */

const newUmbrellaId = (): string => `u-${randomBytes(8).toString('hex')}`;

const umbrellaOf = (item: Record<string, unknown>): Umbrella => ({
  umbrellaId: String(item.umbrellaId),
  name: String(item.name),
  createdAt: String(item.createdAt),
});

/**
 * Stores a new umbrella; its name comes parsed by `newUmbrellaSchema` (the CLI and the
 * office's form), so the pages that only read umbrellas carry no schema library.
 */
export async function addUmbrella({ name }: NewUmbrella, now = new Date()) {
  const umbrellaId = newUmbrellaId();
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.umbrella(umbrellaId),
        entity: 'Umbrella',
        umbrellaId,
        name,
        createdAt: now.toISOString(),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { umbrellaId };
}

export async function getUmbrella(umbrellaId: string): Promise<Umbrella | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: keys.umbrella(umbrellaId) }),
  );
  return Item ? umbrellaOf(Item) : undefined;
}

/** Every umbrella, by name. */
export async function listUmbrellas(): Promise<Umbrella[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.umbrellasPartition },
  });
  return items.map(umbrellaOf).sort((a, b) => a.name.localeCompare(b.name));
}
