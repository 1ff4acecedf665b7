import { chmod, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localTokenHeader } from '../../local/local-token';
import {
  freePorts,
  startNpmStart,
  waitFor,
  type Ports,
  type StartedSystem,
  killIfRunning,
} from '../support/npm-start-child';

// Issue 8: the first Ctrl-C drains for a few seconds at most (what is not done waits on
// disk for the next start, with its retry state), a second Ctrl-C stops at once.

let system: StartedSystem | undefined;
afterAll(() => killIfRunning(system));

interface QueuedFile {
  readonly attempts: number;
  readonly nextAttemptAt: number;
}

const queued = async (dataDir: string): Promise<QueuedFile[]> => {
  const dir = join(dataDir, 'bus', 'RecordCheckIn');
  return Promise.all(
    // Only whole messages: a `.tmp` file is one being written.
    (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as QueuedFile),
  );
};

/** An event its consumer rejects (the detail breaks the catalogue): retried in 30 s. */
async function putFailingEvent(ports: Ports, dataDir: string) {
  const token = (await readFile(join(dataDir, 'local-token'), 'utf8')).trim();
  const response = await fetch(`http://127.0.0.1:${ports.api}/_local/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', [localTokenHeader]: token },
    body: JSON.stringify({
      Entries: [
        {
          EventBusName: 'tandem',
          Source: 'tandem.webhooks',
          DetailType: 'CheckInRecorded',
          Detail: JSON.stringify({ carrierId: 'c-none' }),
        },
      ],
    }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ FailedEntryCount: 0 });
}

describe('Ctrl-C (issue 8)', () => {
  it('drains for a few seconds at most, keeps what is pending on disk, and stops at once on a second Ctrl-C', async () => {
    const ports = await freePorts();
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-shutdown-'));
    await chmod(dataDir, 0o755);
    system = await startNpmStart(ports, dataDir);
    // The data dir is its owner's only, also when it existed with wider rights.
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);

    await putFailingEvent(ports, dataDir);
    await waitFor(
      async () => (await queued(dataDir))[0]?.attempts === 1,
      'the first failed attempt',
      system.output,
    );

    const first = system;
    const stopping = Date.now();
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    const drained = Date.now() - stopping;
    expect(drained).toBeLessThan(8_000);
    expect(first.output()).toContain('Stopped.');
    expect(first.output()).toMatch(/1 event\(s\) not yet processed stay in/);
    // Still there, with its attempt and the time of its retry.
    const [left] = await queued(dataDir);
    expect(left?.attempts).toBe(1);
    expect(left?.nextAttemptAt).toBeGreaterThan(Date.now());

    system = await startNpmStart(ports, dataDir);
    expect(system.output()).toContain('1 RecordCheckIn event(s) from the last run');
    const second = system;
    const interrupted = Date.now();
    second.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(130);
    expect(Date.now() - interrupted).toBeLessThan(2_500);
    expect(second.output()).toContain('stopped at once');
    expect((await queued(dataDir))[0]?.attempts).toBe(1);
  }, 240_000);
});
