import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countDeadLetters,
  purgeParticipant,
  readDeadLetters,
  writeDeadLetter,
  type BusEvent,
} from '../../local/dead-letters';
import { refusalOf } from '../../local/request-guard';
import type { IncomingMessage } from 'node:http';

const event = (id: string, carrierId: string, data: object): BusEvent => ({
  version: '0',
  id,
  'detail-type': 'MatchCreated',
  source: 'tandem.webhooks',
  account: '000000000000',
  time: '2025-01-01T00:00:00Z',
  region: 'local',
  resources: [],
  detail: { carrierId, webhookId: 'w', data },
});

const letter = (route: string, id: string, carrierId: string, data: object) => ({
  route,
  messageId: id,
  reason: 'Error: injected',
  attempts: 40,
  deadLetteredAt: '2025-01-02T00:00:00Z',
  event: event(id, carrierId, data),
});

describe('the local dead-letter folder', () => {
  it('counts per route, only routes that have any, ignoring half-written files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-dl-'));
    expect(await countDeadLetters(dir)).toEqual({ total: 0, byRoute: {} });
    await writeDeadLetter(dir, letter('RecordCheckIn', 'e-1', 'c-1', { matchId: 'm-1' }));
    await writeDeadLetter(dir, letter('RecordCheckIn', 'e-2', 'c-1', { matchId: 'm-2' }));
    await writeDeadLetter(dir, letter('RecordMatchCreated', 'e-3', 'c-1', { matchId: 'm-3' }));
    await writeFile(join(dir, 'RecordCheckIn', 'e-4.json.123.tmp'), '{"half');
    expect(await countDeadLetters(dir)).toEqual({
      total: 3,
      byRoute: { RecordCheckIn: 2, RecordMatchCreated: 1 },
    });
    const read = await readDeadLetters(dir, 'RecordCheckIn');
    expect(read.map((stored) => stored.event?.id).sort()).toEqual(['e-1', 'e-2']);
  });

  it("purges exactly the carrier's letters that name the erased participant, at any depth", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-dl-'));
    await writeDeadLetter(dir, letter('RecordMatchCreated', 'e-1', 'c-1', { mentorId: 'p-9' }));
    await writeDeadLetter(dir, letter('RecordParticipant', 'e-2', 'c-1', { participantId: 'p-9' }));
    await writeDeadLetter(dir, letter('RecordX', 'e-3', 'c-1', { list: [{ id: 'p-9' }] }));
    // Another carrier's p-9 is another person; p-90 is another id.
    await writeDeadLetter(dir, letter('RecordMatchCreated', 'e-4', 'c-2', { mentorId: 'p-9' }));
    await writeDeadLetter(dir, letter('RecordMatchCreated', 'e-5', 'c-1', { mentorId: 'p-90' }));
    expect(await purgeParticipant(dir, 'c-1', 'p-9')).toBe(3);
    const left = (await readDeadLetters(dir)).map((stored) => stored.event?.id).sort();
    expect(left).toEqual(['e-4', 'e-5']);
    expect(await readdir(join(dir, 'RecordParticipant'))).toEqual([]);
  });
});

describe('the local API request guard', () => {
  const request = (host: string | undefined, headers: Record<string, string> = {}) =>
    ({
      headers: { ...(host === undefined ? {} : { host }), ...headers },
      socket: { localPort: 3200 },
    }) as unknown as IncomingMessage;
  const token = 'A'.repeat(43);

  it('answers 127.0.0.1 and localhost on its own port only', () => {
    expect(refusalOf(request('127.0.0.1:3200'), '/v1/x', token)).toBeUndefined();
    expect(refusalOf(request('LOCALHOST:3200'), '/v1/x', token)).toBeUndefined();
    for (const host of ['evil.example:3200', '127.0.0.1:3201', '127.0.0.1', undefined]) {
      expect(refusalOf(request(host), '/v1/x', token)?.status).toBe(421);
    }
  });

  it('requires the exact token on every internal path', () => {
    for (const path of ['/_local', '/_local/events', '/_local/s3/b/k', '/_local/functions/X']) {
      expect(refusalOf(request('127.0.0.1:3200'), path, token)?.status).toBe(403);
      expect(
        refusalOf(
          request('127.0.0.1:3200', { 'x-tandem-local-token': 'B'.repeat(43) }),
          path,
          token,
        )?.status,
      ).toBe(403);
      expect(
        refusalOf(request('127.0.0.1:3200', { 'x-tandem-local-token': token }), path, token),
      ).toBeUndefined();
    }
  });
});
