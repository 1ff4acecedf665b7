import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { keys } from '../../shared/data/keys';
import type { WebhookBody } from '../../shared/schemas/webhooks';
import {
  getJson,
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { range, smallPools, untimedFactBody, type UntimedBody } from '../support/generators';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';
import { testFunderConfig } from '../support/test-config';

// SPEC §3: "the final state is the same for every order of the same set of webhooks", with
// at-least-once delivery (the same webhook-id again, or the same fact under a new one).

interface Delivery {
  readonly webhookId: string;
  readonly body: WebhookBody;
}

type Mode = 'one-by-one' | 'sequential' | 'concurrent' | 'batches-of-4';

interface Scenario {
  /** The distinct webhooks, in canonical order. */
  readonly webhooks: readonly Delivery[];
  /** Indices into `webhooks`: a permutation of all of them plus duplicates. */
  readonly order: readonly number[];
  readonly mode: Mode;
}

/** Each check-in id belongs to one match, so a check-in's identity is never ambiguous. */
const matchOfCheckIn = (checkInId: string): string =>
  smallPools.matchIds[Number(checkInId.replace(/\D/g, '')) % smallPools.matchIds.length] ?? 'm-1';

const untimedFact = untimedFactBody().map((body): UntimedBody =>
  body.type === 'checkin.recorded'
    ? { ...body, data: { ...body.data, matchId: matchOfCheckIn(body.data.checkInId) } }
    : body,
);

const baseTime = Date.parse('2025-06-01T00:00:00.000Z');
const at = (secondsAfterBase: number) => new Date(baseTime + secondsAfterBase * 1000).toISOString();

const webhooksArb: fc.Arbitrary<Delivery[]> = fc
  .record({
    facts: fc.array(untimedFact, { minLength: 1, maxLength: 10 }),
    // The same body (same timestamp) again under a new webhook-id.
    sameFactCopies: fc.array(fc.nat(), { maxLength: 3 }),
    // The same data with a new timestamp under a new webhook-id.
    retimedCopies: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .chain(({ facts, sameFactCopies, retimedCopies }) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: 86_399 }), {
        minLength: facts.length + retimedCopies.length,
        maxLength: facts.length + retimedCopies.length,
      })
      .map((seconds) => {
        // Distinct timestamps, in random relation to the list order.
        const timed = facts.map((fact, index) => ({ ...fact, timestamp: at(seconds[index] ?? 0) }));
        const bodies = [
          ...timed,
          ...sameFactCopies.map((copy) => timed[copy % timed.length]),
          ...retimedCopies.map((copy, index) => ({
            ...timed[copy % timed.length],
            timestamp: at(seconds[facts.length + index] ?? 0),
          })),
        ] as WebhookBody[];
        return bodies.map((body, index) => ({ webhookId: `msg_${index}`, body }));
      }),
  );

const scenarioArb: fc.Arbitrary<Scenario> = webhooksArb.chain((webhooks) =>
  fc
    .record({
      duplicates: fc.array(fc.nat({ max: webhooks.length - 1 }), { maxLength: 6 }),
      mode: fc.constantFrom<Mode>('one-by-one', 'sequential', 'concurrent', 'batches-of-4'),
    })
    .chain(({ duplicates, mode }) => {
      const all = [...range(webhooks.length), ...duplicates];
      return fc
        .shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
        .map((order) => ({ webhooks, order, mode }));
    }),
);

async function send(carrier: TestCarrier, delivery: Delivery): Promise<void> {
  const response = await sendWebhook(carrier, delivery.body, { webhookId: delivery.webhookId });
  expect(response.status).toBe(202);
  expect(await response.json()).toEqual({ status: 'accepted', webhookId: delivery.webhookId });
}

async function deliver(
  carrier: TestCarrier,
  webhooks: readonly Delivery[],
  order: readonly number[],
  mode: Mode,
): Promise<void> {
  const batch = order.map((index) => webhooks[index] as Delivery);
  if (mode === 'one-by-one') {
    for (const delivery of batch) {
      await send(carrier, delivery);
      await processed();
    }
  } else if (mode === 'sequential') {
    for (const delivery of batch) await send(carrier, delivery);
  } else {
    const size = mode === 'concurrent' ? batch.length : 4;
    for (let start = 0; start < batch.length; start += size) {
      await Promise.all(
        batch.slice(start, start + size).map((delivery) => send(carrier, delivery)),
      );
    }
  }
  await processed();
}

type View = Record<string, unknown> & { matchId: string };

