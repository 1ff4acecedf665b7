import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { isValidAt, newSecret, ttlSeconds } from '../domain/web-access';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

/**
 * Link tokens of the web app (SPEC §9): a sign-in link (single use, 30 minutes; 7 days when
 * it invites a carrier's coordinator, SPEC §12) or a
 * "contact done" link from a digest (one match, 14 days). The token goes into the link; the
 * table keeps only its SHA-256, so a copy of the table opens nothing.
 */
export type LinkGrant =
  | {
      readonly kind: 'signIn';
      readonly addressHash: string;
      readonly carrierIds: string[];
      /** Programme-office staff members of the address (SPEC §12); none in older tokens. */
      readonly staffIds?: string[];
    }
  | { readonly kind: 'contactDone'; readonly carrierId: string; readonly matchId: string };

export type StoredLink = LinkGrant & {
  readonly tokenHash: string;
  readonly expiresAtMs: number;
  readonly usedAt: string | null;
};

/** Creates a token granting `grant` until `now + validMs`; returns the token (for the link). */
export async function createLinkToken(
  grant: LinkGrant,
  validMs: number,
  now = new Date(),
): Promise<string> {
  const token = newSecret();
  const expiresAtMs = now.getTime() + validMs;
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: tokenItem(token, grant, now, expiresAtMs),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return token;
}

/** BatchWriteItem takes at most 25 items a call. */
const batchWriteSize = 25;
/** Unprocessed items are retried with growing pauses, this often at most. */
const maxBatchAttempts = 8;

const tokenItem = (token: string, grant: LinkGrant, now: Date, expiresAtMs: number) => ({
  ...keys.linkToken(keys.hashSecret(token)),
  entity: 'LinkToken',
  ...grant,
  createdAt: now.toISOString(),
  expiresAtMs,
  expiresAt: ttlSeconds(expiresAtMs),
});

/**
 * Creates one token per grant, 25 to a BatchWriteItem call, retrying the items DynamoDB
 * leaves unprocessed; returns the tokens in the order of `grants`. No condition is needed:
 * each token is ≥ 128 random bits, so no two are the same.
 */
export async function createLinkTokens(
  grants: readonly LinkGrant[],
  validMs: number,
  now = new Date(),
): Promise<string[]> {
  const expiresAtMs = now.getTime() + validMs;
  const tokens = grants.map(() => newSecret());
  const items = grants.map((grant, index) => tokenItem(tokens[index]!, grant, now, expiresAtMs));
  for (let start = 0; start < items.length; start += batchWriteSize) {
    let requests = items
      .slice(start, start + batchWriteSize)
      .map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; requests.length > 0; attempt++) {
      if (attempt > maxBatchAttempts) throw new Error('Link tokens left unprocessed');
      if (attempt > 1) await sleep(50 * 2 ** (attempt - 2));
      const { UnprocessedItems } = await dynamo.send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName()] ?? []) as typeof requests;
    }
  }
  return tokens;
}

/**
 * The token's grant if it exists and has not expired at `now` (TTL deletion can lag by
 * days, so the expiry is checked here); used tokens are returned with `usedAt` set.
 */
export async function readLinkToken(
  token: string,
  now = new Date(),
): Promise<StoredLink | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const tokenHash = keys.hashSecret(token);
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.linkToken(tokenHash),
      ConsistentRead: true,
    }),
  );
  if (!Item || !isValidAt(Number(Item.expiresAtMs), now)) return undefined;
  const common = {
    tokenHash,
    expiresAtMs: Number(Item.expiresAtMs),
    usedAt: typeof Item.usedAt === 'string' ? Item.usedAt : null,
  };
  if (Item.kind === 'signIn') {
    return {
      kind: 'signIn',
      addressHash: String(Item.addressHash),
      carrierIds: (Item.carrierIds as string[]).map(String),
      staffIds: ((Item.staffIds ?? []) as string[]).map(String),
      ...common,
    };
  }
  if (Item.kind === 'contactDone') {
    return {
      kind: 'contactDone',
      carrierId: String(Item.carrierId),
      matchId: String(Item.matchId),
      ...common,
    };
  }
  return undefined;
}

/**
 * Marks the token used, once: a conditional update that succeeds for exactly one caller,
 * and only while the token is unexpired. Returns whether this call used it.
 */
export const useLinkToken = (tokenHash: string, now = new Date()): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.linkToken(tokenHash),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression:
          'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAtMs > :nowMs',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':nowMs': now.getTime() },
      }),
    ),
  );
