import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { logger } from '../aws/logger';
import { HttpProblem, problems } from './problem';

/**
 * Turns errors into problem+json responses. Anything that is not an HttpProblem is a fault
 * of ours or of a downstream service, never of the input: the client gets a 503 to retry.
 */
export const problemResponses = (): middy.MiddlewareObj<
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2
> => ({
  onError: async (request) => {
    const problem =
      request.error instanceof HttpProblem ? request.error : problems.unavailable(request.error);
    if (problem.status >= 500) logger.error('Request failed', { error: problem.cause ?? problem });
    request.response = problem.toResponse();
  },
});
