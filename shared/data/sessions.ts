import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { isValidAt, newSecret, sessionMs, ttlSeconds } from '../domain/web-access';
import { writeIfCondition } from './conditional';
import type { StaffScope } from '../schemas/office';
import { contactGrants } from './contacts';
import { keys } from './keys';
import { staffGrants } from './staff-grants';

/**
 * Web-app sessions (SPEC §9), server-side: the cookie holds a random value, the table its
 * hash. `carrierIds` are the carriers the signed-in address is still a contact of (checked
 * on every read, see contacts.ts), `staffScopes` the programme-office staff members it still
 * is (SPEC §12, staff.ts, checked the same way). A session works on one of them at a time,
 * chosen when there are several: a carrier (`carrierId`) or a staff scope (`staffId`), never
 * both. `formToken` goes into every form of the session.
 */
export interface Session {
  readonly sessionHash: string;
  readonly addressHash: string;
  readonly carrierIds: readonly string[];
  readonly staffScopes: readonly StaffScope[];
  readonly carrierId: string | null;
  readonly staffId: string | null;
  /** The address, as its staff grants keep it (a carrier's contacts are in its profile). */
  readonly staffAddress?: string;
  readonly formToken: string;
  readonly expiresAtMs: number;
}

/** Who signs in: an address hash, and the carriers and staff members its sign-in link named. */
export interface SignInGrant {
  readonly addressHash: string;
  readonly carrierIds: readonly string[];
  readonly staffIds?: readonly string[];
}

/** The scope a session works on, when it chose a staff one. */
export const sessionStaffScope = (session: Session): StaffScope | undefined =>
  session.staffScopes.find((scope) => scope.staffId === session.staffId);

/** Of the grants a session started under, those the address still holds (by id). */
const stillHeld = (started: Record<string, string>, current: Map<string, string>) =>
  Object.keys(started).filter((id) => current.get(id) === started[id]);

/** The staff grants of an address, as grant ids and as scopes. */
async function currentStaff(addressHash: string) {
  const grants = await staffGrants(addressHash);
  return {
    grantIds: new Map([...grants].map(([staffId, grant]) => [staffId, grant.grantId])),
    scopes: new Map([...grants].map(([staffId, grant]) => [staffId, grant.scope])),
    address: [...grants.values()][0]?.email,
  };
}

/** Of `ids`, those in `current`, with their grant id. */
const pick = (ids: readonly string[], current: Map<string, string>) =>
  Object.fromEntries(
    ids.flatMap((id) => {
      const grantId = current.get(id);
      return grantId === undefined ? [] : [[id, grantId]];
    }),
  );

/**
 * Starts a session for the carriers and staff members of the link that the address still is
 * (one removed since the link was sent is left out); returns the cookie value. With one of
 * them only, it is chosen at once. A session with none left reads as none.
 */
export async function createSession(
  signIn: SignInGrant,
  now = new Date(),
): Promise<{ cookieValue: string; session: Session }> {
  const grants = pick(signIn.carrierIds, await contactGrants(signIn.addressHash));
  const staffIds = signIn.staffIds ?? [];
  const staff = staffIds.length > 0 ? await currentStaff(signIn.addressHash) : undefined;
  const staffGrantIds = staff ? pick(staffIds, staff.grantIds) : {};
  const carrierIds = Object.keys(grants);
  const staffScopes = Object.keys(staffGrantIds).map((staffId) => staff!.scopes.get(staffId)!);
  const only = carrierIds.length + staffScopes.length === 1;
  const cookieValue = newSecret();
  const session: Session = {
    sessionHash: keys.hashSecret(cookieValue),
    addressHash: signIn.addressHash,
    carrierIds,
    staffScopes,
    carrierId: only && carrierIds.length === 1 ? carrierIds[0]! : null,
    staffId: only && staffScopes.length === 1 ? staffScopes[0]!.staffId : null,
    formToken: newSecret(),
    expiresAtMs: now.getTime() + sessionMs,
  };
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.session(session.sessionHash),
        entity: 'Session',
        sessionHash: session.sessionHash,
        addressHash: session.addressHash,
        carrierIds,
        carrierId: session.carrierId,
        staffId: session.staffId,
        formToken: session.formToken,
        expiresAtMs: session.expiresAtMs,
        grants,
        staffGrants: staffGrantIds,
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
 * still a contact of one of its carriers or one of its staff members under the grant the
 * session started with.
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
  const startedStaff = (Item.staffGrants ?? {}) as Record<string, string>;
  // Each kind is looked up only when the session started with some.
  const [carrierIds, staff] = await Promise.all([
    Object.keys(started).length > 0
      ? contactGrants(Item.addressHash).then((current) => stillHeld(started, current))
      : ([] as string[]),
    Object.keys(startedStaff).length > 0 ? currentStaff(Item.addressHash) : undefined,
  ]);
  const staffIds = staff ? stillHeld(startedStaff, staff.grantIds) : [];
  if (carrierIds.length + staffIds.length === 0) return undefined;
  const chosen = typeof Item.carrierId === 'string' ? Item.carrierId : null;
  const chosenStaff = typeof Item.staffId === 'string' ? Item.staffId : null;
  return {
    sessionHash,
    addressHash: Item.addressHash,
    carrierIds,
    staffScopes: staffIds.map((staffId) => staff!.scopes.get(staffId)!),
    // A carrier or staff member the address no longer is, is no longer worked on.
    carrierId: chosen !== null && carrierIds.includes(chosen) ? chosen : null,
    staffId: chosenStaff !== null && staffIds.includes(chosenStaff) ? chosenStaff : null,
    ...(staff?.address === undefined || staffIds.length === 0
      ? {}
      : { staffAddress: staff.address }),
    formToken: String(Item.formToken),
    expiresAtMs: Number(Item.expiresAtMs),
  };
}

/** Sets what a session works on: a carrier or a staff scope (the other is cleared). */
const chooseFor = (session: Session, field: 'carrierId' | 'staffId', id: string) =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.session(session.sessionHash),
        UpdateExpression: `SET ${field} = :id REMOVE ${field === 'carrierId' ? 'staffId' : 'carrierId'}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':id': id },
      }),
    ),
  );

/** Sets the carrier a session works on; only one of the session's own carriers. */
export const chooseSessionCarrier = (session: Session, carrierId: string): Promise<boolean> =>
  session.carrierIds.includes(carrierId)
    ? chooseFor(session, 'carrierId', carrierId)
    : Promise.resolve(false);

/** Sets the staff scope a session works on; only one of the session's own. */
export const chooseSessionStaff = (session: Session, staffId: string): Promise<boolean> =>
  session.staffScopes.some((scope) => scope.staffId === staffId)
    ? chooseFor(session, 'staffId', staffId)
    : Promise.resolve(false);

export async function endSession(session: Session): Promise<void> {
  await dynamo.send(
    new DeleteCommand({ TableName: tableName(), Key: keys.session(session.sessionHash) }),
  );
}
