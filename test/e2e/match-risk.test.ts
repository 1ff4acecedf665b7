import { beforeAll, describe, expect, it } from 'vitest';
import { isOverdueFirstPosition, listMatchesOverdueFirst } from '../../shared/data/match-list';
import { addDays, todayIn } from '../../shared/domain/dates';
import type { CheckInRecorded } from '../../shared/schemas/webhooks';
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

// Issue 17, read side: the at-risk reasons of SPEC §5 in the match view and `?risk=true` on the
// list (SPEC §4), as of today, from matches built through signed webhooks; and the web list's
// overdue-first pages (issue 16, point 15).

const today = todayIn(testFunderConfig.timezone);
const policy = testFunderConfig.checkInPolicy;
let carrier: TestCarrier;

/** The reasons each match has today, by how it was built below. */
const expectedReasons: Record<string, string[]> = {
  'm-overdue': ['overdue'],
  'm-concern': ['concern'],
  'm-unreached': ['mentee_not_reached'],
  'm-all': ['overdue', 'concern', 'mentee_not_reached'],
  'm-well': [],
  'm-corrected': [],
  'm-ended': [],
  'm-pending': [],
};

const start = (matchId: string, daysAgo: number) =>
  sendWebhook(
    carrier,
    webhook('match.created', {
      matchId,
      mentorId: `${matchId}-a`,
      menteeId: `${matchId}-b`,
      startedOn: addDays(today, -daysAgo),
      programme: 'other',
    }),
  );

const contact = (
  matchId: string,
  daysAgo: number,
  extra: Partial<Pick<CheckInRecorded, 'with' | 'concern' | 'checkInId'>> = {},
  timestamp?: string,
) =>
  sendWebhook(
    carrier,
    webhook(
      'checkin.recorded',
      {
        checkInId: `${matchId}-${daysAgo}`,
        matchId,
        occurredOn: addDays(today, -daysAgo),
        with: 'mentor',
        channel: 'phone',
        ...extra,
      },
      timestamp,
    ),
  );

/** Contacts every 20 days from the start up to 5 days ago: never overdue. */
const keptUp = async (matchId: string, startedDaysAgo: number, extra = {}) => {
  for (let daysAgo = startedDaysAgo; daysAgo >= 5; daysAgo -= 20) {
    await contact(matchId, daysAgo, extra);
  }
  await contact(matchId, 5, extra);
};

beforeAll(async () => {
  carrier = await onboardCarrier();
  await start('m-overdue', 40); // due 25 days ago; started less than 60 days ago
  await start('m-concern', 10);
  await contact('m-concern', 2, { concern: true });
  await start('m-unreached', 100);
  await keptUp('m-unreached', 100); // only ever with the mentor
  await start('m-all', 90);
  await contact('m-all', 50, { concern: true }); // due 35 days ago: a step after it
  await start('m-well', 100);
  await keptUp('m-well', 100, { with: 'both' });
  await start('m-corrected', 10);
  await contact('m-corrected', 3, { concern: true, with: 'both' }, '2025-01-01T10:00:00Z');
  await start('m-ended', 100);
  await sendWebhook(
    carrier,
    webhook('match.ended', { matchId: 'm-ended', endedOn: addDays(today, -1), reason: 'other' }),
  );
  await contact('m-pending', 1, { concern: true });
  await processed();
  // The partner corrects the check-in: there was no concern after all.
  await contact(
    'm-corrected',
    3,
    { concern: false, with: 'both', checkInId: 'm-corrected-3' },
    '2025-01-02T10:00:00Z',
  );
  await processed();
});

const list = (query: string) =>
  getJson(`/v1/carriers/${carrier.carrierId}/matches${query}`, carrier.apiKey);
const ids = (body: Record<string, unknown>) =>
  (body.items as { matchId: string }[]).map((item) => item.matchId).sort();
const atRisk = Object.keys(expectedReasons)
  .filter((matchId) => expectedReasons[matchId]?.length)
  .sort();

describe('risk in the match view (SPEC §4, §5)', () => {
  it.each(Object.entries(expectedReasons))(
    '%s has the reasons %j as of today',
    async (matchId, reasons) => {
      const { status, body } = await getMatch(carrier, matchId);
      expect(status).toBe(200);
      expect(body.risk).toEqual({ atRisk: reasons.length > 0, reasons });
    },
  );
});

