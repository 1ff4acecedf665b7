import { randomUUID } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

/** Long enough for one send; a sender that died holding it is replaced after this. */
export const reportReadyMailLeaseMs = 5 * 60_000;

export type ReportReadyMailClaim =
  /** This delivery sends; `owner` marks it sent. */
  | { readonly state: 'claimed'; readonly owner: string }
  /** Sent already. */
  | { readonly state: 'sent' }
  /** Another delivery holds the lease: it sends, or its lease runs out and a retry does. */
  | { readonly state: 'held' };

/** How long a delivery waits for another one that holds the claim before it gives up. */
const waitForHolderMs = 10_000;

/**
 * Claims the e-mail like `claimOnce`, waiting a little while another delivery holds it: that
 * one usually sends within a second, and then this one has nothing left to do.
 */
export async function claimReportReadyMail(
  carrierId: string,
  periodId: string,
  revision: string,
): Promise<ReportReadyMailClaim> {
  const giveUpAt = Date.now() + waitForHolderMs;
  for (;;) {
    const claim = await claimOnce(carrierId, periodId, revision);
    if (claim.state !== 'held' || Date.now() >= giveUpAt) return claim;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Claims the "report ready" e-mail of one carrier report with a conditional write, so that
 * of two deliveries at once only one sends. A claim whose lease ran out without a send can
 * be taken over: a sender that died between sending and marking may repeat the mail once.
 */
export async function claimOnce(
  carrierId: string,
  periodId: string,
  revision: string,
  now = Date.now(),
): Promise<ReportReadyMailClaim> {
  const key = keys.reportReadyMail(carrierId, periodId, revision);
  const owner = randomUUID();
  const claimed = await writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET entity = :entity, #owner = :owner, leaseUntil = :until',
        ConditionExpression:
          'attribute_not_exists(pk) OR (attribute_not_exists(sentAt) AND leaseUntil < :now)',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: {
          ':entity': 'ReportReadyMail',
          ':owner': owner,
          ':until': now + reportReadyMailLeaseMs,
          ':now': now,
        },
      }),
    ),
  );
  if (claimed) return { state: 'claimed', owner };
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item?.sentAt ? { state: 'sent' } : { state: 'held' };
}

/** Records the send, if this owner still holds the claim. */
export const markReportReadyMailSent = (
  carrierId: string,
  periodId: string,
  revision: string,
  owner: string,
  sentAt = new Date().toISOString(),
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reportReadyMail(carrierId, periodId, revision),
        UpdateExpression: 'SET sentAt = :sentAt',
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner, ':sentAt': sentAt },
      }),
    ),
  );

/**
 * Gives up `owner`'s claim after a failed send, so that the next retry may send at once
 * instead of waiting for the lease to run out. Returns whether it was still this owner's.
 */
export const releaseReportReadyMail = (
  carrierId: string,
  periodId: string,
  revision: string,
  owner: string,
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reportReadyMail(carrierId, periodId, revision),
        UpdateExpression: 'SET leaseUntil = :expired',
        ConditionExpression: '#owner = :owner AND attribute_not_exists(sentAt)',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner, ':expired': 0 },
      }),
    ),
  );
