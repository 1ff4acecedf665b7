import { describe, expect, it } from 'vitest';
import { rotateSecret } from '../../local/cli/commands';
import { acceptedSecrets, openWebhookSecrets } from '../../shared/data/carrier-secrets';
import { getCarrier } from '../../shared/data/carriers';
import {
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { carrierItems } from '../support/table';

const send = async (carrier: TestCarrier, body: unknown, webhookId?: string) => {
  const response = await sendWebhook(carrier, body, webhookId ? { webhookId } : {});
  expect(response.status).toBe(202);
};

const created = (matchId = 'm-1', mentorId = 'p-1', menteeId = 'p-2') =>
  webhook('match.created', {
    matchId,
    mentorId,
    menteeId,
    startedOn: '2025-02-03',
    programme: 'reading_language',
  });

const checkIn = (checkInId: string, occurredOn: string, matchId = 'm-1') =>
  webhook('checkin.recorded', {
    checkInId,
    matchId,
    occurredOn,
    with: 'both',
    channel: 'in_person',
  });

describe('exactly-once effect under at-least-once delivery (SPEC §3)', () => {
  it('counts the same check-in once, whether repeated under one webhook-id or under new ones', async () => {
    const carrier = await onboardCarrier();
    await send(carrier, created());
    const fact = checkIn('ci-1', '2025-02-10');
    await Promise.all([
      send(carrier, fact, 'msg_a'),
      send(carrier, fact, 'msg_a'),
      send(carrier, fact, 'msg_b'),
      send(carrier, { ...fact, timestamp: new Date(Date.now() + 1000).toISOString() }, 'msg_c'),
    ]);
    await processed();
    const { body } = await getMatch(carrier, 'm-1');
    expect(body.checkIns).toMatchObject({ count: 1, lastOn: '2025-02-10' });
    const checkInItems = (await carrierItems(carrier.carrierId)).filter((item) =>
      String(item.sk).includes('#CHECKIN#'),
    );
    expect(checkInItems).toHaveLength(1);
  });

  it('keeps the latest version of a corrected fact, whatever the arrival order', async () => {
    const carrier = await onboardCarrier();
    const earlier = { ...checkIn('ci-1', '2025-02-10'), timestamp: '2025-02-10T18:00:00Z' };
    const corrected = { ...checkIn('ci-1', '2025-02-11'), timestamp: '2025-02-11T09:00:00Z' };
    await send(carrier, created());
    await send(carrier, corrected);
    await processed();
    await send(carrier, earlier);
    await processed();
    expect((await getMatch(carrier, 'm-1')).body.checkIns).toMatchObject({
      count: 1,
      lastOn: '2025-02-11',
    });
  });
});

describe('order does not matter (SPEC §3)', () => {
  it('keeps a check-in and an end that arrive before match.created as a pending match', async () => {
    const carrier = await onboardCarrier();
    await send(carrier, checkIn('ci-1', '2025-02-10'));
    await send(carrier, checkIn('ci-0', '2025-01-15'));
    await processed();
    expect((await getMatch(carrier, 'm-1')).body).toMatchObject({
      status: 'pending',
      mentorId: null,
      checkIns: { count: 2, nextDueOn: null, overdueDays: null },
    });

    await send(carrier, created());
    await processed();
    expect((await getMatch(carrier, 'm-1')).body).toMatchObject({
      status: 'active',
      mentorId: 'p-1',
      startedOn: '2025-02-03',
      // The check-in before the start no longer counts once the start is known.
      checkIns: { count: 1, lastOn: '2025-02-10', nextDueOn: '2025-03-05' },
    });

    await send(
      carrier,
      webhook('match.ended', { matchId: 'm-1', endedOn: '2025-06-30', reason: 'planned_end' }),
    );
    await processed();
    expect((await getMatch(carrier, 'm-1')).body).toMatchObject({
      status: 'ended',
      endedOn: '2025-06-30',
      endReason: 'planned_end',
      checkIns: { count: 1, nextDueOn: null, overdueDays: null },
    });
  });

  it('reaches the same state when everything arrives at once', async () => {
    const inOrder = await onboardCarrier();
    const atOnce = await onboardCarrier();
    const bodies = [
      created(),
      ...Array.from({ length: 8 }, (_, index) => checkIn(`ci-${index}`, `2025-03-${10 + index}`)),
      webhook('match.ended', { matchId: 'm-1', endedOn: '2025-04-01', reason: 'goal_reached' }),
    ];
    for (const body of bodies) {
      await send(inOrder, body);
      await processed();
    }
    await Promise.all([...bodies].reverse().map((body) => send(atOnce, body)));
    await processed();
    const [expected, actual] = await Promise.all([
      getMatch(inOrder, 'm-1'),
      getMatch(atOnce, 'm-1'),
    ]);
    expect(actual.body).toEqual(expected.body);
    expect(actual.body).toMatchObject({ status: 'ended', checkIns: { count: 8 } });
  });
});

describe('participant.erased (SPEC §3)', () => {
  const holdsId = (items: Record<string, unknown>[], participantId: string) =>
    items.filter((item) => JSON.stringify(item).includes(`"${participantId}"`));

  it('leaves no item holding the id, and keeps the match with its dates and counts', async () => {
    const carrier = await onboardCarrier();
    await send(
      carrier,
      webhook('participant.registered', {
        participantId: 'p-1',
        role: 'mentor',
        ageGroup: '30_49',
      }),
    );
    await send(carrier, created('m-1', 'p-1', 'p-2'));
    await send(carrier, created('m-2', 'p-3', 'p-1'));
    await send(carrier, checkIn('ci-1', '2025-02-10'));
    await processed();
    expect(holdsId(await carrierItems(carrier.carrierId), 'p-1').length).toBeGreaterThan(0);

    await send(carrier, webhook('participant.erased', { participantId: 'p-1' }));
    await processed();
    expect(holdsId(await carrierItems(carrier.carrierId), 'p-1')).toEqual([]);
    expect((await getMatch(carrier, 'm-1')).body).toMatchObject({
      mentorId: 'erased',
      menteeId: 'p-2',
      startedOn: '2025-02-03',
      checkIns: { count: 1 },
    });
    expect((await getMatch(carrier, 'm-2')).body).toMatchObject({
      mentorId: 'p-3',
      menteeId: 'erased',
    });
  });

  it('keeps an erased participant out when older facts about them arrive afterwards', async () => {
    const carrier = await onboardCarrier();
    await send(carrier, webhook('participant.erased', { participantId: 'p-1' }));
    await processed();
    await send(
      carrier,
      webhook('participant.registered', { participantId: 'p-1', role: 'mentee' }),
    );
    await send(carrier, created('m-1', 'p-1', 'p-2'));
    await processed();
    expect(holdsId(await carrierItems(carrier.carrierId), 'p-1')).toEqual([]);
    expect((await getMatch(carrier, 'm-1')).body).toMatchObject({
      status: 'active',
      mentorId: 'erased',
    });
  });

  it('wins against a match.created processed at the same moment', async () => {
    const carrier = await onboardCarrier();
    await Promise.all([
      send(carrier, created('m-1', 'p-1', 'p-2')),
      send(carrier, webhook('participant.erased', { participantId: 'p-1' })),
      send(carrier, created('m-2', 'p-1', 'p-3')),
    ]);
    await processed();
    expect(holdsId(await carrierItems(carrier.carrierId), 'p-1')).toEqual([]);
  });
});

describe('funding.reported', () => {
  it('keeps the latest report per period, whatever the arrival order', async () => {
    const carrier = await onboardCarrier();
    const report = (amountEur: number, timestamp: string) => ({
      ...webhook('funding.reported', {
        periodId: '2025',
        sources: [{ kind: 'municipal', amountEur }],
      }),
      timestamp,
    });
    await send(carrier, report(2000, '2025-12-01T10:00:00Z'));
    await send(carrier, report(1000, '2025-06-01T10:00:00Z'));
    await processed();
    const funding = (await carrierItems(carrier.carrierId)).filter((item) =>
      String(item.sk).startsWith('FUNDING#'),
    );
    expect(funding).toHaveLength(1);
    expect(funding[0]).toMatchObject({
      periodId: '2025',
      sources: [{ kind: 'municipal', amountEur: 2000 }],
    });
  });
});

describe('secret rotation (SPEC §8)', () => {
  it('accepts the new secret at once and the previous one for 24 hours only', async () => {
    const carrier = await onboardCarrier();
    const rotated = await rotateSecret(carrier.carrierId);
    expect(rotated.webhookSecret).toMatch(/^whsec_/);
    const validUntil = Date.parse(rotated.previousValidUntil);
    expect(validUntil - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(validUntil - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    expect(
      (await sendWebhook({ ...carrier, webhookSecret: rotated.webhookSecret }, created())).status,
    ).toBe(202);
    expect((await sendWebhook(carrier, created())).status).toBe(202);

    const stored = await getCarrier(carrier.carrierId);
    if (!stored) throw new Error('carrier vanished');
    const opened = await openWebhookSecrets(stored);
    expect(acceptedSecrets(opened, new Date(validUntil - 1000))).toEqual([
      rotated.webhookSecret,
      carrier.webhookSecret,
    ]);
    expect(acceptedSecrets(opened, new Date(validUntil + 1000))).toEqual([rotated.webhookSecret]);
  });

  it('drops an expired previous secret on the next rotation and never loses one to a concurrent rotation', async () => {
    const carrier = await onboardCarrier();
    const [first, second] = await Promise.all([
      rotateSecret(carrier.carrierId),
      rotateSecret(carrier.carrierId),
    ]);
    const stored = await getCarrier(carrier.carrierId);
    const secrets = stored ? (await openWebhookSecrets(stored)).map((entry) => entry.secret) : [];
    expect(secrets).toContain(first.webhookSecret);
    expect(secrets).toContain(second.webhookSecret);
    expect(secrets).toContain(carrier.webhookSecret);
    expect(stored?.webhookSecrets.filter((entry) => entry.validUntil === null)).toHaveLength(1);
  });
});
