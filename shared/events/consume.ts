import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { EventBridgeEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../aws/logger';
import { parseDetail, type DetailType, type EventDetail } from './catalogue';
import { retryLater } from './retry-later';
import { eventRoutes } from './routes';

/**
 * A bus consumer for one detail type. Each route's events wait in its queue (SQS deployed,
 * the durable local bus on one machine) and arrive in batches; every record holds the bus
 * event as EventBridge delivered it. The detail is checked against the catalogue before
 * `process` sees it. A record that fails is reported back alone (partial batch response),
 * so only it is retried, later and with a growing delay (its route's retry policy), and
 * finally dead-lettered.
 */
export const consumer = <T extends DetailType>(
  detailType: T,
  process: (detail: EventDetail<T>) => Promise<void>,
) => {
  const route = eventRoutes.find((candidate) =>
    (candidate.detailTypes as readonly string[]).includes(detailType),
  );
  if (!route) throw new Error(`No event route takes ${detailType}`);
  return middy<SQSEvent, SQSBatchResponse>()
    .use(injectLambdaContext(logger))
    .handler(async (event) => {
      const outcomes = await Promise.allSettled(
        event.Records.map(async (record) => {
          const busEvent = JSON.parse(record.body) as EventBridgeEvent<T, unknown>;
          await process(await parseDetail(detailType, busEvent.detail));
        }),
      );
      const failed = event.Records.filter((record, index) => {
        const outcome = outcomes[index]!;
        if (outcome.status === 'fulfilled') return false;
        logger.warn('Event failed; it will be retried', {
          messageId: record.messageId,
          receiveCount: record.attributes.ApproximateReceiveCount,
          error: outcome.reason as Error,
        });
        return true;
      });
      await Promise.all(failed.map((record) => retryLater(record, route.delivery.retry)));
      return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
    });
};
