import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { factVersion } from '../../shared/data/facts';
import { keys } from '../../shared/data/keys';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { addDays } from '../../shared/domain/dates';
import { getMatch, onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { testFunderConfig } from '../support/test-config';
import { carrierItems } from '../support/table';

// Issue 8: a check-in re-read every fact of its match and retried on contention, so 100
// concurrent deliveries on a match with 300 facts dead-lettered. Now a new check-in is
// counted on the summary alone; the history of the match does not matter.

const startedOn = '2025-01-06';
const checkIn = (index: number, occurredOn: string) =>
  webhook('checkin.recorded', {
    checkInId: `ci-${index}`,
    matchId: 'm-1',
    occurredOn,
    with: 'both',
    channel: 'phone',
  });

async function sendAll(
  carrier: Awaited<ReturnType<typeof onboardCarrier>>,
  deliveries: readonly { body: unknown; webhookId?: string }[],
) {
  const statuses = await Promise.all(
    deliveries.map(async ({ body, webhookId }) => {
      const response = await sendWebhook(carrier, body, webhookId ? { webhookId } : {});
      await response.arrayBuffer();
      return response.status;
    }),
  );
  expect(statuses.filter((status) => status !== 202)).toEqual([]);
}

async function seedCheckIns(carrierId: string, bodies: readonly ReturnType<typeof checkIn>[]) {
  const items = bodies.map((body, index) => ({
    ...keys.matchFact(carrierId, 'm-1', { kind: 'checkIn', checkInId: body.data.checkInId }),
    entity: 'MatchFact',
    fact: 'checkIn',
    ...body.data,
    version: factVersion(body.timestamp, `msg_history_${index}`),
  }));
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

describe('contention on one match (issue 8)', () => {
  it('converges with 200 concurrent deliveries on a match with 300 facts, without a dead letter', async () => {
    const carrier = await onboardCarrier();
    const deadLettersBefore = localSystem().bus.deadLetters.length;
    await sendAll(carrier, [
      {
        body: webhook('match.created', {
          matchId: 'm-1',
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn,
          programme: 'education_work',
        }),
      },
    ]);
    await processed();
    // 299 check-ins of history, spread over the year, stored as the ledger stores them
    // (written in batches to keep the setup short), and the summary derived from them.
    const history = Array.from({ length: 299 }, (_, index) =>
      checkIn(index, addDays(startedOn, index % 300)),
    );
    await seedCheckIns(carrier.carrierId, history);
    await rederiveMatchSummary(carrier.carrierId, 'm-1', testFunderConfig.checkInPolicy);
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({ count: 299 });

    // 200 at once: 170 new check-ins (some out of order, some before the start and not
    // counted, one after everything else), 20 redeliveries under the same webhook-id and 10
    // copies of a fact under a new one.
    const fresh = Array.from({ length: 170 }, (_, index) => {
      const id = 1000 + index;
      if (index === 0) return checkIn(id, '2026-02-01');
      if (index % 10 === 1) return checkIn(id, addDays(startedOn, -1 - index));
      return checkIn(id, addDays(startedOn, (index * 7) % 330));
    });
    const deliveries = [
      ...fresh.map((body, index) => ({ body, webhookId: `msg_fresh_${index}` })),
      ...fresh.slice(0, 20).map((body, index) => ({ body, webhookId: `msg_fresh_${index}` })),
      ...fresh.slice(20, 30).map((body) => ({ body })),
    ];
    expect(deliveries).toHaveLength(200);
    // Summary writes that lost to a concurrent one, counted on the real calls as they pass.
    let lostSummaryWrites = 0;
    const send = dynamo.send.bind(dynamo) as (command: unknown) => Promise<unknown>;
    const spy = vi.spyOn(dynamo, 'send').mockImplementation((async (command: unknown) => {
      try {
        return await send(command);
      } catch (error) {
        const key = command instanceof UpdateCommand ? command.input.Key : undefined;
        if (
          error instanceof ConditionalCheckFailedException &&
          String(key?.sk).startsWith(keys.matchSummaryPrefix)
        ) {
          lostSummaryWrites++;
        }
        throw error;
      }
    }) as typeof dynamo.send);
    try {
      await sendAll(carrier, deliveries);
      await processed();
    } finally {
      spy.mockRestore();
    }
    // Check-ins on one match are counted together (per container; here all run in one): a
    // summary write may lose only to a corrected fact's re-derivation (10 in the mix). Counted
    // one by one (the grouping turned off), some 300 writes lose and are retried.
    expect(lostSummaryWrites).toBeLessThanOrEqual(10);

    expect(localSystem().bus.deadLetters.slice(deadLettersBefore)).toEqual([]);
    const dates = [...history, ...fresh]
      .map((body) => body.data.occurredOn)
      .filter((date) => date >= startedOn)
      .sort();
    const lastOn = dates.at(-1) as string;
    expect(lastOn).toBe('2026-02-01');
    const { status, body } = await getMatch(carrier, 'm-1');
    expect(status).toBe(200);
    expect(body.checkIns).toMatchObject({
      count: dates.length,
      lastOn,
      nextDueOn: addDays(lastOn, testFunderConfig.checkInPolicy.thenEveryDays),
    });
    expect(dates.length).toBe(299 + 170 - 17);

    // Nothing is left half-applied: no fact still marked, no token left on the summary.
    const items = await carrierItems(carrier.carrierId);
    expect(items.filter((item) => 'summaryPending' in item)).toEqual([]);
    expect(items.filter((item) => 'applying' in item)).toEqual([]);
    expect(items.filter((item) => String(item.sk).includes('#CHECKIN#'))).toHaveLength(299 + 170);
  }, 300_000);
});