/** Every page of the carrier's match list, two at a time so that paging is exercised. */
async function listAllMatches(carrier: TestCarrier): Promise<View[]> {
  const views: View[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { status, body } = await getJson(
      `/v1/carriers/${carrier.carrierId}/matches?limit=2${query}`,
      carrier.apiKey,
    );
    expect(status).toBe(200);
    views.push(...(body.items as View[]));
    cursor = body.nextCursor as string | null;
    if (cursor === null) return views;
  }
  throw new Error('the match list did not end after 50 pages');
}

/** Attributes that legitimately differ between two runs that reach the same state. */
const volatileAttributes = new Set(['pk', 'seq', 'receivedAt', 'erasedAt']);

/** The carrier's items with the carrier's own id and the volatile attributes taken out. */
async function storedState(carrierId: string) {
  const items = await carrierItems(carrierId);
  return items
    .map((item) =>
      Object.fromEntries(
        Object.entries(item)
          .filter(([name]) => !volatileAttributes.has(name))
          .map(([name, value]) => [
            name,
            // The due index's shard is a hash of the carrier id: only its presence matters.
            name === 'duePk'
              ? 'DUE#<shard>'
              : typeof value === 'string'
                ? value.replaceAll(carrierId, '<carrier>')
                : value,
          ]),
      ),
    )
    .sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
}

async function finalState(carrier: TestCarrier) {
  return { views: await listAllMatches(carrier), items: await storedState(carrier.carrierId) };
}

// ---- An independent model of SPEC §2–§5, for the canonical run. ----

const policy = testFunderConfig.checkInPolicy;
const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: testFunderConfig.timezone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const dayMs = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/** Per fact: the version with the latest timestamp, the greater webhook-id on a tie. */
function latestFacts(webhooks: readonly Delivery[]) {
  const latest = new Map<string, Delivery>();
  const identity = ({ body }: Delivery): string => {
    switch (body.type) {
      case 'match.created':
        return `created/${body.data.matchId}`;
      case 'match.ended':
        return `ended/${body.data.matchId}`;
      case 'checkin.recorded':
        return `checkIn/${body.data.checkInId}`;
      case 'participant.registered':
        return `participant/${body.data.participantId}`;
      case 'funding.reported':
        return `funding/${body.data.periodId}`;
      case 'participant.erased':
        throw new Error('erasure is not part of this property');
    }
  };
  const versionOf = ({ body, webhookId }: Delivery) =>
    `${new Date(body.timestamp).toISOString()}|${webhookId}`;
  for (const delivery of webhooks) {
    const key = identity(delivery);
    const current = latest.get(key);
    if (!current || versionOf(current) < versionOf(delivery)) latest.set(key, delivery);
  }
  return [...latest.values()].map((delivery) => delivery.body);
}

function expectedViews(webhooks: readonly Delivery[]): View[] {
  const facts = latestFacts(webhooks);
  const matchIds = new Set<string>();
  for (const fact of facts) {
    if (fact.type === 'match.created' || fact.type === 'match.ended') {
      matchIds.add(fact.data.matchId);
    }
    if (fact.type === 'checkin.recorded') matchIds.add(fact.data.matchId);
  }
  return [...matchIds].sort().map((matchId) => {
    const created = facts.find(
      (fact) => fact.type === 'match.created' && fact.data.matchId === matchId,
    ) as Extract<WebhookBody, { type: 'match.created' }> | undefined;
    const ended = facts.find(
      (fact) => fact.type === 'match.ended' && fact.data.matchId === matchId,
    ) as Extract<WebhookBody, { type: 'match.ended' }> | undefined;
    const checkInDates = facts
      .filter((fact) => fact.type === 'checkin.recorded' && fact.data.matchId === matchId)
      .map((fact) => (fact as Extract<WebhookBody, { type: 'checkin.recorded' }>).data.occurredOn);
    const status = !created ? 'pending' : ended ? 'ended' : 'active';
    const counted = created
      ? checkInDates.filter((date) => date >= created.data.startedOn).sort()
      : undefined;
    let nextDueOn: string | null = null;
    if (status === 'active' && created && counted) {
      const step = Math.floor(policy.firstMonthDays / policy.firstMonthContacts);
      const byStart = addDays(created.data.startedOn, (counted.length + 1) * step);
      const last = counted.at(-1);
      // SPEC §5: a late first contact is not followed by one already overdue.
      nextDueOn =
        counted.length >= policy.firstMonthContacts
          ? addDays(last as string, policy.thenEveryDays)
          : last && addDays(last, step) > byStart
            ? addDays(last, step)
            : byStart;
    }
    return {
      matchId,
      status,
      mentorId: created?.data.mentorId ?? null,
      menteeId: created?.data.menteeId ?? null,
      programme: created?.data.programme ?? null,
      group: created ? (created.data.group ?? false) : null,
      startedOn: created?.data.startedOn ?? null,
      endedOn: ended?.data.endedOn ?? null,
      endReason: ended?.data.reason ?? null,
      checkIns: {
        // SPEC §5 counts check-ins from startedOn; for a pending match it is not known yet.
        ...(counted ? { count: counted.length, lastOn: counted.at(-1) ?? null } : {}),
        nextDueOn,
        overdueDays: nextDueOn === null ? null : Math.max(0, daysBetween(nextDueOn, today)),
      },
    };
  });
}

