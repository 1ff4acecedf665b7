import { appEventSource, factEventOf } from '../../shared/events/catalogue';
import { publishEvent } from '../../shared/events/publish';
import type { WebhookBody } from '../../shared/schemas/webhooks';

/**
 * Puts a fact entered in the web app on the bus: the same event a webhook of that type
 * becomes (SPEC §3), with the app as its source. `submissionId` is derived from the form's
 * nonce or link token, so the same submission always carries the same id.
 */
export const publishFormFact = (
  carrierId: string,
  submissionId: string,
  fact: Pick<WebhookBody, 'type' | 'data'>,
  now = new Date(),
): Promise<string> =>
  publishEvent(
    appEventSource,
    factEventOf(
      carrierId,
      submissionId,
      { ...fact, timestamp: now.toISOString() } as WebhookBody,
      now,
    ),
  );
