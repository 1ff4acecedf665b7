import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { isValidAt, newSecret, sessionMs, ttlSeconds } from '../domain/web-access';
import { writeIfCondition } from './conditional';
import { contactGrants } from './contacts';
import { keys } from './keys';

/**
 * Web-app sessions (SPEC §9), server-side: the cookie holds a random value, the table its
 * hash. `carrierIds` are the carriers the signed-in address is still a contact of (checked
 * on every read, see contacts.ts); `carrierId` is the one the coordinator works on (chosen
 * when there are several); `formToken` goes into every form of the session.
 */
export interface Session {
  readonly sessionHash: string;
  readonly addressHash: string;
  readonly carrierIds: readonly string[];
  readonly carrierId: string | null;
  readonly formToken: string;
  readonly expiresAtMs: number;
}

/** Who signs in: an address hash, and the carriers its sign-in link named. */
export interface SignInGrant {
  readonly addressHash: string;
  readonly carrierIds: readonly string[];
}

/**
 * Starts a session for the carriers of the link that the address is a contact of now (one
 * removed since the link was sent is left out); returns the cookie value. A session with no
 * carrier left reads as none.
 */
export async function createSession(
  signIn: SignInGrant,
  now = new Date(),
): Promise<{ cookieValue: string; session: Session }> {
  const current = await contactGrants(signIn.addressHash);
  const grants = Object.fromEntries(
    signIn.carrierIds.flatMap((carrierId) => {
      const grantId = current.get(carrierId);
      return grantId === undefined ? [] : [[carrierId, grantId]];
    }),
  );
  const carrierIds = Object.keys(grants);
  const cookieValue = newSecret();
  const session: Session = {
    sessionHash: keys.hashSecret(cookieValue),
    addressHash: signIn.addressHash,
    carrierIds,
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
        grants,
        createdAt: now.toISOString(),
        expiresAt: ttlSeconds(session.expiresAtMs),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { cookieValue, session };
}

/**
 * The session of a cookie value, if it exists, has not expired at `now`, and its address is
 * still a contact of one of its carriers under the grant the session started with.
 */
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
  // Sessions from before grants existed name no address: they end, and sign-in starts anew.
  if (typeof Item.addressHash !== 'string') return undefined;
  const started = (Item.grants ?? {}) as Record<string, string>;
  const current = await contactGrants(Item.addressHash);
  const carrierIds = Object.keys(started).filter(
    (carrierId) => current.get(carrierId) === started[carrierId],
  );
  if (carrierIds.length === 0) return undefined;
  const chosen = typeof Item.carrierId === 'string' ? Item.carrierId : null;
  return {
    sessionHash,
    addressHash: Item.addressHash,
    carrierIds,
    // A carrier the address no longer belongs to is no longer worked on.
    carrierId: chosen !== null && carrierIds.includes(chosen) ? chosen : null,
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
