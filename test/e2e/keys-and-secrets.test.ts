import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, shellEnv } from '../support/npm-start-child';
import { localTableName } from '../../local/aws-environment';
import { sendLocalToken } from '../../local/local-token';

// Issue 8, as an operator meets it: `npm start` and `npx tandem` as separate processes.
// Webhook secrets are sealed at rest (no table item, no file of the data dir holds one in
// clear) and still verify; `--now` ends a leaked secret at once; API keys can be listed
// (never shown) and revoked, and admin keys expire.

let ports: { api: number; dynamodb: number; ses: number };
let dataDir: string;
let system: ChildProcess | undefined;
let output = '';

async function waitFor(condition: () => boolean, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `npx tandem …` given the ports and the data dir (its token), as in the README's first steps. */
async function tandem(...args: string[]) {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: shellEnv({
      TANDEM_DYNAMODB_PORT: String(ports.dynamodb),
      TANDEM_API_PORT: String(ports.api),
      TANDEM_DATA_DIR: dataDir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown> };
}

async function postWebhook(carrierId: string, secret: string, matchId: string) {
  const body = JSON.stringify({
    type: 'match.created',
    timestamp: new Date().toISOString(),
    data: {
      matchId,
      mentorId: 'p-1',
      menteeId: 'p-2',
      startedOn: '2025-02-03',
      programme: 'education_work',
    },
  });
  const id = `msg_${matchId}_${Date.now()}`;
  const now = new Date();
  const response = await fetch(`http://127.0.0.1:${ports.api}/v1/carriers/${carrierId}/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, now, body),
    },
    body,
  });
  await response.body?.cancel();
  return response.status;
}

async function getMatches(carrierId: string, apiKey: string) {
  const response = await fetch(`http://127.0.0.1:${ports.api}/v1/carriers/${carrierId}/matches`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  await response.body?.cancel();
  return response.status;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  ports = { api: await freePort(), dynamodb: await freePort(), ses: await freePort() };
  dataDir = await mkdtemp(join(tmpdir(), 'tandem-secrets-'));
  system = spawn('node', ['--import', 'tsx', 'local/start.ts'], {
    env: shellEnv({
      TANDEM_API_PORT: String(ports.api),
      TANDEM_DYNAMODB_PORT: String(ports.dynamodb),
      TANDEM_SES_PORT: String(ports.ses),
      TANDEM_DATA_DIR: dataDir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  system.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  system.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => output.includes('Stop with Ctrl-C'), 'npm start');
}, 90_000);

afterAll(async () => {
  if (system && system.exitCode === null) {
    const exited = once(system, 'exit');
    system.kill('SIGINT');
    await exited;
  }
});

describe('webhook secrets at rest', () => {
  it('keeps no secret in clear in the table or the data dir, and ingest still verifies', async () => {
    const added = await tandem(
      'carriers',
      'add',
      '--name',
      'Geheim e.V.',
      '--coordinator-email',
      'koordination@geheim.example',
    );
    expect(added.code, added.stderr).toBe(0);
    const { carrierId, webhookSecret, apiKey } = added.json() as Record<string, string>;
    expect(webhookSecret).toMatch(/^whsec_/);
    expect(await postWebhook(carrierId, webhookSecret, 'm-1')).toBe(202);
    expect(await getMatches(carrierId, apiKey)).toBe(200);

    const keyFile = await stat(join(dataDir, 'secrets.key'));
    expect(keyFile.mode & 0o777).toBe(0o600);
    expect(keyFile.size).toBe(32);

    const secretKey = webhookSecret.slice('whsec_'.length);
    const forms = [
      webhookSecret,
      secretKey,
      Buffer.from(secretKey, 'base64').toString('hex'),
      Buffer.from(secretKey, 'base64').toString('base64url'),
    ];
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: `http://127.0.0.1:${ports.dynamodb}` }),
    );
    sendLocalToken(client, (await readFile(join(dataDir, 'local-token'), 'utf8')).trim());
    const { Items = [] } = await client.send(new ScanCommand({ TableName: localTableName }));
    client.destroy();
    const table = JSON.stringify(Items);
    // The scan sees the carrier (its coordinator's address is stored in clear) …
    expect(table).toContain('koordination@geheim.example');
    expect(table).toContain(carrierId);
    // … but only a sealed secret.
    for (const form of forms) expect(table).not.toContain(form);

    // The database files: the same search finds what is stored in clear, so it would find
    // a secret; the secret's raw key bytes are looked for too.
    const files = await filesUnder(dataDir);
    // A bus file may be delivered (and removed) between listing and reading.
    const contents = await Promise.all(
      files.map((file) => readFile(file).catch(() => Buffer.alloc(0))),
    );
    const everything = Buffer.concat(contents);
    expect(everything.includes(Buffer.from('koordination@geheim.example'))).toBe(true);
    for (const form of forms) expect(everything.includes(Buffer.from(form)), form).toBe(false);
    expect(everything.includes(Buffer.from(secretKey, 'base64'))).toBe(false);
  }, 120_000);
});

describe('keys (issue 8)', () => {
  it('rotate-secret --now ends the old secret at once', async () => {
    const { carrierId, webhookSecret } = (
      await tandem(
        'carriers',
        'add',
        '--name',
        'Leck e.V.',
        '--coordinator-email',
        'k@leck.example',
      )
    ).json() as Record<string, string>;
    const before = Date.now();
    const rotated = await tandem('carriers', 'rotate-secret', carrierId, '--now');
    expect(rotated.code, rotated.stderr).toBe(0);
    const result = rotated.json() as { webhookSecret: string; previousValidUntil: string };
    expect(Object.keys(result).sort()).toEqual(['previousValidUntil', 'webhookSecret']);
    expect(Date.parse(result.previousValidUntil)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(result.previousValidUntil)).toBeLessThanOrEqual(Date.now());
    expect(await postWebhook(carrierId, webhookSecret, 'm-old')).toBe(401);
    expect(await postWebhook(carrierId, result.webhookSecret, 'm-new')).toBe(202);
  }, 120_000);

  it('lists keys without the keys, revokes one, and lets admin keys expire', async () => {
    const { carrierId, apiKey } = (
      await tandem(
        'carriers',
        'add',
        '--name',
        'Liste e.V.',
        '--coordinator-email',
        'k@liste.example',
      )
    ).json() as Record<string, string>;
    const admin = (await tandem('admin-key', 'create')).json() as { apiKey: string };
    const shortAdmin = (await tandem('admin-key', 'create', '--days', '1')).json() as {
      apiKey: string;
    };
    expect(await getMatches(carrierId, admin.apiKey)).toBe(200);

    const listed = await tandem('api-keys', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    for (const key of [apiKey, admin.apiKey, shortAdmin.apiKey]) {
      expect(listed.stdout).not.toContain(key!);
      expect(listed.stdout).not.toContain(key!.slice(4, 20));
    }
    const { keys } = listed.json() as {
      keys: {
        id: string;
        scope: string;
        carrierId?: string;
        createdAt: string;
        expiresAt: string | null;
      }[];
    };
    const carrierKey = keys.find((key) => key.carrierId === carrierId);
    expect(carrierKey).toMatchObject({ scope: 'carrier', expiresAt: null });
    expect(carrierKey?.id).toMatch(/^[0-9a-f]{16}$/);
    const admins = keys.filter((key) => key.scope === 'admin');
    const days = (key: { createdAt: string; expiresAt: string | null }) =>
      (Date.parse(key.expiresAt ?? '') - Date.parse(key.createdAt)) / 86_400_000;
    expect(admins.map(days).sort((a, b) => a - b)).toEqual(expect.arrayContaining([1, 90]));

    const revoked = await tandem('api-keys', 'revoke', carrierKey!.id);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.json()).toEqual({ revoked: carrierKey!.id });
    expect(await getMatches(carrierId, apiKey!)).toBe(401);
    const after = (await tandem('api-keys', 'list')).json() as { keys: { id: string }[] };
    expect(after.keys.map((key) => key.id)).not.toContain(carrierKey!.id);
    expect((await tandem('api-keys', 'revoke', carrierKey!.id)).code).toBe(1);
    expect((await tandem('admin-key', 'create', '--days', '0')).code).toBe(2);
  }, 180_000);
});
