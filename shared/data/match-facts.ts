import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { CheckInOnSummary, MatchFacts } from '../domain/match-summary';
import { erasedParticipant } from '../domain/match-summary';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../schemas/webhooks';
import { writeIfCondition } from './conditional';
import { putLatestFact } from './facts';
import { indexKeys, keys, type ItemKey } from './keys';
import { queryAll } from './query-all';
import { tableDefinition } from './table-definition';

type FactItem =
  | ({ fact: 'created' } & MatchCreated)
  | ({ fact: 'checkIn' } & CheckInRecorded)
  | ({ fact: 'ended' } & MatchEnded);

const entity = 'MatchFact';

/**
 * A stored match fact the summary may not reflect yet (see the protocol in
 * match-summaries.ts). `true` while pending; `pendingCause` says why, and is what the mark's
 * removal checks, so a mark set again meanwhile is never taken off by mistake.
 */
export const summaryPendingAttribute = 'summaryPending';
const pendingCauseAttribute = 'pendingCause';
/** The cause of a check-in stored where none was: the summary cannot count it yet. */
export const newCheckIn = 'new';
/** The cause of a `match.created` or `match.ended` version stored: re-derive. */
const storedFact = 'stored';

/** Names one version of one fact item, as the summary remembers it while applying it. */
export const summaryToken = (sk: string, version: string): string => `${sk}|${version}`;

const reconcileNames = () => {
  const { partitionKey, sortKey } = tableDefinition.indexes.reconcile;
  return { '#reconcilePk': partitionKey, '#reconcileSk': sortKey };
};

/** Every field a check-in may have: a version without one drops what an older one had. */
const checkInFields = [
  'checkInId',
  'matchId',
  'occurredOn',
  'with',
  'channel',
  'concern',
] as const satisfies readonly (keyof CheckInRecorded)[];

/** Stores a match fact unless the same or a newer version is there, marked pending. */
const putPendingFact = (key: ItemKey, attributes: Record<string, unknown>, version: string) =>
  putLatestFact(
    key,
    { ...attributes, [summaryPendingAttribute]: true, [pendingCauseAttribute]: storedFact },
    version,
  );

/**
 * Stores a `match.created` pending and on the reconcile index at once (`markedAt`: its
 * receipt), unlike a check-in, which goes on the index only when a delivery finds it still
 * pending: its participants' links follow the put, and a delivery that dies for good right
 * after it (every attempt) must leave the reconciliation something to find. Its mark stays
 * until the links are written (match-summaries.ts `linksWritten`).
 */
export const putMatchCreated = (
  carrierId: string,
  data: MatchCreated,
  version: string,
  markedAt: string,
) => {
  const { partitionKey, sortKey } = tableDefinition.indexes.reconcile;
  const mark = indexKeys.reconcile(carrierId, data.matchId, markedAt);
  return putPendingFact(
    keys.matchFact(carrierId, data.matchId, { kind: 'created' }),
    {
      entity,
      fact: 'created',
      ...data,
      [partitionKey]: mark[partitionKey],
      [sortKey]: mark[sortKey],
    },
    version,
  );
};

/**
 * Stores a check-in unless the same or a newer version is there, marked pending. One
 * conditional UpdateItem, so the mark says what was stored before, from the item itself:
 * `new` when nothing was, else the version it replaced (which the summary may still count).
 * Returns whether it wrote.
 */
export async function putCheckIn(
  carrierId: string,
  data: CheckInRecorded,
  version: string,
): Promise<boolean> {
  const key = keys.matchFact(carrierId, data.matchId, {
    kind: 'checkIn',
    checkInId: data.checkInId,
  });
  const names: Record<string, string> = {
    '#version': 'version',
    '#pending': summaryPendingAttribute,
    '#cause': pendingCauseAttribute,
  };
  const values: Record<string, unknown> = {
    ':version': version,
    ':true': true,
    ':new': newCheckIn,
  };
  // Read before the write: `#cause` gets the version this one replaces, or `new`.
  const sets = [
    '#version = :version',
    '#pending = :true',
    '#cause = if_not_exists(#version, :new)',
  ];
  const removes: string[] = [];
  const fields: Record<string, unknown> = { entity, fact: 'checkIn', ...data };
  for (const [index, name] of ['entity', 'fact', ...checkInFields].entries()) {
    names[`#a${index}`] = name;
    if (fields[name] === undefined) {
      removes.push(`#a${index}`);
    } else {
      values[`:a${index}`] = fields[name];
      sets.push(`#a${index} = :a${index}`);
    }
  }
  const update = `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`;
  return writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: update,
        ConditionExpression: 'attribute_not_exists(pk) OR #version < :version',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    ),
  );
}

