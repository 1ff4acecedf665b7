import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { keyedDigest } from '../crypto/keyed-digest';
import type { ParticipantRegistered } from '../schemas/webhooks';
import { putLatestFact } from './facts';
import { keys } from './keys';

export const putParticipant = (carrierId: string, data: ParticipantRegistered, version: string) =>
  putLatestFact(
    keys.participant(carrierId, data.participantId),
    { entity: 'Participant', ...data },
    version,
  );

export const deleteParticipant = (carrierId: string, participantId: string) =>
  dynamo.send(
    new DeleteCommand({ TableName: tableName(), Key: keys.participant(carrierId, participantId) }),
  );

/** The tombstone's key: a keyed digest (HMAC) of the id, so no one can test guessed ids. */
const erasureKey = async (carrierId: string, participantId: string) =>
  keys.erasure(carrierId, await keyedDigest(keys.erasureDigestInput(carrierId, participantId)));

/** Marks a participant as erased; the tombstone keeps a keyed digest, never the id. */
export const putErasureTombstone = async (
  carrierId: string,
  participantId: string,
  erasedAt: string,
) =>
  dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...(await erasureKey(carrierId, participantId)), entity: 'Erasure', erasedAt },
    }),
  );

export async function isErased(carrierId: string, participantId: string): Promise<boolean> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: await erasureKey(carrierId, participantId),
      ConsistentRead: true,
    }),
  );
  return Item !== undefined;
}
