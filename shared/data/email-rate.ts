import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

/** A second's count is only needed while that second lasts; TTL removes it an hour later. */
const keepSeconds = 3600;

/**
 * Takes one of the `ratePerSecond` e-mail slots of one second (epoch seconds), for the whole
 * deployment: one conditional ADD, so concurrent senders in any number of functions cannot
 * take more. Returns whether a slot was taken.
 */
export const takeEmailSlot = (epochSecond: number, ratePerSecond: number): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.emailRate(epochSecond),
        UpdateExpression: 'ADD sent :one SET entity = :entity, expiresAt = :expiresAt',
        ConditionExpression: 'attribute_not_exists(sent) OR sent < :rate',
        ExpressionAttributeValues: {
          ':one': 1,
          ':rate': ratePerSecond,
          ':entity': 'EmailRate',
          ':expiresAt': epochSecond + keepSeconds,
        },
      }),
    ),
  );
