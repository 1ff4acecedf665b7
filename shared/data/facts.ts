import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { writeIfCondition } from './conditional';
import type { ItemKey } from './keys';

/**
 * Orders versions of the same fact: the partner's timestamp, then the webhook id as a
 * tie-break. Keeping the greatest makes every arrival order end in the same item.
 */
export const factVersion = (occurredAt: string, webhookId: string): string =>
  `${new Date(occurredAt).toISOString()}|${webhookId}`;

/**
 * Stores a fact unless the same or a newer version is already there. A single conditional
 * put: redelivery and reordering cannot change the outcome, and no transaction is needed.
 */
export const putLatestFact = (
  key: ItemKey,
  attributes: Record<string, unknown>,
  version: string,
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...attributes, ...key, version },
        ConditionExpression: 'attribute_not_exists(pk) OR #version < :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': version },
      }),
    ),
  );
