import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { acceptedSecrets, getCarrier } from '../../shared/data/carriers';
import { problems } from '../../shared/http/problem';
import { partnerId } from '../../shared/schemas/primitives';
import { header } from './raw-body';

const webhookIdPattern = /^[\x21-\x7e]{1,256}$/;
const timestampPattern = /^\d{1,12}$/;

/**
 * Verifies a Standard Webhooks signature with each secret the carrier may use now (the
 * current one and, for 24 h after a rotation, the previous one). Every failure, an
 * unknown carrier included, becomes the same 401, so none can be told from another.
 * Returns the verified `webhook-id`.
 */
export async function verifySignature(
  carrierId: string,
  body: Buffer,
  event: APIGatewayProxyEventV2,
): Promise<string> {
  const headers = {
    'webhook-id': header(event, 'webhook-id') ?? '',
    'webhook-timestamp': header(event, 'webhook-timestamp') ?? '',
    'webhook-signature': header(event, 'webhook-signature') ?? '',
  };
  if (
    !partnerId.safeParse(carrierId).success ||
    !webhookIdPattern.test(headers['webhook-id']) ||
    !timestampPattern.test(headers['webhook-timestamp'])
  ) {
    throw problems.unauthorized();
  }
  // A failing lookup is a fault (503), not a verdict on the request.
  const carrier = await getCarrier(carrierId);
  const secrets = carrier ? acceptedSecrets(carrier) : [];
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(body, headers, { jsonParse: false });
      return headers['webhook-id'];
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
    }
  }
  throw problems.unauthorized();
}
