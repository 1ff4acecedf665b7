import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { isValidAt, newSecret, sessionMs, ttlSeconds } from '../domain/web-access';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

/**
 * Web-app sessions (SPEC §9), server-side: the cookie holds a random value, the table its
 * hash. `carrierId` is the carrier the coordinator works on (chosen when the address
 * belongs to several); `formToken` goes into every form of the session.
 */
export interface Session {
  readonly sessionHash: string;
  readonly carrierIds: readonly string[];
  readonly carrierId: string | null;
  readonly formToken: string;
  readonly expiresAtMs: number;
}

/** Starts a session; returns the cookie value. */
export async function createSession(
  carrierIds: readonly string[],
  now = new Date(),
): Promise<{ cookieValue: string; session: Session }> {
  const cookieValue = newSecret();
  const session: Session = {
    sessionHash: keys.hashSecret(cookieValue),
    carrierIds: [...carrierIds],
    carrierId: carrierIds.length === 1 ? carrierIds[0]! : null,
    formToken: newSecret(),
    expiresAtMs: now.getTime() + sessionMs,
  };
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.session(session.sessionHash),
        entity: 'Session',
        ...session,
        createdAt: now.toISOString(),
        expiresAt: ttlSeconds(session.expiresAtMs),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { cookieValue, session };
}

/** The session of a cookie value, if it exists and has not expired at `now`. */
export async function readSession(
  cookieValue: string | undefined,
  now = new Date(),
): Promise<Session | undefined> {
  if (!cookieValue || !/^[A-Za-z0-9_-]{20,100}$/.test(cookieValue)) return undefined;
  const sessionHash = keys.hashSecret(cookieValue);
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.session(sessionHash),
      ConsistentRead: true,
    }),
  );
  // TTL deletion can lag by days: the expiry is checked on every read.
  if (!Item || !isValidAt(Number(Item.expiresAtMs), now)) return undefined;
  return {
    sessionHash,
    carrierIds: (Item.carrierIds as string[]).map(String),
    carrierId: typeof Item.carrierId === 'string' ? Item.carrierId : null,
    formToken: String(Item.formToken),
    expiresAtMs: Number(Item.expiresAtMs),
  };
}

/** Sets the carrier a session works on; only one of the session's own carriers. */
export const chooseSessionCarrier = (session: Session, carrierId: string): Promise<boolean> =>
  session.carrierIds.includes(carrierId)
    ? writeIfCondition(() =>
        dynamo.send(
          new UpdateCommand({
            TableName: tableName(),
            Key: keys.session(session.sessionHash),
            UpdateExpression: 'SET carrierId = :carrierId',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':carrierId': carrierId },
          }),
        ),
      )
    : Promise.resolve(false);

export async function endSession(session: Session): Promise<void> {
  await dynamo.send(
    new DeleteCommand({ TableName: tableName(), Key: keys.session(session.sessionHash) }),
  );
}