/** A stored fact still waiting for its summary: its version and why it waits. */
export interface PendingMark {
  readonly version: string;
  readonly cause: string;
}

/** A stored check-in as the summary protocol needs it. */
export interface StoredCheckIn {
  readonly checkInId: string;
  readonly version: string;
  readonly token: string;
  readonly checkIn: CheckInOnSummary;
  readonly pending?: PendingMark;
  /** On the reconcile index (pending or not). */
  readonly indexed: boolean;
}

const pendingMarkOf = (item: Record<string, unknown>): PendingMark | undefined =>
  item[summaryPendingAttribute] === true
    ? { version: String(item.version), cause: String(item[pendingCauseAttribute]) }
    : undefined;

/** The stored check-in, read strongly consistent; undefined when none is stored. */
export async function readCheckIn(
  carrierId: string,
  matchId: string,
  checkInId: string,
): Promise<StoredCheckIn | undefined> {
  const key = keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId });
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const pending = pendingMarkOf(Item);
  return {
    checkInId,
    version: String(Item.version),
    token: summaryToken(key.sk, String(Item.version)),
    checkIn: {
      occurredOn: String(Item.occurredOn),
      with: Item.with as CheckInOnSummary['with'],
      ...(Item.concern === undefined ? {} : { concern: Item.concern === true }),
    },
    ...(pending ? { pending } : {}),
    indexed: isOnReconcileIndex(Item),
  };
}

/** Whether the fact stored under `key` is marked pending (read strongly consistent). */
export async function isFactPending(key: ItemKey): Promise<boolean> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: key,
      ProjectionExpression: '#pending',
      ExpressionAttributeNames: { '#pending': summaryPendingAttribute },
      ConsistentRead: true,
    }),
  );
  return Item?.[summaryPendingAttribute] === true;
}

/**
 * Puts a pending fact on the reconcile index, where the daily reconciliation finds it should
 * every further attempt of its delivery fail. Only while it is still pending.
 */
export const markForReconciliation = (
  carrierId: string,
  matchId: string,
  key: ItemKey,
  markedAt: string,
): Promise<boolean> => {
  const indexKeyValues = indexKeys.reconcile(carrierId, matchId, markedAt);
  const { partitionKey, sortKey } = tableDefinition.indexes.reconcile;
  return writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET #reconcilePk = :pk, #reconcileSk = :sk',
        ConditionExpression: 'attribute_exists(#pending)',
        ExpressionAttributeNames: { ...reconcileNames(), '#pending': summaryPendingAttribute },
        ExpressionAttributeValues: {
          ':pk': indexKeyValues[partitionKey],
          ':sk': indexKeyValues[sortKey],
        },
      }),
    ),
  );
};

/**
 * Step 2 of the protocol (match-summaries.ts): the put changed nothing, yet the fact is still
 * pending, so an attempt before this one (or one running beside it) did not finish.
 */
export async function markIfStillPending(
  carrierId: string,
  matchId: string,
  key: ItemKey,
): Promise<void> {
  if (await isFactPending(key)) {
    await markForReconciliation(carrierId, matchId, key, new Date().toISOString());
  }
}

/**
 * The summary reflects this version of the fact now: take its mark off, unless a newer
 * version or a new mark came meanwhile. A reconcile entry stays until the summary has
 * forgotten the fact's token too (`removeReconcileEntry`), so a crash in between leaves
 * something for the reconciliation to find.
 */
export const clearPendingMark = (key: ItemKey, mark: PendingMark): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'REMOVE #pending, #cause',
        ConditionExpression: '#version = :version AND #cause = :cause',
        ExpressionAttributeNames: {
          '#version': 'version',
          '#pending': summaryPendingAttribute,
          '#cause': pendingCauseAttribute,
        },
        ExpressionAttributeValues: { ':version': mark.version, ':cause': mark.cause },
      }),
    ),
  );

/** The fact is settled (no mark, its token forgotten): off the reconcile index. */
export const removeReconcileEntry = (key: ItemKey): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'REMOVE #reconcilePk, #reconcileSk',
        ConditionExpression: 'attribute_not_exists(#pending) AND attribute_exists(#reconcilePk)',
        ExpressionAttributeNames: { ...reconcileNames(), '#pending': summaryPendingAttribute },
      }),
    ),
  );

const isOnReconcileIndex = (item: Record<string, unknown>): boolean =>
  item[tableDefinition.indexes.reconcile.partitionKey] !== undefined;

