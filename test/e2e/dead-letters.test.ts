import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { retryWindowSeconds, eventRoutes } from '../../shared/events/routes';
import {
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { shellEnv } from '../support/npm-start-child';

// Issue 11: a consumer that fails for a while recovers by itself; one that fails for good
// ends in the dead letters, which an operator lists and redrives with `npx tandem`. The
// fault is the table refusing writes, injected into the real DynamoDB client's middleware
// stack (the handlers run unchanged). Retry delays are the routes' own, scaled down for
// tests (first retry after 5 ms, the whole window ≈ 20 s instead of ≈ 33 h).

const fault = { on: false, hits: 0 };
const writeOperations = /\.(PutItem|UpdateItem|DeleteItem|TransactWriteItems|BatchWriteItem)$/;

beforeAll(() => {
  dynamo.middlewareStack.add(
    (next) => async (args) => {
      const headers = (args.request as { headers?: Record<string, string> }).headers ?? {};
      if (fault.on && writeOperations.test(headers['x-amz-target'] ?? '')) {
        fault.hits++;
        throw new ProvisionedThroughputExceededException({
          message: 'injected: the table refuses writes',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'build', name: 'injectedTableFault' },
  );
});
afterAll(() => {
  dynamo.middlewareStack.remove('injectedTableFault');
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `npx tandem …` as an operator types it, against this file's running local system. */
async function tandem(...args: string[]) {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: shellEnv({
      TANDEM_API_PORT: new URL(localSystem().urls.api).port,
      TANDEM_DYNAMODB_PORT: new URL(localSystem().urls.dynamodb).port,
      TANDEM_DATA_DIR: localSystem().dataDir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as unknown;
}

const send = async (carrier: TestCarrier, body: unknown) => {
  expect((await sendWebhook(carrier, body)).status).toBe(202);
};

const checkIn = (checkInId: string, occurredOn: string) =>
  webhook('checkin.recorded', {
    checkInId,
    matchId: 'm-1',
    occurredOn,
    with: 'mentee',
    channel: 'phone',
  });

const queueFiles = async (route: string) => {
  const dir = join(localSystem().dataDir, 'bus', route);
  return Promise.all(
    (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .map(
        async (name) =>
          JSON.parse(await readFile(join(dir, name), 'utf8')) as {
            attempts: number;
            nextAttemptAt: number;
          },
      ),
  );
};

let carrier: TestCarrier;

describe('recovery and dead letters (issue 11, SPEC §8)', () => {
  beforeAll(async () => {
    carrier = await onboardCarrier();
    await send(
      carrier,
      webhook('match.created', {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-01-06',
        programme: 'other',
      }),
    );
    await processed();
  });

  it('a consumer failing for longer than 4 s recovers by itself once the fault ends; the fact counts once', async () => {
    // The window the route's retries span, scaled as in these tests, outlasts the fault.
    const { retry } = eventRoutes.find((candidate) => candidate.id === 'RecordCheckIn')!.delivery;
    const scaledWindowMs = retryWindowSeconds(retry) * (5 / retry.firstDelaySeconds);
    expect(scaledWindowMs).toBeGreaterThan(10_000);
    const deadLettersBefore = localSystem().bus.deadLetters.length;
    fault.on = true;
    fault.hits = 0;
    await send(carrier, checkIn('ci-1', '2025-01-20'));
    await sleep(4_500);
    // Retried meanwhile, with the attempt count and the next attempt's time on disk.
    expect(fault.hits).toBeGreaterThan(3);
    const [waiting] = await queueFiles('RecordCheckIn');
    expect(waiting?.attempts).toBeGreaterThan(3);
    expect(waiting?.nextAttemptAt).toBeGreaterThan(0);
    fault.on = false;
    await processed();
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({
      count: 1,
      lastOn: '2025-01-20',
    });
    expect(localSystem().bus.deadLetters.length).toBe(deadLettersBefore);
    expect(await queueFiles('RecordCheckIn')).toEqual([]);
  }, 120_000);

  it('dead-letters what keeps failing; `dead-letters list` counts it per route', async () => {
    fault.on = true;
    await send(carrier, checkIn('ci-2', '2025-02-03'));
    // A participant's facts, dead-lettered too: the erasure below must not leave them there.
    await send(
      carrier,
      webhook('participant.registered', { participantId: 'p-9', role: 'mentor' }),
    );
    await send(
      carrier,
      webhook('match.created', {
        matchId: 'm-9',
        mentorId: 'p-9',
        menteeId: 'p-8',
        startedOn: '2025-01-06',
        programme: 'other',
      }),
    );
    await processed();
    fault.on = false;
    expect(await tandem('dead-letters', 'list')).toEqual({
      total: 3,
      byRoute: { RecordCheckIn: 1, RecordMatchCreated: 1, RecordParticipant: 1 },
    });
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({ count: 1 });
  }, 120_000);

  it('purges the dead letters naming a participant once their erasure is processed', async () => {
    await send(carrier, webhook('participant.erased', { participantId: 'p-9' }));
    await processed();
    const deadLetterDir = join(localSystem().dataDir, 'dead-letters');
    for (const route of await readdir(deadLetterDir)) {
      for (const name of await readdir(join(deadLetterDir, route))) {
        expect(await readFile(join(deadLetterDir, route, name), 'utf8')).not.toContain('"p-9"');
      }
    }
    expect(await tandem('dead-letters', 'list')).toEqual({
      total: 1,
      byRoute: { RecordCheckIn: 1 },
    });
  }, 120_000);

  it('`dead-letters redrive` processes the event once the fault is gone, exactly once', async () => {
    expect(await tandem('dead-letters', 'redrive', '--route', 'RecordCheckIn')).toEqual({
      redriven: 1,
      remaining: 0,
    });
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({
      count: 2,
      lastOn: '2025-02-03',
    });
    expect(await tandem('dead-letters', 'redrive')).toEqual({ redriven: 0, remaining: 0 });
    expect(await tandem('dead-letters', 'list')).toEqual({ total: 0, byRoute: {} });
    await processed();
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({ count: 2 });
  }, 120_000);
});
