import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { signInMailsPerHour, signInWindow, signInWindowMs, ttlSeconds } from '../domain/web-access';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

/**
 * A request loses a race only to another request's send, made after it read: having lost
 * this many times, it has seen the limit's worth of sends go, so it may give up.
 */
const maxAttempts = signInMailsPerHour;

/**
 * Takes one sign-in e-mail slot for the address, unless 5 went to it in the last 60 minutes
 * (SPEC §9): the item keeps the send times inside the sliding window, and is replaced only
 * if no one else replaced it since it was read (its revision), so concurrent requests cannot
 * exceed the limit. Returns whether the e-mail may be sent.
 */
export async function takeSignInMailSlot(addressHash: string, now = new Date()): Promise<boolean> {
  const key = keys.signInRate(addressHash);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
    );
    const { recent, mayOneMoreGo } = signInWindow((Item?.sentAtMs as number[]) ?? [], now);
    if (!mayOneMoreGo) return false;
    const revision = Number(Item?.revision ?? 0);
    const written = await writeIfCondition(() =>
      dynamo.send(
        new PutCommand({
          TableName: tableName(),
          Item: {
            ...key,
            entity: 'SignInRate',
            sentAtMs: [...recent, now.getTime()],
            revision: revision + 1,
            expiresAt: ttlSeconds(now.getTime() + signInWindowMs),
          },
          ConditionExpression: Item ? 'revision = :read' : 'attribute_not_exists(pk)',
          ...(Item ? { ExpressionAttributeValues: { ':read': revision } } : {}),
        }),
      ),
    );
    if (written) return true;
  }
  return false;
}
