import { beforeAll, describe, expect, it } from 'vitest';
import { createAdminKey } from '../../local/cli/commands';
import { addDays, todayIn } from '../../shared/domain/dates';
import {
  getJson,
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { testFunderConfig } from '../support/test-config';

const today = todayIn(testFunderConfig.timezone);
let carrier: TestCarrier;
let other: TestCarrier;

const list = (query: string, apiKey = carrier.apiKey) =>
  getJson(`/v1/carriers/${carrier.carrierId}/matches${query}`, apiKey);

beforeAll(async () => {
  [carrier, other] = await Promise.all([onboardCarrier(), onboardCarrier()]);
  const start = (matchId: string, startedOn: string) =>
    sendWebhook(
      carrier,
      webhook('match.created', {
        matchId,
        mentorId: `${matchId}-a`,
        menteeId: `${matchId}-b`,
        startedOn,
        programme: 'other',
      }),
    );
  // Five overdue (started long ago, never contacted), four fresh, two ended, one pending.
  for (let index = 0; index < 5; index++)
    await start(`m-overdue-${index}`, addDays(today, -60 - index));
  for (let index = 0; index < 4; index++) await start(`m-fresh-${index}`, addDays(today, -index));
  for (const matchId of ['m-ended-0', 'm-ended-1']) {
    await start(matchId, addDays(today, -100));
    await sendWebhook(
      carrier,
      webhook('match.ended', { matchId, endedOn: addDays(today, -5), reason: 'mismatch' }),
    );
  }
  await sendWebhook(
    carrier,
    webhook('checkin.recorded', {
      checkInId: 'ci-1',
      matchId: 'm-pending',
      occurredOn: today,
      with: 'mentor',
      channel: 'phone',
    }),
  );
  await processed();
});

describe('GET /v1/carriers/{carrierId}/matches/{matchId} (SPEC §4)', () => {
  it('shows an overdue match with its days overdue as of today', async () => {
    const { status, body } = await getMatch(carrier, 'm-overdue-0');
    expect(status).toBe(200);
    expect(body).toEqual({
      matchId: 'm-overdue-0',
      status: 'active',
      mentorId: 'm-overdue-0-a',
      menteeId: 'm-overdue-0-b',
      programme: 'other',
      group: false,
      startedOn: addDays(today, -60),
      endedOn: null,
      endReason: null,
      checkIns: { count: 0, lastOn: null, nextDueOn: addDays(today, -45), overdueDays: 45 },
      // Started exactly 60 days ago and never reached: (today − 60, today] holds no contact.
      risk: { atRisk: true, reasons: ['overdue', 'mentee_not_reached'] },
    });
  });

  it('is 401 without a key or with a wrong one, 404 for an unknown match', async () => {
    expect((await getMatch(carrier, 'm-fresh-0', '')).status).toBe(401);
    expect((await getMatch(carrier, 'm-fresh-0', 'tdm_not-a-real-key-at-all')).status).toBe(401);
    expect((await getMatch(carrier, 'm-unknown')).status).toBe(404);
  });

  it("is 404 for another carrier's match, and the admin key reads every carrier", async () => {
    const foreign = await getJson(
      `/v1/carriers/${carrier.carrierId}/matches/m-fresh-0`,
      other.apiKey,
    );
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ status: 404 });
    const { apiKey } = await createAdminKey();
    expect((await getMatch(carrier, 'm-fresh-0', apiKey)).status).toBe(200);
  });
});

describe('GET /v1/carriers/{carrierId}/matches (SPEC §4)', () => {
  const ids = (body: Record<string, unknown>) =>
    (body.items as { matchId: string }[]).map((item) => item.matchId);

  it('filters by status and by overdue', async () => {
    expect(ids((await list('?status=active&overdue=true')).body).sort()).toEqual(
      Array.from({ length: 5 }, (_, index) => `m-overdue-${index}`),
    );
    expect(ids((await list('?status=active&overdue=false')).body)).toHaveLength(4);
    expect(ids((await list('?status=ended')).body).sort()).toEqual(['m-ended-0', 'm-ended-1']);
    expect(ids((await list('?status=pending')).body)).toEqual(['m-pending']);
    expect(ids((await list('')).body)).toHaveLength(12);
  });

  it('pages with limit and cursor through every match exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { status, body } = await list(query);
      expect(status).toBe(200);
      expect((body.items as unknown[]).length).toBeLessThanOrEqual(5);
      seen.push(...ids(body));
      cursor = body.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('pages a filtered list without losing matches', async () => {
    const first = await list('?status=active&overdue=true&limit=2');
    expect(ids(first.body)).toHaveLength(2);
    const second = await list(
      `?status=active&overdue=true&limit=10&cursor=${first.body.nextCursor as string}`,
    );
    expect([...ids(first.body), ...ids(second.body)].sort()).toEqual(
      Array.from({ length: 5 }, (_, index) => `m-overdue-${index}`),
    );
  });

  it.each([
    '?status=paused',
    '?overdue=yes',
    '?limit=0',
    '?limit=101',
    '?limit=ten',
    '?cursor=garbage',
    '?colour=blue',
  ])('answers %s with a 400 naming the parameter', async (query) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(String(body.detail)).toMatch(/status|overdue|limit|cursor|colour/);
  });

  it('is 404 for another carrier and 401 without a key', async () => {
    expect((await list('', other.apiKey)).status).toBe(404);
    expect((await list('', '')).status).toBe(401);
  });
});
