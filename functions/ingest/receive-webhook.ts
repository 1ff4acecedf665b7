import { funderConfig } from '../../shared/config/runtime-env';
import { timingProblemMessage, timingProblems } from '../../shared/domain/fact-timing';
import { factEventOf, webhookEventSource } from '../../shared/events/catalogue';
import { publishEvent } from '../../shared/events/publish';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/responses';
import { englishErrorMessages } from '../../shared/schemas/error-messages';
import { fieldErrors, type FieldError } from '../../shared/schemas/field-errors';
import { webhookBodySchemaFor } from '../../shared/schemas/webhook-schema-loader';
import type { WebhookBody } from '../../shared/schemas/webhooks';
import { parseJson, rawBody, requireJsonContentType, utf8Text } from './raw-body';
import { verifySignature } from './verify-signature';

/**
 * POST /v1/carriers/{carrierId}/webhooks (SPEC §2). Stores nothing itself: the event is
 * on the bus before the 202, and consumers make redelivery harmless, so a duplicate
 * `webhook-id` is simply accepted again.
 */
// Strict objects are how a partner learns that personal data is not taken (SPEC §2).
const unknownFieldMessage =
  'unknown field: Tandem takes ids and coarse fields only, no names, e-mails or free text';

/** SPEC §2: a `timestamp` or an `occurredOn` in the future is refused, at its path. */
const futureFieldErrors = (body: WebhookBody, receivedAt: Date): FieldError[] =>
  timingProblems(
    {
      timestamp: body.timestamp,
      ...(body.type === 'checkin.recorded' ? { occurredOn: body.data.occurredOn } : {}),
    },
    { at: receivedAt, timeZone: funderConfig().timezone },
  ).map((problem) => ({
    path: problem.field === 'timestamp' ? 'timestamp' : 'data.occurredOn',
    message: timingProblemMessage(problem),
  }));

export const handler = httpHandler(async (event) => {
  const carrierId = event.pathParameters?.carrierId ?? '';
  const body = utf8Text(event, rawBody(event));
  requireJsonContentType(event);
  const webhookId = await verifySignature(carrierId, body, event);
  const received = parseJson(body);
  const parsed = (await webhookBodySchemaFor(received)).safeParse(received, englishErrorMessages);
  if (!parsed.success) throw problems.validation(fieldErrors(parsed.error, unknownFieldMessage));
  const tooLate = futureFieldErrors(parsed.data, new Date());
  if (tooLate.length > 0) throw problems.validation(tooLate);
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
