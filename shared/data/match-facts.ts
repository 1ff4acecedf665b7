import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
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

export const putCheckIn = (carrierId: string, data: CheckInRecorded, version: string) =>
  putLatestFact(
    keys.matchFact(carrierId, data.matchId, { kind: 'checkIn', checkInId: data.checkInId }),
    { entity, fact: 'checkIn', ...data },
    version,
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

/** All facts of one match, read strongly consistent so a summary never misses a fact. */
export async function readMatchFacts(carrierId: string, matchId: string): Promise<MatchFacts> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.matchFactsPrefix(matchId),
    },
    ConsistentRead: true,
  });
  return toMatchFacts(matchId, items as FactItem[]);
}

/** The matches whose `match.created` names the participant, and in which role. */
export async function matchesOfParticipant(
  carrierId: string,
  participantId: string,
): Promise<{ matchId: string; roles: ('mentorId' | 'menteeId')[] }[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: '#fact = :created AND (mentorId = :participant OR menteeId = :participant)',
    ExpressionAttributeNames: { '#fact': 'fact' },
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.allMatchFactsPrefix,
      ':created': 'created',
      ':participant': participantId,
    },
    ProjectionExpression: 'matchId, mentorId, menteeId',
    ConsistentRead: true,
  });
  return items.map((item) => ({
    matchId: String(item.matchId),
    roles: (['mentorId', 'menteeId'] as const).filter((role) => item[role] === participantId),
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
