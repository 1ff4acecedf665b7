import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { factEventOf, webhookEventSource } from '../../shared/events/catalogue';
import { publishEvent } from '../../shared/events/publish';
import { problemResponses } from '../../shared/http/problem-responses';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/responses';
import { fieldErrors } from '../../shared/http/validation';
import { webhookBodySchema } from '../../shared/schemas/webhooks';
import { parseJson, rawBody, requireJsonContentType } from './raw-body';
import { verifySignature } from './verify-signature';

/**
 * POST /v1/carriers/{carrierId}/webhooks (SPEC §2). Stores nothing itself: the event is
 * on the bus before the 202, and consumers make redelivery harmless, so a duplicate
 * `webhook-id` is simply accepted again.
 */
export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
  .use(problemResponses())
  .handler(async (event) => {
    const carrierId = event.pathParameters?.carrierId ?? '';
    const body = rawBody(event);
    requireJsonContentType(event);
    const webhookId = await verifySignature(carrierId, body, event);
    const parsed = webhookBodySchema.safeParse(parseJson(body));
    if (!parsed.success) throw problems.validation(fieldErrors(parsed.error));
    try {
      await publishEvent(
        webhookEventSource,
        factEventOf(carrierId, webhookId, parsed.data, new Date()),
      );
    } catch (error) {
      throw problems.unavailable(error);
    }
    return json(202, { status: 'accepted', webhookId });
  });
