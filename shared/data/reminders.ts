import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { OverdueMatch, ReminderLevel } from '../domain/reminders';
import { writeIfCondition } from './conditional';
import { mapLimit } from '../async/map-limit';
import { keys } from './keys';
import { queryAll } from './query-all';
import { getItems, storedItemId } from './stored-fact-versions';

/** The listed reminders are marked sent a few at a time. */
const claimReadConcurrency = 16;

/** The digest a reminder belongs to: one per carrier, day and level. */
const digestOf = (date: string, level: ReminderLevel): string => `${date}#${level}`;

/** Digest bookkeeping is kept for a while for support questions, then expires (TTL). */
const digestRetentionSeconds = 90 * 24 * 3600;
const expiresAt = (now: Date) => Math.floor(now.getTime() / 1000) + digestRetentionSeconds;

/**
 * Puts a reminder into the carrier's digest of `date` unless it has been sent already.
 * The claim is keyed by (match, due date, level): a match is listed at most once per due
 * date and level, however often or concurrently the sweep runs. A claim whose digest was
 * never sent moves to today's digest, so a crash between deciding and sending loses nothing.
 * Returns whether the reminder is (still) to be sent with this digest; the sender's lease and
 * the claim's `sentAt` keep a digest announced twice from being sent twice.
 */
export async function claimReminder(
  carrierId: string,
  date: string,
  level: ReminderLevel,
  match: OverdueMatch,
  now = new Date(),
): Promise<boolean> {
  const claimed = await writeIfCondition(() =>
    dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.reminderClaim(carrierId, match.matchId, match.nextDueOn, level),
          entity: 'ReminderClaim',
          matchId: match.matchId,
          nextDueOn: match.nextDueOn,
          level,
          digest: digestOf(date, level),
          claimedAt: now.toISOString(),
        },
        ConditionExpression: 'attribute_not_exists(sentAt)',
      }),
    ),
  );
  if (!claimed) return false;
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.digestMember(carrierId, date, level, match.matchId),
        entity: 'DigestMember',
        ...match,
        expiresAt: expiresAt(now),
      },
    }),
  );
  return true;
}

/**
 * Takes the digest's lease for `owner` so that one sender at a time sends it, unless the
 * digest went out already (its `sentAt`). A lease left by a crashed sender expires, so its
 * retry can take over; a live sender renews it (`renewDigestLease`) for as long as it works.
 */
export const acquireDigestLease = (
  carrierId: string,
  date: string,
  level: ReminderLevel,
  leaseMs: number,
  owner: string,
  now = new Date(),
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reminderDigest(carrierId, date, level),
        UpdateExpression:
          'SET leaseUntil = :until, leaseOwner = :owner, entity = :entity, expiresAt = :expiresAt',
        ConditionExpression:
          'attribute_not_exists(sentAt) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
        ExpressionAttributeValues: {
          ':until': now.getTime() + leaseMs,
          ':owner': owner,
          ':now': now.getTime(),
          ':entity': 'ReminderDigest',
          ':expiresAt': expiresAt(now),
        },
      }),
    ),
  );

/** Extends `owner`'s lease to `now + leaseMs`; false when the lease is no longer its own. */
export const renewDigestLease = (
  carrierId: string,
  date: string,
  level: ReminderLevel,
  leaseMs: number,
  owner: string,
  now = new Date(),
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reminderDigest(carrierId, date, level),
        UpdateExpression: 'SET leaseUntil = :until',
        ConditionExpression: 'leaseOwner = :owner AND leaseUntil >= :now',
        ExpressionAttributeValues: {
          ':until': now.getTime() + leaseMs,
          ':owner': owner,
          ':now': now.getTime(),
        },
      }),
    ),
  );

/** Whether the digest e-mail of this carrier, day and (lease) level went out. */
export async function digestSent(
  carrierId: string,
  date: string,
  level: ReminderLevel,
): Promise<boolean> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.reminderDigest(carrierId, date, level),
      ConsistentRead: true,
    }),
  );
  return Item?.sentAt !== undefined;
}

/**
 * Gives the lease back, only if `owner` still holds it: a sender that outlived its lease
 * must not release the lease another sender has taken since. Returns whether it released.
 */
export const releaseDigestLease = (
  carrierId: string,
  date: string,
  level: ReminderLevel,
  owner: string,
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reminderDigest(carrierId, date, level),
        UpdateExpression: 'REMOVE leaseUntil, leaseOwner',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':owner': owner },
      }),
    ),
  );

/**
 * The digest's reminders that are still to be sent (and still belong to it), most overdue
 * first. The claims are read 100 keys a call: a backlog of thousands stays a few calls.
 */
export async function unsentReminders(
  carrierId: string,
  date: string,
  level: ReminderLevel,
): Promise<OverdueMatch[]> {
  const members = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.digestMembersPrefix(date, level),
    },
    ConsistentRead: true,
  });
  const matches = members.map((member) => ({
    matchId: String(member.matchId),
    nextDueOn: String(member.nextDueOn),
    overdueDays: Number(member.overdueDays),
  }));
  const claimKeyOf = (match: OverdueMatch) =>
    keys.reminderClaim(carrierId, match.matchId, match.nextDueOn, level);
  const claims = await getItems(matches.map(claimKeyOf));
  return matches
    .filter((match) => {
      const claim = claims.get(storedItemId(claimKeyOf(match)));
      return claim && claim.sentAt === undefined && claim.digest === digestOf(date, level);
    })
    .sort((a, b) => b.overdueDays - a.overdueDays || a.matchId.localeCompare(b.matchId));
}

/**
 * Records that the digest e-mail went out: the reminders it listed are sent (each claim by
 * its level), and the digest itself is, so that a redelivery of its event sends nothing more
 * that day. The reminders it only counted ("and N more") stay unsent: the next day's sweep
 * claims them into its digest, where they are listed in their turn (SPEC §5: listed once).
 */
export async function markDigestSent(
  carrierId: string,
  date: string,
  leaseLevel: ReminderLevel,
  listed: readonly { level: ReminderLevel; match: OverdueMatch }[],
  counted: number,
  messageId: string,
  now = new Date(),
): Promise<void> {
  await mapLimit(listed, claimReadConcurrency, ({ level, match }) =>
    writeIfCondition(() =>
      dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.reminderClaim(carrierId, match.matchId, match.nextDueOn, level),
          UpdateExpression: 'SET sentAt = :sentAt, messageId = :messageId',
          ConditionExpression: 'attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':sentAt': now.toISOString(), ':messageId': messageId },
        }),
      ),
    ),
  );
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.reminderDigest(carrierId, date, leaseLevel),
      UpdateExpression:
        'ADD emailsSent :one, remindersSent :listed SET sentAt = :now, remindersCounted = :counted, messageId = :messageId',
      ExpressionAttributeValues: {
        ':one': 1,
        ':listed': listed.length,
        ':counted': counted,
        ':now': now.toISOString(),
        ':messageId': messageId,
      },
    }),
  );
}

/** Whether the reminder for this match, due date and level has been sent. */
export async function reminderSent(
  carrierId: string,
  level: ReminderLevel,
  match: Pick<OverdueMatch, 'matchId' | 'nextDueOn'>,
): Promise<boolean> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.reminderClaim(carrierId, match.matchId, match.nextDueOn, level),
      ConsistentRead: true,
    }),
  );
  return Item?.sentAt !== undefined;
}
