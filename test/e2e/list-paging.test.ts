import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { indexKeys, keys } from '../../shared/data/keys';
import { summarizeMatch } from '../../shared/domain/match-summary';
import { getJson, onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { testFunderConfig } from '../support/test-config';

// Issue 8: a filtered list read page after page until it had `limit` items, so a filter that
// matched little read the carrier's whole partition in one request. Now one request reads at
// most 3 queries of 100 summaries and answers with what it found and a cursor.

const activeMatches = 650;

/** Active matches as the ledger stores their summaries, written in batches (setup only). */
async function seedActiveMatches(carrierId: string) {
  const items = Array.from({ length: activeMatches }, (_, index) => {
    const matchId = `m-${String(index).padStart(4, '0')}`;
    const summary = summarizeMatch(
      {
        matchId,
        created: {
          matchId,
          mentorId: `p-${index}a`,
          menteeId: `p-${index}b`,
          startedOn: '2025-03-03',
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
