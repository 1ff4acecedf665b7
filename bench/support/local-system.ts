import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import {
  exampleFunderConfigPath,
  readFunderConfigFile,
} from '../../shared/config/funder-config-file';
import type { WebhookBody } from '../../shared/schemas/webhooks';
import { startLocalSystem, type LocalSystem } from '../../local/system';

export interface BenchSystem {
  readonly system: LocalSystem;
  /** What the system logged (dead letters, bus trouble); printed by the figure if not empty. */
  readonly log: string[];
  stop(): Promise<void>;
}

/**
 * The whole local system in this process, as `npm start` runs it but in memory, on free
 * ports, with the bundled example funder. `dynamodbEndpoint` puts something (a proxy) in
 * front of a database the caller started.
 */
export async function startBenchSystem(
  options: { dynamodbEndpoint?: string } = {},
): Promise<BenchSystem> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  const log: string[] = [];
  const system = await startLocalSystem({
    config: readFunderConfigFile(exampleFunderConfigPath),
    dataDir,
    apiPort: 0,
    dynamodbPort: 0,
    sesPort: 0,
    inMemory: true,
    ...options,
    log: (message) => log.push(message),
  });
  return {
    system,
    log,
    stop: async () => {
      await system.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BenchCarrier {
  readonly carrierId: string;
  readonly webhookSecret: string;
  readonly apiKey: string;
}

/** Onboards a carrier exactly as `npx tandem carriers add` does. */
export async function onboardCarrier(): Promise<BenchCarrier> {
  // Loaded only now: the shared DynamoDB client reads its endpoint when it is created, and
  // startLocalSystem has just set it.
  const { addCarrier } = await import('../../local/cli/commands');
  const created = await addCarrier({
    name: 'Patenschaften Benchstadt e.V.',
    coordinatorEmail: 'koordination@example.org',
  });
  if (!created.webhookSecret) throw new Error('carriers add returned no webhook secret');
  return { ...created, webhookSecret: created.webhookSecret };
}

export interface SignedWebhook {
  readonly url: string;
  readonly init: RequestInit;
}

/** A webhook request signed with the official `standardwebhooks` package, ready to POST. */
export function signWebhook(
  apiUrl: string,
  carrier: BenchCarrier,
  body: WebhookBody,
  webhookId: string,
  signedAt = new Date(),
): SignedWebhook {
  const payload = JSON.stringify(body);
  return {
    url: `${apiUrl}/v1/carriers/${carrier.carrierId}/webhooks`,
    init: {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': webhookId,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': new Webhook(carrier.webhookSecret).sign(webhookId, signedAt, payload),
      },
      body: payload,
    },
  };
}

/** POSTs a signed webhook and returns the status; the body is read so the socket is reused. */
export async function deliver(webhook: SignedWebhook): Promise<number> {
  const response = await fetch(webhook.url, webhook.init);
  await response.arrayBuffer();
  return response.status;
}
