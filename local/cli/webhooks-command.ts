import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { Webhook } from 'standardwebhooks';
import { openWebhookSecrets } from '../../shared/data/carrier-secrets';
import { getCarrier } from '../../shared/data/carriers';
import { webhookSample, webhookTypes } from '../../shared/openapi/sample';
import type { WebhookType } from '../../shared/schemas/webhooks';
import { localApiUrl, stackOutputs } from './target';

// The partner commands of SPEC §11: a valid example body, and a correctly signed send.

export class UnknownWebhookTypeError extends Error {
  override readonly name = 'UnknownWebhookTypeError';
}

const isWebhookType = (type: string): type is WebhookType =>
  (webhookTypes as readonly string[]).includes(type);

/** `tandem webhooks sample <type>`: an example envelope built from the type's schema. */
export function sampleWebhook(type: string): unknown {
  if (!isWebhookType(type)) {
    throw new UnknownWebhookTypeError(
      `Unknown webhook type "${type}"; one of ${webhookTypes.join(', ')}`,
    );
  }
  return webhookSample(type);
}

/** The body to send, exactly as written: from a file, or from stdin for `-`. */
export const readBody = (file: string): Promise<string> =>
  file === '-' ? text(process.stdin) : readFile(file, 'utf8');

/** The carrier's current secret (the one without an end of validity), opened from its table. */
async function currentSecret(carrierId: string): Promise<string> {
  const carrier = await getCarrier(carrierId);
  const secrets = carrier ? await openWebhookSecrets(carrier) : [];
  const secret = secrets.find((entry) => entry.validUntil === null)?.secret;
  if (!secret) {
    throw new Error(`No carrier ${carrierId} in the table; pass its secret with --secret whsec_…`);
  }
  return secret;
}

/** The API to send to: --url, else the stack's ApiUrl output (TANDEM_STACK), else local. */
async function apiBaseUrl(url: string | undefined): Promise<string> {
  if (url) return url.replace(/\/+$/, '');
  const stackName = process.env.TANDEM_STACK;
  if (stackName) {
    const apiUrl = (await stackOutputs(stackName)).ApiUrl;
    if (!apiUrl) throw new Error(`Stack ${stackName} has no ApiUrl output; pass --url`);
    return apiUrl.replace(/\/+$/, '');
  }
  return localApiUrl();
}

export interface SendResult {
  readonly status: number;
  readonly body: unknown;
}

/**
 * `tandem webhooks send <carrierId> <file|->`: signs the body per Standard Webhooks (a new
 * `webhook-id`, now as the timestamp) with the carrier's secret or the one given, POSTs it
 * and returns the status and the response body (JSON when it is JSON).
 */
export async function sendWebhookFile(
  carrierId: string,
  body: string,
  options: { secret?: string; url?: string } = {},
): Promise<SendResult> {
  const secret = options.secret ?? (await currentSecret(carrierId));
  const webhookId = `msg_${randomUUID()}`;
  const signedAt = new Date();
  const signature = new Webhook(secret).sign(webhookId, signedAt, body);
  const base = await apiBaseUrl(options.url);
  const response = await fetch(`${base}/v1/carriers/${encodeURIComponent(carrierId)}/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body,
  });
  const answer = await response.text();
  let parsed: unknown = answer;
  try {
    parsed = JSON.parse(answer);
  } catch {
    // Not JSON (a gateway's own page): shown as text.
  }
  return { status: response.status, body: parsed };
}
