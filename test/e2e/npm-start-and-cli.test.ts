import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, shellEnv } from '../support/npm-start-child';
import {
  readFunderConfigFile,
  exampleFunderConfigPath,
} from '../../shared/config/funder-config-file';

// The newcomer's path through the README: `npm start`, `npx tandem carriers add`, a signed
// webhook with curl, reading the match; as separate processes, exactly as typed.

let ports: { api: number; dynamodb: number; ses: number };
let dataDir: string;
let system: ChildProcess | undefined;
let output = '';

const startSystem = async (extra: Record<string, string> = {}) => {
  // Exactly the `npm start` script, without npm in between to swallow the signal.
  const child = spawn('node', ['--import', 'tsx', 'local/start.ts'], {
    env: shellEnv({
      TANDEM_API_PORT: String(ports.api),
      TANDEM_DYNAMODB_PORT: String(ports.dynamodb),
      TANDEM_SES_PORT: String(ports.ses),
      TANDEM_DATA_DIR: dataDir,
      ...extra,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return child;
};

const waitFor = async (condition: () => boolean, what: string, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const tandem = async (...args: string[]) => {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: shellEnv({ TANDEM_DYNAMODB_PORT: String(ports.dynamodb), TANDEM_DATA_DIR: dataDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
};

const stopSystem = async () => {
  if (!system || system.exitCode !== null) return undefined;
  const exited = once(system, 'exit');
  system.kill('SIGINT');
  const [code] = (await exited) as [number];
  return code;
};

beforeAll(async () => {
  ports = { api: await freePort(), dynamodb: await freePort(), ses: await freePort() };
  dataDir = await mkdtemp(join(tmpdir(), 'tandem-start-'));
  system = await startSystem();
  await waitFor(() => output.includes('Stop with Ctrl-C'), 'npm start');
});

afterAll(async () => {
  await stopSystem();
});

describe('npm start and npx tandem', () => {
  let carrier: { carrierId: string; webhookSecret: string; apiKey: string };

  it('prints where everything is, on 127.0.0.1 and the configured ports', () => {
    expect(output).toContain(`http://127.0.0.1:${ports.api}`);
    expect(output).toContain(`http://127.0.0.1:${ports.dynamodb}`);
    expect(output).toContain(`http://127.0.0.1:${ports.ses}`);
  });

  it('onboards a carrier, printing one JSON object', async () => {
    const { code, stdout } = await tandem(
      'carriers',
      'add',
      '--name',
      'Brückenbauer e.V.',
      '--coordinator-email',
      'k@brueckenbauer.example',
      '--lead-email',
      'v@brueckenbauer.example',
      '--language',
      'tr',
      '--migrant-organisation',
      '--municipality',
      '05315000',
    );
    expect(code).toBe(0);
    carrier = JSON.parse(stdout) as typeof carrier;
    expect(Object.keys(carrier).sort()).toEqual(['apiKey', 'carrierId', 'webhookSecret']);
    expect(carrier.webhookSecret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
  });

  it('takes a signed webhook and serves the active match', async () => {
    const payload = JSON.stringify({
      type: 'match.created',
      timestamp: new Date().toISOString(),
      data: {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-02-03',
        programme: 'education_work',
      },
    });
    const now = new Date();
    const response = await fetch(
      `http://127.0.0.1:${ports.api}/v1/carriers/${carrier.carrierId}/webhooks`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': 'msg_readme',
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': new Webhook(carrier.webhookSecret).sign('msg_readme', now, payload),
        },
        body: payload,
      },
    );
    expect(response.status).toBe(202);
    let match: Record<string, unknown> = {};
    for (let attempt = 0; attempt < 100 && match.status !== 'active'; attempt++) {
      const read = await fetch(
        `http://127.0.0.1:${ports.api}/v1/carriers/${carrier.carrierId}/matches/m-1`,
        {
          headers: { authorization: `Bearer ${carrier.apiKey}` },
        },
      );
      match = (await read.json()) as Record<string, unknown>;
      if (match.status !== 'active') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(match).toMatchObject({
      matchId: 'm-1',
      status: 'active',
      mentorId: 'p-1',
      menteeId: 'p-2',
    });
  });

  it('rotates a secret and creates an admin key', async () => {
    const rotated = await tandem('carriers', 'rotate-secret', carrier.carrierId);
    expect(rotated.code).toBe(0);
    expect(Object.keys(JSON.parse(rotated.stdout) as object).sort()).toEqual([
      'previousValidUntil',
      'webhookSecret',
    ]);
    const admin = await tandem('admin-key', 'create');
    expect(admin.code).toBe(0);
    expect(JSON.parse(admin.stdout)).toEqual({ apiKey: expect.stringMatching(/^tdm_/) });
  });

  it('backfills the derived items, with its progress on stderr', async () => {
    // Everything here was written by this version: the backfill finds its items in place
    // (two contacts, two participant links) and rewrites them unchanged; its summaries already
    // keep the at-risk dates, so none is derived anew.
    const backfilled = await tandem('backfill');
    expect(backfilled.code).toBe(0);
    expect(JSON.parse(backfilled.stdout)).toEqual({
      carriers: 1,
      contactItems: 2,
      participantLinks: 2,
      matchSummaries: 0,
      // Its office row was written when it was added, with the day of its first fact.
      officeRows: 0,
    });
    expect(backfilled.stderr).toContain('backfill: carrier 1 of 1');
  });

  it('explains bad input and unknown commands with exit code 2', async () => {
    const badEmail = await tandem('carriers', 'add', '--name', 'X', '--coordinator-email', 'nope');
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('coordinatorEmail');
    expect(badEmail.stdout).toBe('');
    const unknown = await tandem('carriers', 'launch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage');
    const missing = await tandem('carriers', 'rotate-secret', 'c-nobody');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('c-nobody');
  });

  it('stops cleanly on Ctrl-C and keeps its data for the next start', async () => {
    expect(await stopSystem()).toBe(0);
    expect(output).toContain('Stopped.');
    system = await startSystem();
    await waitFor(() => output.includes('Stop with Ctrl-C'), 'the second start');
    const read = await fetch(
      `http://127.0.0.1:${ports.api}/v1/carriers/${carrier.carrierId}/matches/m-1`,
      {
        headers: { authorization: `Bearer ${carrier.apiKey}` },
      },
    );
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ status: 'active' });
  });

  it('refuses to start with an invalid funder config, naming the field', async () => {
    await stopSystem();
    const path = join(dataDir, 'broken-funder.json');
    const example = readFunderConfigFile(exampleFunderConfigPath);
    await writeFile(path, JSON.stringify({ ...example, timezone: 'Mars/Olympus' }));
    const child = await startSystem({ TANDEM_FUNDER_CONFIG: path });
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(output).toContain('timezone');
  });
});
