import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { indexKeys, keys } from '../../shared/data/keys';
import { listMatchesOverdueFirst, listMatchSummaries } from '../../shared/data/match-list';
import { addDays, todayIn } from '../../shared/domain/dates';
import { summarizeMatch } from '../../shared/domain/match-summary';
import { getJson, onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { testFunderConfig } from '../support/test-config';

// Issue 8: a filtered list read page after page until it had `limit` items, so a filter that
// matched little read the carrier's whole partition in one request. Now one request reads at
// most 3 queries of 100 summaries and answers with what it found and a cursor.

const activeMatches = 650;

/** Active matches as the ledger stores their summaries, written in batches (setup only). */
async function seedActiveMatches(
  carrierId: string,
  count = activeMatches,
  startedOn = '2025-03-03',
) {
  const items = Array.from({ length: count }, (_, index) => {
    const matchId = `m-${String(index).padStart(4, '0')}`;
    const summary = summarizeMatch(
      {
        matchId,
        created: {
          matchId,
          mentorId: `p-${index}a`,
          menteeId: `p-${index}b`,
          startedOn,
          programme: 'education_work',
        },
        checkIns: [],
      },
      testFunderConfig.checkInPolicy,
    );
    return {
      ...keys.matchSummary(carrierId, matchId),
      entity: 'MatchSummary',
      carrierId,
      ...summary,
      seq: 1,
      ...indexKeys.due(carrierId, matchId, summary.nextDueOn as string),
      ...indexKeys.carrierDue(carrierId, matchId, summary.nextDueOn as string),
    };
  });
  for (let start = 0; start < items.length; start += 25) {
    await dynamo.send(
      new BatchWriteCommand({
        RequestItems: {
          [tableName()]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  }
}

describe('listing with a filter that matches little (issue 8)', () => {
  it('reads at most 300 summaries per request and hands back a cursor, even with no item found', async () => {
    const carrier = await onboardCarrier();
    await seedActiveMatches(carrier.carrierId);
    // Two ended matches, sorting after every active one, through the real webhook path.
    for (const matchId of ['z-1', 'z-2']) {
      for (const body of [
        webhook('match.created', {
          matchId,
          mentorId: 'p-x',
          menteeId: 'p-y',
          startedOn: '2025-03-03',
          programme: 'other',
        }),
        webhook('match.ended', { matchId, endedOn: '2025-06-30', reason: 'goal_reached' }),
      ]) {
        expect((await sendWebhook(carrier, body)).status).toBe(202);
      }
    }
    await processed();

    const send = dynamo.send.bind(dynamo) as (command: unknown) => Promise<unknown>;
    let queries = 0;
    const spy = vi.spyOn(dynamo, 'send').mockImplementation((async (command: unknown) => {
      if (command instanceof QueryCommand) queries++;
      return send(command);
    }) as never);
    const pages: { items: { matchId: string }[]; queries: number }[] = [];
    try {
      let cursor: string | null = null;
      do {
        queries = 0;
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const { status, body } = await getJson(
          `/v1/carriers/${carrier.carrierId}/matches?status=ended&limit=50${after}`,
          carrier.apiKey,
        );
        expect(status).toBe(200);
        pages.push({ items: body.items as { matchId: string }[], queries });
        cursor = body.nextCursor as string | null;
      } while (cursor !== null && pages.length < 10);
    } finally {
      spy.mockRestore();
    }

    // The first request found nothing among its 300 summaries, yet the list goes on.
    expect(pages[0]?.items).toEqual([]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.queries).toBeLessThanOrEqual(3);
    // Paging to the end still gives every ended match once, in order.
    expect(pages.flatMap((page) => page.items.map((item) => item.matchId))).toEqual(['z-1', 'z-2']);
    expect(pages.length).toBeLessThanOrEqual(Math.ceil((activeMatches + 2) / 300) + 1);
  }, 60_000);
});

describe('the web list, overdue first, past the first 1,000 matches (issue 16, point 15)', () => {
  it('shows an overdue match that sorts after 1,000 others first, reading one page of the index', async () => {
    const carrier = await onboardCarrier();
    const today = todayIn(testFunderConfig.timezone);
    const policy = testFunderConfig.checkInPolicy;
    await seedActiveMatches(carrier.carrierId, 1_050, addDays(today, -3)); // none overdue
    const body = webhook('match.created', {
      matchId: 'z-overdue',
      mentorId: 'p-x',
      menteeId: 'p-y',
      startedOn: addDays(today, -40),
      programme: 'other',
    });
    expect((await sendWebhook(carrier, body)).status).toBe(202);
    await processed();

    // The old path sorted what one list request gave (limit 1,000, at most 300 read): by id, the
    // overdue match was not among them.
    const firstThousand = await listMatchSummaries(carrier.carrierId, {
      today,
      policy,
      limit: 1000,
    });
    expect(firstThousand.items.map((item) => item.matchId)).not.toContain('z-overdue');

    const send = dynamo.send.bind(dynamo) as (command: unknown) => Promise<unknown>;
    let queries = 0;
    const spy = vi.spyOn(dynamo, 'send').mockImplementation((async (command: unknown) => {
      if (command instanceof QueryCommand) queries++;
      return send(command);
    }) as never);
    try {
      const page = await listMatchesOverdueFirst(carrier.carrierId, { today, policy, limit: 50 });
      expect(page.items.map((item) => item.matchId).slice(0, 2)).toEqual(['z-overdue', 'm-0000']);
      expect(page.items).toHaveLength(50);
      expect(page.items[0]?.nextDueOn).toBe(addDays(today, -25));
      // One query of the index (the only overdue entry), one of the table for the rest.
      expect(queries).toBe(2);
    } finally {
      spy.mockRestore();
    }
  }, 60_000);
});
