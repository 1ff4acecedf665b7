import { ChangeMessageVisibilityCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { logger } from '../aws/logger';
import { sqs } from '../aws/sqs';
import { envNames } from '../config/runtime-env';
import { retryDelaySeconds, type RetryPolicy } from './routes';

/**
 * Gives a failed queue record its next delay: SQS otherwise shows it again after the queue's
 * fixed visibility timeout, so a day-long outage would use up every attempt within an hour.
 * Only where the environment names the function's queue (deployed); the local bus waits by
 * itself. After the last attempt the record is left alone: the queue dead-letters it on its
 * next receive. A failure here is logged only: the queue's own timeout still brings it back.
 */
export async function retryLater(record: SQSRecord, retry: RetryPolicy): Promise<void> {
  const queueUrl = process.env[envNames.queueUrl];
  if (!queueUrl) return;
  const attempt = Number(record.attributes.ApproximateReceiveCount) || 1;
  if (attempt >= retry.maxAttempts) return;
  try {
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: record.receiptHandle,
        VisibilityTimeout: retryDelaySeconds(retry, attempt),
      }),
    );
  } catch (error) {
    logger.warn('Could not set the retry delay; the queue default applies', {
      messageId: record.messageId,
      error: error as Error,
    });
  }
}
