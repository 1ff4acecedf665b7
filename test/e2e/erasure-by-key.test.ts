import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { getMatch, onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { carrierItems } from '../support/table';

// Issue 8: erasure found the participant's matches by a filtered query over every fact of
// the carrier. Now each match.created links its participants to the match by key, and the
// erasure reads those links only; the links go with the id (SPEC §3).

const matches = 60;

const created = (index: number, mentorId: string, menteeId: string) =>
  webhook('match.created', {
    matchId: `m-${index}`,
    mentorId,
    menteeId,
    startedOn: '2025-02-03',
    programme: 'education_work',
  });

describe('erasure by key (issue 8)', () => {
  it('finds the participant’s matches without reading the carrier’s facts, and leaves no item holding the id', async () => {
    const carrier = await onboardCarrier();
    const bodies = Array.from({ length: matches }, (_, index) =>
      index === 7
        ? created(index, 'p-target', 'p-other')
        : index === 47
          ? created(index, 'p-mentor', 'p-target')
          : created(index, `p-${index}a`, `p-${index}b`),
    );
    for (let start = 0; start < bodies.length; start += 30) {
      const statuses = await Promise.all(
        bodies
          .slice(start, start + 30)
          .map(async (body) => (await sendWebhook(carrier, body)).status),
      );
      expect(statuses.every((status) => status === 202)).toBe(true);
    }
    const checkIn = webhook('checkin.recorded', {
      checkInId: 'ci-1',
      matchId: 'm-47',
      occurredOn: '2025-02-10',
      with: 'both',
      channel: 'in_person',
    });
    expect((await sendWebhook(carrier, checkIn)).status).toBe(202);
    await processed();
    // Per match: its fact, its summary and one link item per participant.
    expect(
      (await carrierItems(carrier.carrierId)).filter((item) =>
        JSON.stringify(item).includes('p-target'),
      ),
    ).toHaveLength(6);

    const send = dynamo.send.bind(dynamo) as (command: unknown) => Promise<unknown>;
    let itemsReadByQueries = 0;
    const spy = vi.spyOn(dynamo, 'send').mockImplementation((async (command: unknown) => {
      const output = await send(command);
      if (command instanceof QueryCommand) {
        itemsReadByQueries += (output as { ScannedCount?: number }).ScannedCount ?? 0;
      }
      return output;
    }) as never);
    try {
      const erased = webhook('participant.erased', { participantId: 'p-target' });
      expect((await sendWebhook(carrier, erased)).status).toBe(202);
      await processed();
    } finally {
      spy.mockRestore();
    }
    // Two links, then the facts of the two matches (3 items): not the carrier's 121 facts.
    expect(itemsReadByQueries).toBeGreaterThan(0);
    expect(itemsReadByQueries).toBeLessThanOrEqual(10);

    const items = await carrierItems(carrier.carrierId);
    expect(items.filter((item) => JSON.stringify(item).includes('p-target'))).toEqual([]);
    expect((await getMatch(carrier, 'm-7')).body).toMatchObject({
      mentorId: 'erased',
      menteeId: 'p-other',
    });
    expect((await getMatch(carrier, 'm-47')).body).toMatchObject({
      mentorId: 'p-mentor',
      menteeId: 'erased',
      startedOn: '2025-02-03',
      checkIns: { count: 1, lastOn: '2025-02-10' },
    });
    // The others keep their links.
    expect(
      items.filter((item) => String(item.sk).startsWith('PARTICIPATION#p-other#')),
    ).toHaveLength(1);
  }, 90_000);
});
