import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import {
  acceptedSecrets,
  newWebhookSecret,
  openWebhookSecrets,
  type WebhookSecret,
} from '../../shared/data/carrier-secrets';
import { getCarrier } from '../../shared/data/carriers';
import { problems } from '../../shared/http/problem';
import { partnerId } from '../../shared/schemas/primitives';
import { header } from './raw-body';

const webhookIdPattern = /^[\x21-\x7e]{1,256}$/;
const timestampPattern = /^\d{1,12}$/;

/** How long a warm function trusts a carrier profile it has read. */
const knownCarrierCacheMs = 60_000;
/**
 * How long it trusts that a carrier does not exist: briefly, so that a flood of unsigned
 * requests for made-up carriers costs no read each, and a new carrier is known soon.
 */
const unknownCarrierCacheMs = 10_000;
/**
 * After a failed check an entry at least this old is read again (a secret rotated a moment
 * ago then verifies), at most once per this interval, whether the carrier exists or not.
 */
const recheckAfterMs = 1_000;

interface CacheEntry {
  /** The carrier's secrets in clear (opened once per read); undefined for no such carrier. */
  readonly secrets: readonly WebhookSecret[] | undefined;
  readonly readAt: number;
}
const carrierCache = new Map<string, CacheEntry>();

/**
 * An unknown carrier is checked against this secret, so that it costs the same work as a
 * known one: the time of a 401 does not tell whether the carrier exists.
 */
const dummySecrets = [newWebhookSecret()];

async function readCarrier(carrierId: string): Promise<CacheEntry> {
  // A failing read is a fault (503), not a verdict on the request.
  const carrier = await getCarrier(carrierId);
  const entry = {
    secrets: carrier ? await openWebhookSecrets(carrier) : undefined,
    readAt: Date.now(),
  };
  carrierCache.set(carrierId, entry);
  return entry;
}

/** The carrier's entry, from this container's cache while fresh. */
async function cachedCarrier(carrierId: string): Promise<CacheEntry> {
  const cached = carrierCache.get(carrierId);
  const maxAge = cached?.secrets ? knownCarrierCacheMs : unknownCarrierCacheMs;
  if (cached && Date.now() - cached.readAt < maxAge) return cached;
  return readCarrier(carrierId);
}

const verifiesWith = (
  secrets: readonly string[],
  body: string,
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

/** Checks the signature with the carrier's secrets, or with the dummy one when unknown. */
const verifies = (entry: CacheEntry, body: string, headers: Record<string, string>): boolean => {
  const secrets = entry.secrets ? acceptedSecrets(entry.secrets) : dummySecrets;
  return verifiesWith(secrets, body, headers) && entry.secrets !== undefined;
};

/**
 * Verifies a Standard Webhooks signature with each secret the carrier may use now (the
 * current one and, for 24 h after a rotation, the previous one). Every failure, an
 * unknown carrier included, becomes the same 401 after the same work, so none can be told
 * from another. `body` is the strictly decoded UTF-8 text of the raw bytes (see
 * `utf8Text`), so the signature covers exactly the bytes received. Returns the verified
 * `webhook-id`.
 */
export async function verifySignature(
  carrierId: string,
  body: string,
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
  let entry = await cachedCarrier(carrierId);
  if (verifies(entry, body, headers)) return headers['webhook-id'];
  if (Date.now() - entry.readAt >= recheckAfterMs) {
    entry = await readCarrier(carrierId);
    if (verifies(entry, body, headers)) return headers['webhook-id'];
  }
  throw problems.unauthorized();
}
