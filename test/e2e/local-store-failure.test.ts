import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalSystem } from '../../local/system';
import {
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { testFunderConfig } from '../support/test-config';

// Issue 8: when the bus cannot store an event (disk full, a folder it cannot write), the
// webhook gets 503 and the partner's retry later succeeds; nothing crashes, nothing half-
// stored is delivered, and the cause names the folder. Root ignores chmod, so the folder
// is made unwritable by putting a file where the folder must be.

const checkIn = webhook('checkin.recorded', {
  checkInId: 'ci-1',
  matchId: 'm-1',
  occurredOn: '2025-03-03',
  with: 'both',
  channel: 'in_person',
});

describe('a bus that cannot store (issue 8)', () => {
  let carrier: TestCarrier;

  it('answers 503 while its folder cannot be written, and takes the retry once it can', async () => {
    carrier = await onboardCarrier();
    const created = await sendWebhook(
      carrier,
      webhook('match.created', {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-03-01',
        programme: 'other',
      }),
    );
    expect(created.status).toBe(202);
    await processed();

    const queueDir = join(localSystem().dataDir, 'bus', 'RecordCheckIn');
    await rm(queueDir, { recursive: true, force: true });
    await writeFile(queueDir, 'a file where the queue folder must be');
    try {
      const refused = await sendWebhook(carrier, checkIn, { webhookId: 'msg_disk' });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);

      const direct = await localSystem().bus.putEvents([
        {
          EventBusName: 'tandem',
          Source: 'tandem.webhooks',
          DetailType: 'CheckInRecorded',
          Detail: '{}',
        },
      ]);
      expect(direct.FailedEntryCount).toBe(1);
      const [entry] = direct.Entries;
      expect(entry).toMatchObject({ ErrorCode: 'InternalFailure' });
      // Names the folder and the cause.
      expect(entry && 'ErrorMessage' in entry ? entry.ErrorMessage : '').toContain(queueDir);
      expect(entry && 'ErrorMessage' in entry ? entry.ErrorMessage : '').toContain('ENOTDIR');
      expect(localSystem().bus.pendingCount()).toBe(0);
    } finally {
      await rm(queueDir, { force: true });
    }

    const retried = await sendWebhook(carrier, checkIn, { webhookId: 'msg_disk' });
    expect(retried.status).toBe(202);
    await processed();
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({
      count: 1,
      lastOn: '2025-03-03',
    });
  });

  it('will not start on a data dir it cannot create, naming the folder and the cause', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'tandem-unusable-'));
    const blocked = join(parent, 'blocked');
    await writeFile(blocked, 'not a folder');
    const dataDir = join(blocked, 'data');
    await expect(
      startLocalSystem({
        config: testFunderConfig,
        dataDir,
        apiPort: 0,
        dynamodbPort: 0,
        sesPort: 0,
      }),
    ).rejects.toThrow(new RegExp(`data dir ${dataDir}: ENOTDIR`));
  });
});