/**
 * The model's view next to the API's; a pending match's count is not pinned by the SPEC, and
 * the at-risk rule (SPEC §5, as of today) has tests of its own.
 */
function comparable(views: readonly View[], expected: readonly View[]): View[] {
  return views.map(({ risk: _risk, ...view }) => {
    const model = expected.find((candidate) => candidate.matchId === view.matchId);
    if (model?.status !== 'pending') return view;
    const { count: _count, lastOn: _lastOn, ...rest } = view.checkIns as Record<string, unknown>;
    return { ...view, checkIns: rest };
  });
}

const pickFields = (item: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => field in item).map((field) => [field, item[field]]));

/** The latest `participant.registered` and `funding.reported` facts are stored as sent. */
function expectStoredLatestFacts(
  webhooks: readonly Delivery[],
  items: readonly Record<string, unknown>[],
) {
  const facts = latestFacts(webhooks);
  const participantFields = ['participantId', 'role', 'ageGroup', 'language'];
  const fundingFields = ['periodId', 'sources', 'volunteerCount', 'paidStaffHours'];
  const participants = facts.flatMap((fact) =>
    fact.type === 'participant.registered' ? [fact.data] : [],
  );
  const funding = facts.flatMap((fact) => (fact.type === 'funding.reported' ? [fact.data] : []));
  const storedParticipants = items.filter((item) => 'participantId' in item && 'role' in item);
  const storedFunding = items.filter((item) => 'periodId' in item && 'sources' in item);
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    JSON.stringify(a).localeCompare(JSON.stringify(b));
  expect(storedParticipants.map((item) => pickFields(item, participantFields)).sort(byId)).toEqual(
    participants.map((data) => pickFields(data, participantFields)).sort(byId),
  );
  expect(storedFunding.map((item) => pickFields(item, fundingFields)).sort(byId)).toEqual(
    funding.map((data) => pickFields(data, fundingFields)).sort(byId),
  );
}