export const putMatchEnded = (carrierId: string, data: MatchEnded, version: string) =>
  putPendingFact(
    keys.matchFact(carrierId, data.matchId, { kind: 'ended' }),
    { entity, fact: 'ended', ...data },
    version,
  );

const toMatchFacts = (matchId: string, items: readonly FactItem[]): MatchFacts => {
  let created: MatchCreated | undefined;
  let ended: MatchFacts['ended'];
  const checkIns: MatchFacts['checkIns'][number][] = [];
  for (const item of items) {
    if (item.fact === 'created') {
      created = {
        matchId: item.matchId,
        mentorId: item.mentorId,
        menteeId: item.menteeId,
        startedOn: item.startedOn,
        programme: item.programme,
        ...(item.group === undefined ? {} : { group: item.group }),
      };
    } else if (item.fact === 'ended') {
      ended = { endedOn: item.endedOn, reason: item.reason };
    } else {
      checkIns.push({
        checkInId: item.checkInId,
        occurredOn: item.occurredOn,
        with: item.with,
        channel: item.channel,
        ...(item.concern === undefined ? {} : { concern: item.concern }),
      });
    }
  }
  return { matchId, created, ended, checkIns };
};

/** The facts of one match, strongly consistent: every fact item of the match. */
const queryMatchFactItems = (carrierId: string, matchId: string) =>
  queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.matchFactsPrefix(matchId),
    },
    ConsistentRead: true,
  });

/** The facts of one match, each the latest version stored. */
export async function readMatchFacts(carrierId: string, matchId: string): Promise<MatchFacts> {
  return toMatchFacts(matchId, (await queryMatchFactItems(carrierId, matchId)) as FactItem[]);
}

/** A fact of a match marked pending, as a re-derivation read it. */
export interface PendingFact {
  readonly key: ItemKey;
  readonly mark: PendingMark;
  /** Check-ins only: how the summary names it while it counts it and the mark is on. */
  readonly token?: string;
  readonly indexed: boolean;
}

/**
 * All facts of one match, which of them are marked pending, and which are settled but still
 * on the reconcile index (a crash came between; for a re-derivation).
 */
export async function readMatchFactsWithMarks(
  carrierId: string,
  matchId: string,
): Promise<{ facts: MatchFacts; pending: PendingFact[]; settledOnIndex: ItemKey[] }> {
  const items = await queryMatchFactItems(carrierId, matchId);
  const pending: PendingFact[] = [];
  const settledOnIndex: ItemKey[] = [];
  for (const item of items) {
    const key = { pk: String(item.pk), sk: String(item.sk) };
    const indexed = isOnReconcileIndex(item);
    const mark = pendingMarkOf(item);
    if (!mark) {
      if (indexed) settledOnIndex.push(key);
      continue;
    }
    const token = item.fact === 'checkIn' ? summaryToken(key.sk, mark.version) : undefined;
    pending.push({ key, mark, indexed, ...(token ? { token } : {}) });
  }
  return { facts: toMatchFacts(matchId, items as FactItem[]), pending, settledOnIndex };
}

/**
 * Links each participant a `match.created` names to the match, so erasure finds the matches by
 * key instead of reading every fact (SPEC §3). Written for every version received, so every
 * arrival order leaves the same links; erasure deletes them. Each link is marked for
 * reconciliation (`markedAt` on the reconcile index) until its writer has looked for the
 * participant's tombstone (participant-links.ts): a writer that stops in between leaves a
 * marked link, which the reconciliation takes off if the participant was erased meanwhile.
 * An update, not a put, and a mark already there stays (an erasure's, or this writer's from
 * an earlier attempt: its `markedAt` is the same).
 */
export async function linkParticipants(
  carrierId: string,
  matchId: string,
  participantIds: readonly string[],
  markedAt: string,
): Promise<void> {
  const mark = indexKeys.reconcile(carrierId, matchId, markedAt);
  const { partitionKey, sortKey } = tableDefinition.indexes.reconcile;
  for (const participantId of new Set(participantIds)) {
    await dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.participation(carrierId, participantId, matchId),
        UpdateExpression:
          'SET #entity = :entity, #reconcilePk = if_not_exists(#reconcilePk, :pk), #reconcileSk = if_not_exists(#reconcileSk, :sk)',
        ExpressionAttributeNames: { '#entity': 'entity', ...reconcileNames() },
        ExpressionAttributeValues: {
          ':entity': 'Participation',
          ':pk': mark[partitionKey],
          ':sk': mark[sortKey],
        },
      }),
    );
  }
}

