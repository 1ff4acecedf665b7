import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { addCarrier } from '../../local/cli/commands';
import type { WebhookBody } from '../../shared/schemas/webhooks';
import { localSystem } from './local-system-instance';
import { documentedResponse } from './openapi-responses';

export interface TestCarrier {
  readonly carrierId: string;
  readonly webhookSecret: string;
  readonly apiKey: string;
}

/** Onboards a carrier exactly as `npx tandem carriers add` does. */
export async function onboardCarrier(
  overrides: Partial<Parameters<typeof addCarrier>[0]> = {},
): Promise<TestCarrier> {
  const created = await addCarrier({
    name: 'Patenschaften Musterstadt e.V.',
    coordinatorEmail: 'koordination@example.org',
    ...overrides,
  });
  if (!created.webhookSecret) throw new Error('carriers add returned no secret');
  return { ...created, webhookSecret: created.webhookSecret };
}

export const webhook = <T extends WebhookBody['type']>(
  type: T,
  data: Extract<WebhookBody, { type: T }>['data'],
  timestamp = new Date().toISOString(),
) => ({ type, timestamp, data }) as Extract<WebhookBody, { type: T }>;

export interface SendOptions {
  readonly webhookId?: string;
  /** Signing time; defaults to now. */
  readonly signedAt?: Date;
  /** Sign with these secrets (several signatures), default the carrier's. */
  readonly secrets?: readonly string[];
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  /** Send this raw body instead of the JSON of `body`. */
  readonly rawBody?: string | Buffer;
}

/**
 * Signs with the official `standardwebhooks` package and POSTs through the local HTTP API.
 * The response must match the OpenAPI document (SPEC §11), or the test fails.
 */
export async function sendWebhook(
  carrier: TestCarrier,
  body: unknown,
  options: SendOptions = {},
): Promise<Response> {
  const webhookId = options.webhookId ?? `msg_${randomUUID()}`;
  const signedAt = options.signedAt ?? new Date();
  const payload = options.rawBody ?? JSON.stringify(body);
  const payloadText = typeof payload === 'string' ? payload : payload.toString('utf8');
  const signature = (options.secrets ?? [carrier.webhookSecret])
    .map((secret) => new Webhook(secret).sign(webhookId, signedAt, payloadText))
    .join(' ');
  const response = await fetch(
    `${localSystem().urls.api}/v1/carriers/${carrier.carrierId}/webhooks`,
    {
      method: 'POST',
      headers: {
        'content-type': options.contentType ?? 'application/json',
        'webhook-id': webhookId,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': signature,
        ...options.headers,
      },
      body: payload,
    },
  );
  return documentedResponse('POST', response);
}

/** Waits until the bus has delivered (or dead-lettered) everything accepted so far. */
/** A carrier onboarded with one active Tandem (m-1, started 2025-02-01) sent as a webhook. */
export async function onboardCarrierWithMatch(
  overrides: Partial<Parameters<typeof addCarrier>[0]> = {},
): Promise<TestCarrier> {
  const carrier = await onboardCarrier(overrides);
  const response = await sendWebhook(
    carrier,
    webhook('match.created', {
      matchId: 'm-1',
      mentorId: 'a-1',
      menteeId: 'b-1',
      startedOn: '2025-02-01',
      programme: 'other',
      group: false,
    }),
  );
  if (response.status !== 202) throw new Error(`match.created answered ${response.status}`);
  return carrier;
}

export const processed = (): Promise<void> => localSystem().bus.idle();

/** GETs from the local HTTP API; the response must match the OpenAPI document (SPEC §11). */
export async function getJson(path: string, apiKey?: string) {
  const response = await documentedResponse(
    'GET',
    await fetch(`${localSystem().urls.api}${path}`, {
      headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export const getMatch = (carrier: TestCarrier, matchId: string, apiKey = carrier.apiKey) =>
  getJson(`/v1/carriers/${carrier.carrierId}/matches/${matchId}`, apiKey);
