import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { webhookSample } from '../../shared/openapi/sample';
import { webhookBodySchema } from '../../shared/schemas/webhooks';
import { getMatch, onboardCarrier, processed, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { assertDocumentedResponse } from '../support/openapi-responses';

// SPEC §11: `npx tandem webhooks sample|send` as separate processes against the running
// local system, the way a partner developer types them.

const portOf = (url: string) => new URL(url).port;

/** A fresh shell's environment, pointed at this test file's local system. */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)) env[name] = value;
  }
  const system = localSystem();
  return {
    ...env,
    TANDEM_API_PORT: portOf(system.urls.api),
    TANDEM_DYNAMODB_PORT: portOf(system.urls.dynamodb),
    TANDEM_DATA_DIR: system.dataDir,
  };
}

async function tandem(args: readonly string[], stdin?: string) {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: cliEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin ?? '');
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

/** The `{status, body}` that `webhooks send` prints, checked against the OpenAPI document. */
function sendResult(stdout: string, carrierId: string) {
  const result = JSON.parse(stdout) as { status: number; body: Record<string, unknown> };
  const contentType = result.status >= 400 ? 'application/problem+json' : 'application/json';
  assertDocumentedResponse(
    'POST',
    `/v1/carriers/${carrierId}/webhooks`,
    result.status,
    contentType,
    JSON.stringify(result.body),
  );
  return result;
}

let carrier: TestCarrier;
let dir: string;

beforeAll(async () => {
  carrier = await onboardCarrier();
  dir = await mkdtemp(join(tmpdir(), 'tandem-webhooks-cli-'));
});

// Each command is a fresh Node process through tsx: seconds each on a busy machine.
const cliTimeout = 120_000;

describe('tandem webhooks sample', () => {
  // Every type's sample is checked in test/unit/openapi-document.test.ts; here the command.
  it(
    'prints a valid body of the type, built from its schema',
    async () => {
      for (const type of ['match.created', 'funding.reported'] as const) {
        const { code, stdout, stderr } = await tandem(['webhooks', 'sample', type]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const sample = JSON.parse(stdout) as unknown;
        expect(sample).toEqual(webhookSample(type));
        expect(webhookBodySchema.parse(sample)).toMatchObject({ type });
      }
    },
    cliTimeout,
  );

  it(
    'names the known types for an unknown one and fails',
    async () => {
      const { code, stdout, stderr } = await tandem(['webhooks', 'sample', 'match.deleted']);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toContain('match.created');
    },
    cliTimeout,
  );
});

describe('tandem webhooks send', () => {
  it(
    "signs a file with the carrier's secret from the table: 202, and the match is there",
    async () => {
      const file = join(dir, 'match.json');
      await writeFile(file, JSON.stringify(webhookSample('match.created'), null, 2));

      const { code, stdout } = await tandem(['webhooks', 'send', carrier.carrierId, file]);
      const result = sendResult(stdout, carrier.carrierId);
      expect(result).toEqual({
        status: 202,
        body: { status: 'accepted', webhookId: expect.stringMatching(/^msg_/) },
      });
      expect(code).toBe(0);

      await processed();
      const match = await getMatch(carrier, 'm-1');
      expect(match.status).toBe(200);
      expect(match.body).toMatchObject({ matchId: 'm-1', status: 'active', mentorId: 'p-1' });
    },
    cliTimeout,
  );

  it(
    'reads the body from stdin with -, signs with --secret and sends to --url',
    async () => {
      const body = JSON.stringify(webhookSample('checkin.recorded'));
      const { code, stdout } = await tandem(
        [
          'webhooks',
          'send',
          carrier.carrierId,
          '-',
          '--secret',
          carrier.webhookSecret,
          '--url',
          `${localSystem().urls.api}/`,
        ],
        body,
      );
      expect(sendResult(stdout, carrier.carrierId).status).toBe(202);
      expect(code).toBe(0);
      await processed();
      const match = await getMatch(carrier, 'm-1');
      expect(match.body).toMatchObject({ checkIns: { count: 1, lastOn: '2025-02-17' } });
    },
    cliTimeout,
  );

  it(
    'prints the 401 for a wrong secret and exits non-zero',
    async () => {
      const file = join(dir, 'ended.json');
      await writeFile(file, JSON.stringify(webhookSample('match.ended')));
      const wrongSecret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
      const { code, stdout } = await tandem([
        'webhooks',
        'send',
        carrier.carrierId,
        file,
        '--secret',
        wrongSecret,
      ]);
      const result = sendResult(stdout, carrier.carrierId);
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({ status: 401, title: 'Unauthorized' });
      expect(code).toBe(1);
      await processed();
      expect((await getMatch(carrier, 'm-1')).body).toMatchObject({ status: 'active' });
    },
    cliTimeout,
  );

  it(
    'prints the 422 for a body with a field Tandem does not take, and exits non-zero',
    async () => {
      const body = webhookSample('participant.registered') as { data: Record<string, unknown> };
      body.data.name = 'Erika Mustermann';
      const { code, stdout } = await tandem(
        ['webhooks', 'send', carrier.carrierId, '-'],
        JSON.stringify(body),
      );
      const result = sendResult(stdout, carrier.carrierId);
      expect(result.status).toBe(422);
      expect(result.body.errors).toEqual([{ path: 'data.name', message: expect.any(String) }]);
      expect(code).toBe(1);
    },
    cliTimeout,
  );

  it(
    'fails without sending for a carrier that is not in the table and no --secret',
    async () => {
      const { code, stdout, stderr } = await tandem(['webhooks', 'send', 'c-unknown', '-'], '{}');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('--secret');
    },
    cliTimeout,
  );
});
