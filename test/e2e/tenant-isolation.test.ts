import { beforeAll, describe, expect, it } from 'vitest';
import { createAdminKey } from '../../local/cli/commands';
import {
  getJson,
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { carrierItems } from '../support/table';

// SPEC §3: "A carrier can read and write only its own data, whatever ids the body holds;
// the carrier is taken from the verified path and secret alone." SPEC §4: another carrier's
// resource is 404, a missing or wrong key 401; the admin key reads everything.

interface Setup {
  readonly carrier: TestCarrier;
  readonly programme: 'education_work' | 'leisure_culture' | 'reading_language';
  readonly startedOn: string;
  readonly checkIns: number;
  /** Only carrier B has a second match. */
  readonly matchIds: readonly string[];
}

const names = ['A', 'B', 'C'] as const;
const programmes = ['education_work', 'leisure_culture', 'reading_language'] as const;
let carriers: Record<(typeof names)[number], Setup>;
let adminKey: string;

const matchPath = (carrier: TestCarrier, matchId: string) =>
  `/v1/carriers/${carrier.carrierId}/matches/${matchId}`;
const listPath = (carrier: TestCarrier) => `/v1/carriers/${carrier.carrierId}/matches`;

/** Every string anywhere in a value, for "no item still holds that id". */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

async function accepted(carrier: TestCarrier, body: unknown, webhookId: string) {
  const response = await sendWebhook(carrier, body, { webhookId });
  expect(response.status).toBe(202);
}

beforeAll(async () => {
  const entries = await Promise.all(
    names.map(async (name, index): Promise<[(typeof names)[number], Setup]> => {
      const carrier = await onboardCarrier({ name: `Träger ${name}` });
      return [
        name,
        {
          carrier,
          programme: programmes[index] ?? 'education_work',
          startedOn: `2025-0${index + 2}-01`,
          checkIns: index + 1,
          matchIds: name === 'B' ? ['m-1', 'm-2'] : ['m-1'],
        },
      ];
    }),
  );
  carriers = Object.fromEntries(entries) as typeof carriers;
  adminKey = (await createAdminKey()).apiKey;

  // The same partner ids and even the same webhook-ids at every carrier.
  for (const { carrier, programme, startedOn, checkIns, matchIds } of Object.values(carriers)) {
    await accepted(
      carrier,
      webhook('participant.registered', { participantId: 'p-1', role: 'mentor' }),
      'msg_p-1',
    );
    await accepted(
      carrier,
      webhook('participant.registered', { participantId: 'p-2', role: 'mentee' }),
      'msg_p-2',
    );
    for (const matchId of matchIds) {
      await accepted(
        carrier,
        webhook('match.created', {
          matchId,
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn,
          programme,
        }),
        `msg_created_${matchId}`,
      );
    }
    for (let index = 1; index <= checkIns; index++) {
      await accepted(
        carrier,
        webhook('checkin.recorded', {
          checkInId: `c-${index}`,
          matchId: 'm-1',
          occurredOn: `${startedOn.slice(0, 8)}${String(index + 1).padStart(2, '0')}`,
          with: 'both',
          channel: 'phone',
        }),
        `msg_c-${index}`,
      );
    }
  }
  await processed();
});

describe('tenant isolation (SPEC §3, §4)', () => {
  it('shows each carrier its own m-1, built from its own webhooks only', async () => {
    for (const { carrier, programme, startedOn, checkIns } of Object.values(carriers)) {
      const { status, body } = await getMatch(carrier, 'm-1');
      expect(status).toBe(200);
      expect(body).toMatchObject({
        matchId: 'm-1',
        status: 'active',
        mentorId: 'p-1',
        menteeId: 'p-2',
        programme,
        startedOn,
        checkIns: { count: checkIns },
      });
    }
  });

  it("lists for each carrier exactly its own matches; B's m-2 exists under B's path only", async () => {
    for (const { carrier, matchIds } of Object.values(carriers)) {
      const { status, body } = await getJson(listPath(carrier), carrier.apiKey);
      expect(status).toBe(200);
      expect((body.items as { matchId: string }[]).map((item) => item.matchId)).toEqual(matchIds);
    }
    expect((await getMatch(carriers.B.carrier, 'm-2')).status).toBe(200);
    expect((await getMatch(carriers.A.carrier, 'm-2')).status).toBe(404);
  });

  it("answers 404 to a carrier's key for another carrier's match and list, the same 404 as for a carrier that does not exist", async () => {
    const a = carriers.A.carrier;
    const nowhere: TestCarrier = { ...a, carrierId: 'c-0000000000000000' };
    const notFound = await getJson(matchPath(nowhere, 'm-1'), a.apiKey);
    expect(notFound.status).toBe(404);
    for (const other of [carriers.B.carrier, carriers.C.carrier]) {
      for (const path of [matchPath(other, 'm-1'), matchPath(other, 'm-2'), listPath(other)]) {
        const { status, body } = await getJson(path, a.apiKey);
        expect({ path, status }).toEqual({ path, status: 404 });
        expect(body).toEqual(notFound.body);
      }
    }
    expect((await getJson(listPath(nowhere), a.apiKey)).status).toBe(404);
  });

  it('answers 401 to a missing or unknown key', async () => {
    const b = carriers.B.carrier;
    for (const apiKey of [undefined, 'tdm_not-a-key-of-this-deployment', `${b.apiKey}x`]) {
      expect((await getJson(matchPath(b, 'm-1'), apiKey)).status).toBe(401);
      expect((await getJson(listPath(b), apiKey)).status).toBe(401);
    }
  });

  it("lets the funder's admin key read every carrier's matches", async () => {
    for (const { carrier, programme, matchIds } of Object.values(carriers)) {
      const single = await getMatch(carrier, 'm-1', adminKey);
      expect(single.status).toBe(200);
      expect(single.body).toEqual((await getMatch(carrier, 'm-1')).body);
      expect(single.body).toMatchObject({ programme });
      const list = await getJson(listPath(carrier), adminKey);
      expect(list.status).toBe(200);
      expect((list.body.items as { matchId: string }[]).map((item) => item.matchId)).toEqual(
        matchIds,
      );
    }
  });

  it("rejects a webhook signed with A's secret on B's path with 401 and changes nothing at A or B", async () => {
    const a = carriers.A.carrier;
    const b = carriers.B.carrier;
    const before = { a: await carrierItems(a.carrierId), b: await carrierItems(b.carrierId) };
    const body = webhook('match.created', {
      matchId: 'm-9',
      mentorId: 'p-1',
      menteeId: 'p-2',
      startedOn: '2025-05-01',
      programme: 'other',
    });
    const signedByA: TestCarrier = { ...b, webhookSecret: a.webhookSecret };
    const response = await sendWebhook(signedByA, body);
    expect(response.status).toBe(401);
    await processed();
    expect(await carrierItems(a.carrierId)).toEqual(before.a);
    expect(await carrierItems(b.carrierId)).toEqual(before.b);
    expect((await getMatch(b, 'm-9')).status).toBe(404);
    expect((await getMatch(a, 'm-9')).status).toBe(404);

    // The same body signed with B's own secret is taken, and lands at B only.
    expect((await sendWebhook(b, body)).status).toBe(202);
    await processed();
    expect((await getMatch(b, 'm-9')).body).toMatchObject({ matchId: 'm-9', status: 'active' });
    expect((await getMatch(a, 'm-9')).status).toBe(404);
  });

  it('rejects a body that names a carrier, in data or in the envelope, with 422 naming carrierId', async () => {
    const a = carriers.A.carrier;
    const b = carriers.B.carrier;
    const before = { a: await carrierItems(a.carrierId), b: await carrierItems(b.carrierId) };
    const ended = webhook('match.ended', {
      matchId: 'm-1',
      endedOn: '2025-09-30',
      reason: 'moved_away',
    });
    for (const body of [
      { ...ended, data: { ...ended.data, carrierId: b.carrierId } },
      { ...ended, carrierId: b.carrierId },
    ]) {
      const response = await sendWebhook(a, body);
      expect(response.status).toBe(422);
      const problem = (await response.json()) as { errors: { path: string }[] };
      expect(problem.errors.some((error) => error.path.includes('carrierId'))).toBe(true);
    }
    await processed();
    expect(await carrierItems(a.carrierId)).toEqual(before.a);
    expect(await carrierItems(b.carrierId)).toEqual(before.b);
    expect((await getMatch(b, 'm-1')).body).toMatchObject({ status: 'active' });
  });

  it("keeps ids that spell another carrier's id inside the sender's partition", async () => {
    const a = carriers.A.carrier;
    const b = carriers.B.carrier;
    const before = await carrierItems(b.carrierId);
    await accepted(
      a,
      webhook('match.created', {
        matchId: b.carrierId,
        mentorId: b.carrierId,
        menteeId: 'p-2',
        startedOn: '2025-05-01',
        programme: 'other',
      }),
      'msg_lookalike',
    );
    await processed();
    expect((await getMatch(a, b.carrierId)).body).toMatchObject({ matchId: b.carrierId });
    expect((await getMatch(b, b.carrierId)).status).toBe(404);
    expect(await carrierItems(b.carrierId)).toEqual(before);
  });

  it("erases p-1 at carrier A only: A's match shows it as erased, B's and C's p-1 stay intact", async () => {
    const a = carriers.A.carrier;
    await accepted(a, webhook('participant.erased', { participantId: 'p-1' }), 'msg_erase');
    await processed();

    const erased = await getMatch(a, 'm-1');
    expect(erased.body).toMatchObject({
      mentorId: 'erased',
      menteeId: 'p-2',
      startedOn: carriers.A.startedOn,
      checkIns: { count: carriers.A.checkIns },
    });
    expect(stringsIn(await carrierItems(a.carrierId))).not.toContain('p-1');

    for (const { carrier, startedOn, checkIns, matchIds } of [carriers.B, carriers.C]) {
      for (const matchId of matchIds) {
        expect((await getMatch(carrier, matchId)).body).toMatchObject({
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn,
        });
      }
      expect((await getMatch(carrier, 'm-1')).body).toMatchObject({
        checkIns: { count: checkIns },
      });
      const items = await carrierItems(carrier.carrierId);
      expect(items).toContainEqual(
        expect.objectContaining({ participantId: 'p-1', role: 'mentor' }),
      );
      // The participant item plus, per match, at least the stored match.created fact.
      expect(stringsIn(items).filter((value) => value === 'p-1').length).toBeGreaterThan(
        matchIds.length,
      );
    }
  });
});
