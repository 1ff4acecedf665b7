import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { logger } from '../aws/logger';
import { problemResponses } from './problem-responses';

/** An HTTP API handler: logs with the Lambda context, answers errors as problem+json. */
export const httpHandler = (
  handle: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>,
) =>
  middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger))
    .use(problemResponses())
    .handler(handle);
