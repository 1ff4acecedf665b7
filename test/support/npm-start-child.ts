import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Webhook } from 'standardwebhooks';

// `npm start` as its own process on its own data dir and ports, and the CLI against it,
// exactly as an operator types them (without npm in between to swallow signals).

export const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
};

/** The environment of a fresh shell: nothing of this test worker's own local system. */
export const shellEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
};

export interface Ports {
  readonly api: number;
  readonly dynamodb: number;
  readonly ses: number;
}

export const freePorts = async (): Promise<Ports> => ({
  api: await freePort(),
  dynamodb: await freePort(),
  ses: await freePort(),
});

export interface StartedSystem {
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

const systemEnv = (ports: Ports, dataDir: string, extra: Record<string, string> = {}) =>
  shellEnv({
    TANDEM_API_PORT: String(ports.api),
    TANDEM_DYNAMODB_PORT: String(ports.dynamodb),
    TANDEM_SES_PORT: String(ports.ses),
    TANDEM_DATA_DIR: dataDir,
    ...extra,
  });

/** Ends a system a test left running (afterAll), at once: its data dir is thrown away. */
export async function killIfRunning(system: StartedSystem | undefined): Promise<void> {
  if (system && system.child.exitCode === null) {
    system.child.kill('SIGKILL');
    await system.exited;
  }
}

/**
 * Starts `npm start` and waits until it says it runs. `fileSizeLimit` (the shell's
 * `ulimit -f` blocks) makes every write past that size fail as on a full disk.
 */
export async function startNpmStart(
  ports: Ports,
  dataDir: string,
  extra: Record<string, string> = {},
  { fileSizeLimit }: { fileSizeLimit?: number } = {},
): Promise<StartedSystem> {
  const start = 'node --import tsx local/start.ts';
  const child = spawn(
    'sh',
    [
      '-c',
      fileSizeLimit === undefined ? `exec ${start}` : `ulimit -f ${fileSizeLimit} && exec ${start}`,
    ],
    { env: systemEnv(ports, dataDir, extra), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const system = { child, output: () => output, exited };
  await waitFor(
    () => output.includes('Stop with Ctrl-C') || child.exitCode !== null,
    'npm start',
    () => output,
    90_000,
  );
  if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
  return system;
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  describe: () => string = () => '',
  ms = 60_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Files still waiting on the bus's queues (none once everything is processed). */
export async function queuedEvents(dataDir: string): Promise<number> {
  const busDir = join(dataDir, 'bus');
  let count = 0;
  for (const route of await readdir(busDir)) count += (await readdir(join(busDir, route))).length;
  return count;
}

/** Runs `npx tandem …` against the system on these ports and data dir. */
export async function tandem(ports: Ports, dataDir: string, ...args: string[]) {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: systemEnv(ports, dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

export interface ChildCarrier {
  readonly carrierId: string;
  readonly webhookSecret: string;
  readonly apiKey: string;
}

/** POSTs a webhook signed with the official `standardwebhooks` package. */
export function postWebhook(
  apiPort: number,
  carrier: ChildCarrier,
  body: unknown,
  webhookId: string,
): Promise<Response> {
  const payload = JSON.stringify(body);
  const now = new Date();
  return fetch(`http://127.0.0.1:${apiPort}/v1/carriers/${carrier.carrierId}/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(carrier.webhookSecret).sign(webhookId, now, payload),
    },
    body: payload,
  });
}

/** The index-th of a series of daily check-ins on match m-1, from 2 January 2024. */
export const dailyCheckIn = (index: number) => {
  const day = new Date(Date.UTC(2024, 0, 2 + index)).toISOString().slice(0, 10);
  return {
    type: 'checkin.recorded',
    timestamp: `${day}T12:00:00Z`,
    data: {
      checkInId: `ci-${index}`,
      matchId: 'm-1',
      occurredOn: day,
      with: 'both',
      channel: 'video',
    },
  };
};

/** `carriers add` through the CLI, then match m-1 through a signed webhook (202 checked). */
export async function carrierWithMatch(
  ports: Ports,
  dataDir: string,
  name: string,
): Promise<ChildCarrier> {
  const added = await tandem(
    ports,
    dataDir,
    'carriers',
    'add',
    '--name',
    name,
    '--coordinator-email',
    'koordination@example.org',
  );
  if (added.code !== 0) throw new Error(`carriers add failed: ${added.stderr}`);
  const carrier = JSON.parse(added.stdout) as ChildCarrier;
  const created = await postWebhook(
    ports.api,
    carrier,
    {
      type: 'match.created',
      timestamp: '2024-01-01T09:00:00Z',
      data: {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2024-01-01',
        programme: 'other',
      },
    },
    'msg_created',
  );
  if (created.status !== 202) throw new Error(`match.created got ${created.status}`);
  return carrier;
}

/** Match m-1 through the read API, once the bus has delivered everything. */
export async function deliveredMatch(
  system: StartedSystem,
  ports: Ports,
  dataDir: string,
  carrier: ChildCarrier,
): Promise<{ status: string; checkIns: { count: number; lastOn: string } }> {
  await waitFor(
    async () => (await queuedEvents(dataDir)) === 0,
    'the bus to deliver everything',
    system.output,
    150_000,
  );
  const read = await fetch(
    `http://127.0.0.1:${ports.api}/v1/carriers/${carrier.carrierId}/matches/m-1`,
    { headers: { authorization: `Bearer ${carrier.apiKey}` } },
  );
  if (read.status !== 200) throw new Error(`GET match m-1 got ${read.status}`);
  return (await read.json()) as { status: string; checkIns: { count: number; lastOn: string } };
}
