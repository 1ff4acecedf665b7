import { request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTableName } from '../../local/aws-environment';
import { localTokenHeader, sendLocalToken } from '../../local/local-token';
import {
  carrierWithMatch,
  deliveredMatch,
  freePorts,
  killIfRunning,
  startNpmStart,
  type Ports,
  type StartedSystem,
} from '../support/npm-start-child';

// Issue 16, point 6: the database and mail ports of `npm start` answer neither a page of
// another site (CORS, DNS rebinding) nor a client without the data dir's token; the API and
// the CLI still work through them.

let ports: Ports;
let dataDir: string;
let system: StartedSystem | undefined;
let token: string;

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw request, so that Host and Origin are exactly what a browser page would send. */
const raw = (
  port: number,
  options: { path?: string; method?: string; headers: Record<string, string>; body?: string },
) =>
  new Promise<RawAnswer>((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path ?? '/',
        method: options.method ?? 'GET',
        headers: options.headers,
        setHost: false,
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body ?? '');
  });

const dynamoHeaders = (operation: string) => ({
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': `DynamoDB_20120810.${operation}`,
  // dynalite checks the form of a signature, not the signature.
  authorization:
    'AWS4-HMAC-SHA256 Credential=local/20250101/eu-central-1/dynamodb/aws4_request, ' +
    'SignedHeaders=host;x-amz-date, Signature=0000',
  'x-amz-date': '20250101T000000Z',
});

const scanBody = JSON.stringify({ TableName: localTableName });
/** What a page would plant: an admin key hash of its own. */
const plantedKey = { pk: 'APIKEY#planted', sk: 'APIKEY#planted' };
const plantBody = JSON.stringify({
  TableName: localTableName,
  Item: { pk: { S: plantedKey.pk }, sk: { S: plantedKey.sk }, scope: { S: 'admin' } },
});

beforeAll(async () => {
  ports = await freePorts();
  dataDir = await mkdtemp(join(tmpdir(), 'tandem-ports-'));
  system = await startNpmStart(ports, dataDir);
  token = (await readFile(join(dataDir, 'local-token'), 'utf8')).trim();
  const ses = new SESv2Client({
    endpoint: `http://127.0.0.1:${ports.ses}`,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'tandem@funder.example',
      Destination: { ToAddresses: ['koordination@example.org'] },
      Content: {
        Simple: {
          Subject: { Data: 'Anmelden' },
          Body: { Text: { Data: 'http://127.0.0.1/app/sign-in/secret-link-token' } },
        },
      },
    }),
  );
  ses.destroy();
}, 120_000);

afterAll(async () => {
  await killIfRunning(system);
  await rm(dataDir, { recursive: true, force: true });
});

describe('the database port of npm start (issue 16, point 6)', () => {
  it('gives a page of another site nothing: no CORS grant, no scan, no write', async () => {
    const origin = 'https://attacker.example';
    const host = `127.0.0.1:${ports.dynamodb}`;
    const preflight = await raw(ports.dynamodb, {
      method: 'OPTIONS',
      headers: {
        host,
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.status).toBe(403);

    const scan = await raw(ports.dynamodb, {
      method: 'POST',
      headers: { host, origin, ...dynamoHeaders('Scan') },
      body: scanBody,
    });
    expect(scan.status).toBe(403);
    expect(scan.headers['access-control-allow-origin']).toBeUndefined();
    expect(scan.body).not.toContain('koordination');
    expect(scan.body).not.toContain('Items');

    // Even with the token (which no page has) a page's request is refused.
    const plant = await raw(ports.dynamodb, {
      method: 'POST',
      headers: { host, origin, [localTokenHeader]: token, ...dynamoHeaders('PutItem') },
      body: plantBody,
    });
    expect(plant.status).toBe(403);
  });

  it('answers no other Host (DNS rebinding) and no client without the token', async () => {
    const rebound = await raw(ports.dynamodb, {
      method: 'POST',
      headers: {
        host: `rebind.attacker.example:${ports.dynamodb}`,
        [localTokenHeader]: token,
        ...dynamoHeaders('Scan'),
      },
      body: scanBody,
    });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('Items');

    const host = `127.0.0.1:${ports.dynamodb}`;
    const noToken = await raw(ports.dynamodb, {
      method: 'POST',
      headers: { host, ...dynamoHeaders('PutItem') },
      body: plantBody,
    });
    expect(noToken.status).toBe(403);
    const wrongToken = await raw(ports.dynamodb, {
      method: 'POST',
      headers: { host, [localTokenHeader]: 'x'.repeat(43), ...dynamoHeaders('Scan') },
      body: scanBody,
    });
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.body).not.toContain('Items');
    const health = await raw(ports.dynamodb, { headers: { host } });
    expect(health.status).toBe(403);
  });

  it('works for the SDK with the token: nothing was planted, and the CLI and API work', async () => {
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: `http://127.0.0.1:${ports.dynamodb}`,
        region: 'eu-central-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    sendLocalToken(client, token);
    const { Item } = await client.send(
      new GetCommand({ TableName: localTableName, Key: plantedKey, ConsistentRead: true }),
    );
    client.destroy();
    expect(Item).toBeUndefined();

    // `carriers add` (the CLI, with the data dir's token), a webhook, the read API.
    const carrier = await carrierWithMatch(ports, dataDir, 'Paten am Port e.V.');
    const match = await deliveredMatch(system!, ports, dataDir, carrier);
    expect(match.status).toBe('active');
  }, 120_000);
});

describe('the mail page of npm start (issue 16, point 6)', () => {
  const own = () => `127.0.0.1:${ports.ses}`;

  it('shows the sent mail to this machine: page and JSON', async () => {
    for (const host of [own(), `localhost:${ports.ses}`]) {
      expect((await raw(ports.ses, { headers: { host } })).status).toBe(200);
    }
    const store = await raw(ports.ses, {
      path: '/store',
      headers: { host: own(), 'sec-fetch-site': 'same-origin' },
    });
    expect(store.status).toBe(200);
    expect(store.body).toContain('secret-link-token');
  });

  it('gives a page of another site, or a rebound name, nothing of it', async () => {
    const attempts: Record<string, string>[] = [
      { host: `attacker.example:${ports.ses}` },
      { host: own(), origin: 'https://attacker.example' },
      { host: own(), origin: `http://127.0.0.1:${ports.api}` },
      // A cross-site read without Origin (e.g. a <script> tag): the browser still says so.
      { host: own(), 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const answer = await raw(ports.ses, { path: '/store', headers });
      expect(answer.status, JSON.stringify(headers)).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('secret-link-token');
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    const cleared = await raw(ports.ses, {
      path: '/clear-store',
      method: 'POST',
      headers: { host: own(), origin: 'https://attacker.example' },
    });
    expect(cleared.status).toBe(403);
    const store = await raw(ports.ses, { path: '/store', headers: { host: own() } });
    expect(store.body).toContain('secret-link-token');
  });
});
