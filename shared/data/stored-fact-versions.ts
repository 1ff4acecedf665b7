import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { ItemKey } from './keys';

/** A stored item's attributes, with the `version` its fact was written with. */
export type StoredItem = Record<string, unknown> & { readonly version?: string };

/** BatchGetItem takes at most 100 keys a call. */
const batchGetLimit = 100;

const keyId = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

/**
 * Reads many items by key, 100 a call, strongly consistent (an import compares with what is
 * really stored). Keys the table does not hold are absent from the result.
 */
export async function getItems(keys: readonly ItemKey[]): Promise<Map<string, StoredItem>> {
  const found = new Map<string, StoredItem>();
  const unique = [...new Map(keys.map((key) => [keyId(key), key])).values()];
  for (let start = 0; start < unique.length; start += batchGetLimit) {
    let pending: Record<string, unknown>[] | undefined = unique
      .slice(start, start + batchGetLimit)
      .map((key) => ({ pk: key.pk, sk: key.sk }));
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      const result: BatchGetCommandOutput = await dynamo.send(
        new BatchGetCommand({
          RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } },
        }),
      );
      for (const item of result.Responses?.[tableName()] ?? []) {
        found.set(keyId({ pk: String(item.pk), sk: String(item.sk) }), item as StoredItem);
      }
      pending = result.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return found;
}

/** The lookup key of `getItems`' result for one item key. */
export const storedItemId = keyId;