/**
 * An erasure is about to take the participant off the match: the link goes on the reconcile
 * index first, so should the erasure fail for good, the reconciliation finishes it. The mark
 * goes with the link (`unlinkParticipant`).
 */
export const markLinkForReconciliation = (
  carrierId: string,
  participantId: string,
  matchId: string,
  markedAt: string,
): Promise<boolean> => {
  const indexKeyValues = indexKeys.reconcile(carrierId, matchId, markedAt);
  const { partitionKey, sortKey } = tableDefinition.indexes.reconcile;
  return writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.participation(carrierId, participantId, matchId),
        UpdateExpression: 'SET #reconcilePk = :pk, #reconcileSk = :sk',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: reconcileNames(),
        ExpressionAttributeValues: {
          ':pk': indexKeyValues[partitionKey],
          ':sk': indexKeyValues[sortKey],
        },
      }),
    ),
  );
};

/**
 * The participant was not erased (as far as the caller looked): the link's mark comes off.
 * With `ownMarkedAt` (a link's writer, after looking for the tombstone) only that writer's own
 * mark, never an erasure's; without (the reconciliation, for an erasure that never began) any.
 */
export const clearLinkMark = (
  carrierId: string,
  participantId: string,
  matchId: string,
  ownMarkedAt?: string,
) =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.participation(carrierId, participantId, matchId),
        UpdateExpression: 'REMOVE #reconcilePk, #reconcileSk',
        ConditionExpression:
          ownMarkedAt === undefined ? 'attribute_exists(#reconcilePk)' : '#reconcileSk = :sk',
        ExpressionAttributeNames: reconcileNames(),
        ...(ownMarkedAt === undefined
          ? {}
          : {
              ExpressionAttributeValues: {
                ':sk': indexKeys.reconcile(carrierId, matchId, ownMarkedAt)[
                  tableDefinition.indexes.reconcile.sortKey
                ],
              },
            }),
      }),
    ),
  );

/**
 * The participants the stored `match.created` names, read strongly consistent, and the time
 * of its version (`linkedAt`): the same on every reading, so a reconciliation that links them
 * again marks the links with it, and its next run (or its retry) takes its own mark off.
 */
export async function readCreatedParticipants(
  carrierId: string,
  matchId: string,
): Promise<
  (Pick<MatchCreated, 'matchId' | 'mentorId' | 'menteeId'> & { linkedAt: string }) | undefined
> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.matchFact(carrierId, matchId, { kind: 'created' }),
      ProjectionExpression: 'mentorId, menteeId, version',
      ConsistentRead: true,
    }),
  );
  return Item
    ? {
        matchId,
        mentorId: String(Item.mentorId),
        menteeId: String(Item.menteeId),
        linkedAt: String(Item.version).split('|')[0]!,
      }
    : undefined;
}

export const unlinkParticipant = (carrierId: string, participantId: string, matchId: string) =>
  dynamo.send(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.participation(carrierId, participantId, matchId),
    }),
  );

/** The matches a `match.created` named the participant in, from the participant's links. */
export async function matchesOfParticipant(
  carrierId: string,
  participantId: string,
): Promise<string[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.participationsPrefix(participantId),
    },
    ProjectionExpression: 'sk',
    ConsistentRead: true,
  });
  return items.map((item) => keys.matchOfParticipation(String(item.sk)));
}

/** The participants every stored `match.created` of the carrier names (for the backfill). */
export async function listCreatedFacts(
  carrierId: string,
): Promise<Pick<MatchCreated, 'matchId' | 'mentorId' | 'menteeId'>[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: '#fact = :created',
    ProjectionExpression: 'matchId, mentorId, menteeId',
    ExpressionAttributeNames: { '#fact': 'fact' },
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.allMatchFactsPrefix,
      ':created': 'created',
    },
  });
  return items.map((item) => ({
    matchId: String(item.matchId),
    mentorId: String(item.mentorId),
    menteeId: String(item.menteeId),
  }));
}

/** Replaces the participant's id in a match's `match.created` fact by "erased". */
export async function redactParticipantInMatch(
  carrierId: string,
  matchId: string,
  participantId: string,
  roles: readonly ('mentorId' | 'menteeId')[] = ['mentorId', 'menteeId'],
): Promise<void> {
  for (const role of roles) {
    await writeIfCondition(() =>
      dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.matchFact(carrierId, matchId, { kind: 'created' }),
          UpdateExpression: 'SET #role = :erased',
          ConditionExpression: '#role = :participant',
          ExpressionAttributeNames: { '#role': role },
          ExpressionAttributeValues: {
            ':erased': erasedParticipant,
            ':participant': participantId,
          },
        }),
      ),
    );
  }
}
