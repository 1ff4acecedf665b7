import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePorts,
  postWebhook,
  queuedEvents,
  startNpmStart,
  tandem,
  waitFor,
  type ChildCarrier,
  type StartedSystem,
} from '../support/npm-start-child';

// Issue 8: a 2xx means stored. A partner sends a burst of check-ins, `npm start` is killed
// with SIGKILL in the middle, started again on the same data dir, and the partner resends
// only what got no 2xx (it never resends what was acknowledged). Every acknowledged fact
// must be there, and every fact counted once.

const burst = 200;
let system: StartedSystem | undefined;

afterAll(async () => {
  if (system && system.child.exitCode === null) {
    system.child.kill('SIGKILL');
    await system.exited;
  }
});

const checkIn = (index: number) => {
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

describe('durable local bus (issue 8)', () => {
  it('keeps every acknowledged check-in across a kill -9 in mid-burst, each counted once', async () => {
    const ports = await freePorts();
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-crash-'));
    system = await startNpmStart(ports, dataDir);

    const added = await tandem(
      ports,
      dataDir,
      'carriers',
      'add',
      '--name',
      'Crash e.V.',
      '--coordinator-email',
      'k@crash.example',
    );
    expect(added.code).toBe(0);
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
    expect(created.status).toBe(202);

    // The burst, 20 at a time; SIGKILL once 60 are acknowledged.
    const acknowledged = new Set<number>();
    const killed = system;
    let next = 0;
    const sender = async () => {
      while (next < burst) {
        const index = next++;
        try {
          const response = await postWebhook(ports.api, carrier, checkIn(index), `msg_${index}`);
          if (response.status === 202) acknowledged.add(index);
        } catch {
          // No answer: the partner will resend it.
        }
        if (acknowledged.size >= 60 && killed.child.exitCode === null) killed.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 20 }, sender));
    expect(await killed.exited).toBe('SIGKILL');
    const unacknowledged = Array.from({ length: burst }, (_, index) => index).filter(
      (index) => !acknowledged.has(index),
    );
    // Killed in the middle: some were acknowledged, others not.
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    expect(unacknowledged.length).toBeGreaterThan(0);

    system = await startNpmStart(ports, dataDir);
    for (const index of unacknowledged) {
      const response = await postWebhook(ports.api, carrier, checkIn(index), `msg_${index}`);
      expect(response.status).toBe(202);
    }
    await waitFor(
      async () => (await queuedEvents(dataDir)) === 0,
      'the bus to deliver everything',
      system.output,
      150_000,
    );

    const read = await fetch(
      `http://127.0.0.1:${ports.api}/v1/carriers/${carrier.carrierId}/matches/m-1`,
      {
        headers: { authorization: `Bearer ${carrier.apiKey}` },
      },
    );
    expect(read.status).toBe(200);
    const match = (await read.json()) as {
      status: string;
      checkIns: { count: number; lastOn: string };
    };
    expect(match.status).toBe('active');
    expect(match.checkIns.count).toBe(burst);
    expect(match.checkIns.lastOn).toBe(checkIn(burst - 1).data.occurredOn);
    const deadLetters = await tandem(ports, dataDir, 'dead-letters', 'list');
    expect(JSON.parse(deadLetters.stdout)).toEqual({ total: 0, byRoute: {} });
  }, 360_000);
});
