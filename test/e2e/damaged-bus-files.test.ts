import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  carrierWithMatch,
  deliveredMatch,
  freePorts,
  killIfRunning,
  startNpmStart,
  tandem,
  type StartedSystem,
} from '../support/npm-start-child';

// Issue 16, point 9: a queue file that holds no event (cut off by a full disk, edited by
// hand, `{}`) neither stops `npm start` nor waits on its queue forever: it goes to the
// route's dead letters, the log names the file, and `dead-letters list` counts it.

let system: StartedSystem | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  await killIfRunning(system);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('damaged files on the local bus (issue 16, point 9)', () => {
  it('moves them to their route’s dead letters, names each, and runs on', async () => {
    const ports = await freePorts();
    dataDir = await mkdtemp(join(tmpdir(), 'tandem-damaged-bus-'));
    const queue = join(dataDir, 'bus', 'RecordCheckIn');
    await mkdir(queue, { recursive: true, mode: 0o700 });
    const cutOff = join(queue, 'msg-cut-off.json');
    const empty = join(queue, 'msg-empty.json');
    const misnamed = join(queue, 'msg-misnamed.json');
    await writeFile(cutOff, '{"messageId":"msg-cut-off","event":{"id":"e-1","sour');
    await writeFile(empty, '{}');
    await writeFile(
      misnamed,
      JSON.stringify({
        messageId: 'msg-other',
        event: { id: 'e', source: 's', 'detail-type': 'CheckInRecorded', time: 't', detail: {} },
        attempts: 0,
        nextAttemptAt: 0,
      }),
    );

    system = await startNpmStart(ports, dataDir);
    const output = system.output();
    for (const file of [cutOff, empty, misnamed]) {
      expect(output).toMatch(new RegExp(`dead letter: queue file ${file} holds no event`));
    }
    expect(output).toContain('not JSON');
    expect(await readdir(queue)).toEqual([]);
    const listed = await tandem(ports, dataDir, 'dead-letters', 'list');
    expect(JSON.parse(listed.stdout)).toEqual({ total: 3, byRoute: { RecordCheckIn: 3 } });

    // What the file held is kept for the operator; redrive leaves it, having no event.
    const letter = JSON.parse(
      await readFile(join(dataDir, 'dead-letters', 'RecordCheckIn', 'msg-empty.json'), 'utf8'),
    ) as { event: unknown; content: string; reason: string };
    expect(letter).toMatchObject({ event: null, content: '{}' });
    const redriven = await tandem(ports, dataDir, 'dead-letters', 'redrive');
    expect(JSON.parse(redriven.stdout)).toEqual({ redriven: 0, remaining: 3 });

    // The system works on: a carrier, a webhook, the match.
    const carrier = await carrierWithMatch(ports, dataDir, 'Paten trotz Plattenfehler e.V.');
    expect((await deliveredMatch(system, ports, dataDir, carrier)).status).toBe('active');
  }, 180_000);
});