describe('convergence of the ledger (SPEC §3)', () => {
  it('ends in the same match views and stored items for every order, duplication and concurrency of the same webhooks', async () => {
    const deadLettersBefore = localSystem().bus.deadLetters.length;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ webhooks, order, mode }) => {
        const canonical = await onboardCarrier();
        const shuffled = await onboardCarrier();

        await deliver(canonical, webhooks, range(webhooks.length), 'one-by-one');
        const expected = await finalState(canonical);
        const model = expectedViews(webhooks);
        expect(comparable(expected.views, model)).toEqual(comparable(model, model));
        expectStoredLatestFacts(webhooks, await carrierItems(canonical.carrierId));

        await deliver(shuffled, webhooks, order, mode);
        const actual = await finalState(shuffled);
        expect(actual.views).toEqual(expected.views);
        expect(actual.items).toEqual(expected.items);
        for (const view of actual.views) {
          const single = await getMatch(shuffled, view.matchId);
          expect(single).toEqual({ status: 200, body: view });
        }
        expect(localSystem().bus.deadLetters.length).toBe(deadLettersBefore);
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('shows a match whose check-ins and end arrive before match.created as pending, then as ended with its counted check-ins', async () => {
    const carrier = await onboardCarrier();
    const early = [
      webhook('checkin.recorded', {
        checkInId: 'c-1',
        matchId: 'm-1',
        occurredOn: '2025-03-04',
        with: 'both',
        channel: 'in_person',
      }),
      webhook('checkin.recorded', {
        checkInId: 'c-2',
        matchId: 'm-1',
        occurredOn: '2025-04-01',
        with: 'mentee',
        channel: 'phone',
      }),
      // Before the start: received, but never counted (SPEC §5).
      webhook('checkin.recorded', {
        checkInId: 'c-0',
        matchId: 'm-1',
        occurredOn: '2025-02-20',
        with: 'mentor',
        channel: 'video',
      }),
      webhook('match.ended', { matchId: 'm-1', endedOn: '2025-06-30', reason: 'goal_reached' }),
    ];
    for (const body of early) expect((await sendWebhook(carrier, body)).status).toBe(202);
    await processed();

    const pending = await getMatch(carrier, 'm-1');
    expect(pending.status).toBe(200);
    expect(pending.body).toMatchObject({
      matchId: 'm-1',
      status: 'pending',
      startedOn: null,
      checkIns: { nextDueOn: null, overdueDays: null },
    });
    const pendingList = await getJson(
      `/v1/carriers/${carrier.carrierId}/matches?status=pending`,
      carrier.apiKey,
    );
    expect(pendingList.body.items).toEqual([pending.body]);

    const created = webhook('match.created', {
      matchId: 'm-1',
      mentorId: 'p-1',
      menteeId: 'p-2',
      startedOn: '2025-03-01',
      programme: 'reading_language',
    });
    expect((await sendWebhook(carrier, created)).status).toBe(202);
    await processed();

    expect(await getMatch(carrier, 'm-1')).toEqual({
      status: 200,
      body: {
        matchId: 'm-1',
        status: 'ended',
        mentorId: 'p-1',
        menteeId: 'p-2',
        programme: 'reading_language',
        group: false,
        startedOn: '2025-03-01',
        endedOn: '2025-06-30',
        endReason: 'goal_reached',
        checkIns: { count: 2, lastOn: '2025-04-01', nextDueOn: null, overdueDays: null },
        risk: { atRisk: false, reasons: [] },
      },
    });
    const pendingAfter = await getJson(
      `/v1/carriers/${carrier.carrierId}/matches?status=pending`,
      carrier.apiKey,
    );
    expect(pendingAfter.body.items).toEqual([]);
  });

  it('keeps the latest version of a fact in the summary when a stale summary write lands after it (controlled interleaving)', async () => {
    const carrier = await onboardCarrier();
    const ended = (endedOn: string, second: number) =>
      webhook('match.ended', { matchId: 'm-1', endedOn, reason: 'planned_end' }, at(second));
    const created = webhook('match.created', {
      matchId: 'm-1',
      mentorId: 'p-1',
      menteeId: 'p-2',
      startedOn: '2025-03-01',
      programme: 'other',
    });
    for (const body of [created, ended('2025-05-01', 1)]) {
      expect((await sendWebhook(carrier, body)).status).toBe(202);
      await processed();
    }

    // Hold the first summary write of m-1 until every other table access has settled, so
    // that a newer version of the fact is stored and handled while that write is pending.
    const summarySk = keys.matchSummary(carrier.carrierId, 'm-1').sk;
    type Send = (command: unknown) => Promise<unknown>;
    const send = dynamo.send.bind(dynamo) as unknown as Send;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let signalHeld: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (signalHeld = resolve));
    let holding = false;
    let inFlight = 0;
    let lastActivity = Date.now();
    const isSummaryWrite = (command: unknown) => {
      const input = (command as { input?: { Item?: { sk?: unknown }; Key?: { sk?: unknown } } })
        .input;
      const name = (command as object).constructor.name;
      return (
        (name === 'PutCommand' && input?.Item?.sk === summarySk) ||
        (name === 'UpdateCommand' && input?.Key?.sk === summarySk)
      );
    };
    const spy = vi.spyOn(dynamo, 'send').mockImplementation((async (command: unknown) => {
      if (!holding && isSummaryWrite(command)) {
        holding = true;
        signalHeld();
        await gate;
        return send(command);
      }
      inFlight++;
      try {
        return await send(command);
      } finally {
        inFlight--;
        lastActivity = Date.now();
      }
    }) as never);
    try {
      expect((await sendWebhook(carrier, ended('2025-06-15', 2))).status).toBe(202);
      await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      expect((await sendWebhook(carrier, ended('2025-05-01', 3))).status).toBe(202);
      const settledBy = Date.now() + 5_000;
      while ((inFlight > 0 || Date.now() - lastActivity < 250) && Date.now() < settledBy) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      release();
      await processed();
      spy.mockRestore();
    }

    // The stored fact is the latest version; the summary must show it too.
    expect(await carrierItems(carrier.carrierId)).toContainEqual(
      expect.objectContaining({ matchId: 'm-1', endedOn: '2025-05-01', reason: 'planned_end' }),
    );
    const { body } = await getMatch(carrier, 'm-1');
    expect(body).toMatchObject({ status: 'ended', endedOn: '2025-05-01' });
  });
});
