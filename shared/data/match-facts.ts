import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { MatchFacts } from '../domain/match-summary';
import { erasedParticipant } from '../domain/match-summary';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../schemas/webhooks';
import { writeIfCondition } from './conditional';
import { putLatestFact } from './facts';
import { keys } from './keys';
import { queryAll } from './query-all';

type FactItem =
  | ({ fact: 'created' } & MatchCreated)
  | ({ fact: 'checkIn' } & CheckInRecorded)
  | ({ fact: 'ended' } & MatchEnded);

const entity = 'MatchFact';

export const putMatchCreated = (carrierId: string, data: MatchCreated, version: string) =>
  putLatestFact(
    keys.matchFact(carrierId, data.matchId, { kind: 'created' }),
    { entity, fact: 'created', ...data },
    version,
  );

/**
 * A stored check-in that the match summary may not count yet: its own delivery clears the mark
 * once the summary has it (see match-summaries.ts). The summary is told apart from the fact
 * by `summaryToken`, so no fact is ever counted twice.
 */
export const summaryPendingAttribute = 'summaryPending';

/** Names one version of one fact item, as the summary remembers it while applying it. */
export const summaryToken = (sk: string, version: string): string => `${sk}|${version}`;

export type CheckInStored =
  /** A check-in id not seen before. */
  | { readonly outcome: 'new' }
  /** A newer version replaced an older one (the date may have changed). */
  | { readonly outcome: 'replaced' }
  /** The same or a newer version was there already: a redelivery, or an outdated one. */
  | { readonly outcome: 'unchanged' };

/** Stores a check-in unless the same or a newer version is there, marked as not yet counted. */
export async function putCheckIn(
  carrierId: string,
  data: CheckInRecorded,
  version: string,
): Promise<CheckInStored> {
  const key = keys.matchFact(carrierId, data.matchId, {
    kind: 'checkIn',
    checkInId: data.checkInId,
  });
  let previous: Record<string, unknown> | undefined;
  const stored = await writeIfCondition(async () => {
    const result = await dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          entity,
          fact: 'checkIn',
          ...data,
          ...key,
          version,
          [summaryPendingAttribute]: true,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #version < :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': version },
        ReturnValues: 'ALL_OLD',
      }),
    );
    previous = result.Attributes;
  });
  if (!stored) return { outcome: 'unchanged' };
  return { outcome: previous ? 'replaced' : 'new' };
}

/** The stored version of a check-in and whether the summary may still miss it. */
export async function checkInState(
  carrierId: string,
  matchId: string,
  checkInId: string,
): Promise<{ version: string; summaryPending: boolean } | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId }),
      ProjectionExpression: '#version, #pending',
      ExpressionAttributeNames: { '#version': 'version', '#pending': summaryPendingAttribute },
      ConsistentRead: true,
    }),
  );
  return Item
    ? { version: String(Item.version), summaryPending: Item[summaryPendingAttribute] === true }
    : undefined;
}

/** The summary counts this version of the check-in now: take the mark off (if still that one). */
export const clearSummaryPending = (
  carrierId: string,
  matchId: string,
  checkInId: string,
  version: string,
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId }),
        UpdateExpression: 'REMOVE #pending',
        ConditionExpression: '#version = :version AND attribute_exists(#pending)',
        ExpressionAttributeNames: { '#version': 'version', '#pending': summaryPendingAttribute },
        ExpressionAttributeValues: { ':version': version },
      }),
    ),
  );

export const putMatchEnded = (carrierId: string, data: MatchEnded, version: string) =>
  putLatestFact(
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

/** A fact item as read, with what the summary needs to know whether it counts it yet. */
export interface StoredFact {
  readonly token: string;
  readonly summaryPending: boolean;
}

/**
 * The facts of one match that `include` accepts, read strongly consistent so a summary never
 * misses a stored fact. Reads every fact of the match: only for the rare re-derivations.
 */
export async function readMatchFacts(
  carrierId: string,
  matchId: string,
  include: (fact: StoredFact) => boolean = () => true,
): Promise<MatchFacts> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.matchFactsPrefix(matchId),
    },
    ConsistentRead: true,
  });
  const included = items.filter((item) =>
    include({
      token: summaryToken(String(item.sk), String(item.version)),
      summaryPending: item[summaryPendingAttribute] === true,
    }),
  );
  return toMatchFacts(matchId, included as FactItem[]);
}

/**
 * Links each participant a `match.created` names to the match, so erasure finds the matches by
 * key instead of reading every fact (SPEC §3). Written for every version received, so every
 * arrival order leaves the same links; erasure deletes them.
 */
export async function linkParticipants(
  carrierId: string,
  matchId: string,
  participantIds: readonly string[],
): Promise<void> {
  for (const participantId of new Set(participantIds)) {
    await dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.participation(carrierId, participantId, matchId), entity: 'Participation' },
      }),
    );
  }
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
