import { randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-names';
import { keys } from './keys';
import { queryAll } from './query-all';

/** What a bearer key may read (SPEC §4). */
export type ApiKeyScope = { kind: 'admin' } | { kind: 'carrier'; carrierId: string };

/** An admin key reads every carrier: it expires, by default after this many days. */
export const defaultAdminKeyDays = 90;

/** A key as `api-keys list` shows it: never the key, nor its whole hash. */
export interface ApiKeyEntry {
  readonly id: string;
  readonly scope: ApiKeyScope['kind'];
  readonly carrierId?: string;
  readonly createdAt: string;
  /** ISO timestamp; null for a key that does not expire (a carrier's). */
  readonly expiresAt: string | null;
}

export class UnknownApiKeyError extends Error {
  override readonly name = 'UnknownApiKeyError';
}

/**
 * Creates a key and stores only its SHA-256 hash: the key has 256 bits of entropy, so a
 * fast hash is enough, and the table never holds anything that could be replayed. A
 * registry entry under its id lets the operator list and revoke keys without a scan.
 */
export async function createApiKey(
  scope: ApiKeyScope,
  now = new Date(),
  options: { expiresAt?: Date } = {},
): Promise<string> {
  const apiKey = `tdm_${randomBytes(32).toString('base64url')}`;
  const hash = keys.hashApiKey(apiKey);
  const id = keys.apiKeyId(hash);
  const attributes = {
    keyId: id,
    scope,
    createdAt: now.toISOString(),
    expiresAt: options.expiresAt?.toISOString() ?? null,
  };
  // The registry entry first: a key that exists is always listed, so it can be revoked.
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.apiKeyRegistryEntry(id), entity: 'ApiKeyEntry', hash, ...attributes },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.apiKey(hash), entity: 'ApiKey', ...attributes },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return apiKey;
}

/** An admin key that expires after `days` days (default 90). */
export const createAdminApiKey = (days = defaultAdminKeyDays, now = new Date()) =>
  createApiKey({ kind: 'admin' }, now, {
    expiresAt: new Date(now.getTime() + days * 24 * 60 * 60 * 1000),
  });

/** The key's scope; undefined for an unknown, revoked or expired key (all a 401). */
export async function resolveApiKey(
  apiKey: string,
  now = new Date(),
): Promise<ApiKeyScope | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: keys.apiKey(keys.hashApiKey(apiKey)) }),
  );
  if (!Item) return undefined;
  if (typeof Item.expiresAt === 'string' && Date.parse(Item.expiresAt) <= now.getTime()) {
    return undefined;
  }
  return Item.scope as ApiKeyScope;
}

export const mayReadCarrier = (scope: ApiKeyScope, carrierId: string): boolean =>
  scope.kind === 'admin' || scope.carrierId === carrierId;

/** Every key of the deployment, oldest first by id order; from the registry, no scan. */
export async function listApiKeys(): Promise<ApiKeyEntry[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.apiKeyRegistryPartition },
  });
  return items
    .map((item) => {
      const scope = item.scope as ApiKeyScope;
      return {
        id: String(item.keyId),
        scope: scope.kind,
        ...(scope.kind === 'carrier' ? { carrierId: scope.carrierId } : {}),
        createdAt: String(item.createdAt),
        expiresAt: typeof item.expiresAt === 'string' ? item.expiresAt : null,
      };
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** One carrier's keys (`/app/connect`): never the admin keys nor another carrier's. */
export const listCarrierApiKeys = async (carrierId: string): Promise<ApiKeyEntry[]> =>
  (await listApiKeys()).filter((entry) => entry.carrierId === carrierId);

/**
 * Revokes a key by its id: the key answers 401 from now on. With `ofCarrier`, only a key of
 * that carrier: any other id (an admin key's, another carrier's) is unknown to it.
 */
export async function revokeApiKey(id: string, ofCarrier?: string): Promise<{ revoked: string }> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.apiKeyRegistryEntry(id),
      ConsistentRead: true,
    }),
  );
  const scope = Item?.scope as ApiKeyScope | undefined;
  const foreign =
    ofCarrier !== undefined && (scope?.kind !== 'carrier' || scope.carrierId !== ofCarrier);
  if (!Item || typeof Item.hash !== 'string' || foreign) {
    throw new UnknownApiKeyError(`No API key ${id}`);
  }
  await dynamo.send(new DeleteCommand({ TableName: tableName(), Key: keys.apiKey(Item.hash) }));
  await dynamo.send(
    new DeleteCommand({ TableName: tableName(), Key: keys.apiKeyRegistryEntry(id) }),
  );
  return { revoked: id };
}
