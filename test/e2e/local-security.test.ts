import { request } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { localTokenHeader } from '../../local/local-token';
import { localSystem } from '../support/local-system-instance';

// Issue 8: the internal endpoints of the local system take requests only with the data dir's
// token, and the local API answers only to 127.0.0.1 / localhost (DNS rebinding).

const api = () => localSystem().urls.api;

/** Queue files on the bus (every accepted event has one until it is processed). */
const queuedFiles = async () => {
  const busDir = join(localSystem().dataDir, 'bus');
  const routes = await readdir(busDir);
  return (await Promise.all(routes.map((route) => readdir(join(busDir, route))))).flat();
};

const forgedMatch = JSON.stringify({
  Entries: [
    {
      EventBusName: 'tandem',
      Source: 'tandem.webhooks',
      DetailType: 'MatchCreated',
      Detail: JSON.stringify({
        carrierId: 'c-victim',
        webhookId: 'forged',
        occurredAt: '2025-01-01T00:00:00Z',
        receivedAt: '2025-01-01T00:00:00Z',
        data: {
          matchId: 'm-forged',
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn: '2025-01-01',
          programme: 'other',
        },
      }),
    },
  ],
});

/** A raw request, so that the Host header is exactly what a rebinding page would send. */
const rawRequest = (path: string, headers: Record<string, string>, method = 'GET', body = '') =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { port } = new URL(api());
    const outgoing = request(
      { host: '127.0.0.1', port, path, method, headers, setHost: false },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });

describe('the local system is not an open door (issue 8)', () => {
  it('refuses an unauthenticated text/plain POST to /_local/events and stores nothing', async () => {
    const putEvents = vi.spyOn(localSystem().bus, 'putEvents');
    const before = await queuedFiles();
    // What any web page can send without a preflight.
    const response = await fetch(`${api()}/_local/events`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: forgedMatch,
    });
    expect(response.status).toBe(403);
    const wrongToken = await fetch(`${api()}/_local/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', [localTokenHeader]: 'x'.repeat(43) },
      body: forgedMatch,
    });
    expect(wrongToken.status).toBe(403);
    expect(putEvents).not.toHaveBeenCalled();
    expect(await queuedFiles()).toEqual(before);
    expect(localSystem().bus.pendingCount()).toBe(0);
    putEvents.mockRestore();
  });

  it('refuses the object store and function invocation without the token', async () => {
    const object = await fetch(`${api()}/_local/s3/tandem-reports/2025/anything.json`);
    expect(object.status).toBe(403);
    const invoke = await fetch(`${api()}/_local/functions/ReminderSweep`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(invoke.status).toBe(403);
    const redrive = await fetch(`${api()}/_local/dead-letters/redrive`, { method: 'POST' });
    expect(redrive.status).toBe(403);
  });

  it('takes PutEvents with the token, as the SDK clients and the CLI send it', async () => {
    const response = await fetch(`${api()}/_local/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        [localTokenHeader]: localSystem().localToken,
      },
      // A detail type no route takes: accepted, delivered nowhere.
      body: JSON.stringify({
        Entries: [
          { EventBusName: 'tandem', Source: 'test.security', DetailType: 'Nothing', Detail: '{}' },
        ],
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ FailedEntryCount: 0 });
  });

  it('answers only to 127.0.0.1 and localhost on its own port (DNS rebinding)', async () => {
    const { port } = new URL(api());
    const foreign = await rawRequest('/v1/carriers/c-1/matches', {
      host: `attacker.example:${port}`,
    });
    expect(foreign.status).toBe(421);
    const otherPort = await rawRequest('/v1/carriers/c-1/matches', { host: '127.0.0.1:1' });
    expect(otherPort.status).toBe(421);
    const rebound = await rawRequest(
      '/_local/events',
      {
        host: `rebind.attacker.example:${port}`,
        'content-type': 'text/plain',
        [localTokenHeader]: localSystem().localToken,
      },
      'POST',
      forgedMatch,
    );
    expect(rebound.status).toBe(421);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      // Reaches the route (401 without an API key), not the refusal.
      expect((await rawRequest('/v1/carriers/c-1/matches', { host })).status).toBe(401);
    }
  });

  it('keeps its data dir for its owner only (0700) and the token file 0600', async () => {
    const { dataDir, localToken } = localSystem();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    const tokenFile = join(dataDir, 'local-token');
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    expect((await readFile(tokenFile, 'utf8')).trim()).toBe(localToken);
    expect(localToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
