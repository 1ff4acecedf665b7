import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  carrierWithMatch,
  dailyCheckIn,
  deliveredMatch,
  freePorts,
  postWebhook,
  startNpmStart,
  tandem,
  type StartedSystem,
  killIfRunning,
} from '../support/npm-start-child';

// Issue 8: a 2xx means stored. A partner sends a burst of check-ins, `npm start` is killed
// with SIGKILL in the middle, started again on the same data dir, and the partner resends
// only what got no 2xx (it never resends what was acknowledged). Every acknowledged fact
// must be there, and every fact counted once.

const burst = 200;
let system: StartedSystem | undefined;

afterAll(() => killIfRunning(system));

describe('durable local bus (issue 8)', () => {
  it('keeps every acknowledged check-in across a kill -9 in mid-burst, each counted once', async () => {
    const ports = await freePorts();
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-crash-'));
    system = await startNpmStart(ports, dataDir);

    const carrier = await carrierWithMatch(ports, dataDir, 'Crash e.V.');

    // The burst, 20 at a time; SIGKILL once 60 are acknowledged.
    const acknowledged = new Set<number>();
    const killed = system;
    let next = 0;
    const sender = async () => {
      while (next < burst) {
        const index = next++;
        try {
          const response = await postWebhook(
            ports.api,
            carrier,
            dailyCheckIn(index),
            `msg_${index}`,
          );
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
      const response = await postWebhook(ports.api, carrier, dailyCheckIn(index), `msg_${index}`);
      expect(response.status).toBe(202);
    }
    const match = await deliveredMatch(system, ports, dataDir, carrier);
    expect(match.status).toBe('active');
    expect(match.checkIns.count).toBe(burst);
    expect(match.checkIns.lastOn).toBe(dailyCheckIn(burst - 1).data.occurredOn);
    const deadLetters = await tandem(ports, dataDir, 'dead-letters', 'list');
    expect(JSON.parse(deadLetters.stdout)).toEqual({ total: 0, byRoute: {} });
  }, 360_000);
});