describe('?risk= on the list (SPEC §4)', () => {
  it('lists exactly the matches whose view is at risk, and the others with risk=false', async () => {
    const all = await list('?limit=100');
    const flagged = (all.body.items as { matchId: string; risk: { atRisk: boolean } }[])
      .filter((item) => item.risk.atRisk)
      .map((item) => item.matchId)
      .sort();
    expect(flagged).toEqual(atRisk);
    expect(ids((await list('?risk=true')).body)).toEqual(atRisk);
    expect(ids((await list('?risk=false')).body)).toEqual(
      Object.keys(expectedReasons)
        .filter((matchId) => !atRisk.includes(matchId))
        .sort(),
    );
  });

  it('combines with status and overdue', async () => {
    expect(ids((await list('?risk=true&overdue=true')).body)).toEqual(['m-all', 'm-overdue']);
    expect(ids((await list('?risk=true&status=active&overdue=false')).body)).toEqual([
      'm-concern',
      'm-unreached',
    ]);
    expect(ids((await list('?risk=true&status=ended')).body)).toEqual([]);
  });

  it('pages with limit and cursor through every match at risk exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?risk=true&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...ids(page.body));
      cursor = page.body.nextCursor as string | null;
    } while (cursor && seen.length < 20);
    expect(seen.sort()).toEqual(atRisk);
  });

  it('answers ?risk=maybe with a 400 naming the parameter', async () => {
    const { status, body } = await list('?risk=maybe');
    expect(status).toBe(400);
    expect(body.detail).toContain('risk');
  });
});

describe('the web list, overdue first (issue 16, point 15)', () => {
  const pages = async (
    query: { risk?: boolean; overdue?: boolean; concern?: boolean },
    limit: number,
  ) => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await listMatchesOverdueFirst(carrier.carrierId, {
        today,
        policy,
        limit,
        ...query,
        ...(after ? { after } : {}),
      });
      expect(result.items.length).toBeLessThanOrEqual(limit);
      seen.push(...result.items.map((summary) => summary.matchId));
      if (!result.nextAfter) return seen;
      after = result.nextAfter;
    }
    throw new Error('the list did not end');
  };

  it('gives the overdue matches first, most overdue first, then the others by id, each once', async () => {
    // m-all: due 35 days ago; m-overdue: due 25 days ago.
    const overdue = ['m-all', 'm-overdue'];
    const others = Object.keys(expectedReasons).filter((id) => !overdue.includes(id));
    const expected = [...overdue, ...others.sort()];
    for (const limit of [1, 2, 3, 100]) expect(await pages({}, limit)).toEqual(expected);
  });

  it('hands out positions it recognises, and starts afresh from one it did not', async () => {
    const first = await listMatchesOverdueFirst(carrier.carrierId, { today, policy, limit: 1 });
    const second = await listMatchesOverdueFirst(carrier.carrierId, {
      today,
      policy,
      limit: 3,
      after: first.nextAfter ?? '',
    });
    // In the overdue part, then in the others.
    expect(first.nextAfter).toMatch(/^due:/);
    expect(second.nextAfter).toMatch(/^match:/);
    for (const position of [first.nextAfter, second.nextAfter]) {
      expect(isOverdueFirstPosition(position ?? '')).toBe(true);
    }
    for (const forged of ['match:FACT#m-all#CREATED', 'due:x', 'due:2025-01-01#a b', 'CARRIER#c']) {
      expect(isOverdueFirstPosition(forged)).toBe(false);
      const page = await listMatchesOverdueFirst(carrier.carrierId, {
        today,
        policy,
        limit: 1,
        after: forged,
      });
      expect(page.items.map((item) => item.matchId)).toEqual(['m-all']);
    }
  });

  it('filters the same way: overdue only, with a recent concern, at risk only', async () => {
    expect(await pages({ overdue: true }, 1)).toEqual(['m-all', 'm-overdue']);
    // A concern dated in the last 60 days, whatever the status; m-corrected's was withdrawn.
    expect(await pages({ concern: true }, 2)).toEqual(['m-all', 'm-concern', 'm-pending']);
    expect(await pages({ risk: true }, 2)).toEqual([
      'm-all',
      'm-overdue',
      'm-concern',
      'm-unreached',
    ]);
  });
});
