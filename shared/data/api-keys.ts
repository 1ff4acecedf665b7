import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { keys } from './keys';

/** What a bearer key may read (SPEC §4). */
export type ApiKeyScope = { kind: 'admin' } | { kind: 'carrier'; carrierId: string };

/**
 * Creates a key and stores only its SHA-256 hash: the key has 256 bits of entropy, so a
 * fast hash is enough, and the table never holds anything that could be replayed.
 */
export async function createApiKey(scope: ApiKeyScope, now = new Date()): Promise<string> {
  const apiKey = `tdm_${randomBytes(32).toString('base64url')}`;
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.apiKey(keys.hashApiKey(apiKey)),
        entity: 'ApiKey',
        scope,
        createdAt: now.toISOString(),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return apiKey;
}

export async function resolveApiKey(apiKey: string): Promise<ApiKeyScope | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: keys.apiKey(keys.hashApiKey(apiKey)) }),
  );
  return Item?.scope as ApiKeyScope | undefined;
}

export const mayReadCarrier = (scope: ApiKeyScope, carrierId: string): boolean =>
  scope.kind === 'admin' || scope.carrierId === carrierId;
