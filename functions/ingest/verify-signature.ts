import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { acceptedSecrets, getCarrier, type Carrier } from '../../shared/data/carriers';
import { problems } from '../../shared/http/problem';
import { partnerId } from '../../shared/schemas/primitives';
import { header } from './raw-body';

const webhookIdPattern = /^[\x21-\x7e]{1,256}$/;
const timestampPattern = /^\d{1,12}$/;

/** How long a warm function trusts a carrier profile it has read. */
const carrierCacheMs = 60_000;
const carrierCache = new Map<string, { carrier: Carrier; readAt: number }>();

/**
 * The carrier's profile, from this container's cache when fresh. After a failed check the
 * profile is read again, so a secret rotated a moment ago verifies at once.
 */
async function carrierProfile(carrierId: string, fresh: boolean): Promise<Carrier | undefined> {
  const cached = carrierCache.get(carrierId);
  if (!fresh && cached && Date.now() - cached.readAt < carrierCacheMs) return cached.carrier;
  // A failing read is a fault (503), not a verdict on the request.
  const carrier = await getCarrier(carrierId);
  if (carrier) carrierCache.set(carrierId, { carrier, readAt: Date.now() });
  else carrierCache.delete(carrierId);
  return carrier;
}

const verifiesWith = (
  secrets: readonly string[],
  body: Buffer,
  headers: Record<string, string>,
): boolean =>
  secrets.some((secret) => {
    try {
      new Webhook(secret).verify(body, headers, { jsonParse: false });
      return true;
    } catch (error) {
      if (error instanceof WebhookVerificationError) return false;
      throw error;
    }
  });

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
  for (const fresh of [false, true]) {
    const carrier = await carrierProfile(carrierId, fresh);
    if (!carrier) break;
    if (verifiesWith(acceptedSecrets(carrier), body, headers)) return headers['webhook-id'];
  }
  throw problems.unauthorized();
}
