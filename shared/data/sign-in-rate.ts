import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { rateHourOf, signInMailsPerHour, ttlSeconds } from '../domain/web-access';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

/**
 * Counts one sign-in e-mail to the address in the current hour, unless the hour's limit
 * (5, SPEC §9) is reached: one conditional update, so concurrent requests cannot exceed it.
 * Returns whether the e-mail may be sent.
 */
export const takeSignInMailSlot = (addressHash: string, now = new Date()): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.signInRate(addressHash, rateHourOf(now)),
        UpdateExpression: 'ADD mails :one SET entity = :entity, expiresAt = :expiresAt',
        ConditionExpression: 'attribute_not_exists(mails) OR mails < :limit',
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': signInMailsPerHour,
          ':entity': 'SignInRate',
          ':expiresAt': ttlSeconds(now.getTime() + 2 * 3600 * 1000),
        },
      }),
    ),
  );
