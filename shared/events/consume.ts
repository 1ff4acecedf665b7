import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger } from '../aws/logger';
import { parseDetail, type DetailType, type EventDetail } from './catalogue';

/**
 * A bus consumer for one detail type: the detail is checked against the catalogue before
 * `process` sees it. Any error propagates, so the bus retries and finally dead-letters it.
 */
export const consumer = <T extends DetailType>(
  detailType: T,
  process: (detail: EventDetail<T>) => Promise<void>,
) =>
  middy<EventBridgeEvent<T, unknown>, void>()
    .use(injectLambdaContext(logger))
    .handler(async (event) => {
      await process(parseDetail(detailType, event.detail));
    });
