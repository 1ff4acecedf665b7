import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWebhook } from '../../local/cli/webhooks-command';
import { englishErrorMessages } from '../../shared/schemas/error-messages';
import { webhookBodySchemaFor } from '../../shared/schemas/webhook-schema-loader';
import { webhookBodySchema, type WebhookType } from '../../shared/schemas/webhooks';

const webhookTypes = webhookBodySchema.def.options.map(
  (envelope) => envelope.shape.type.def.values[0] as WebhookType,
);

const timestamp = '2025-02-03T10:00:00Z';
const valid = (type: string, data: Record<string, unknown>) =>
  webhookBodySchema.safeParse({ type, timestamp, data }).success;

describe('webhook schemas (SPEC §2)', () => {
  it.each([
    [
      'participant.registered',
      { participantId: 'p-1', role: 'mentor', ageGroup: '65_plus', language: 'tr' },
    ],
    [
      'match.created',
      {
        matchId: 'm.1:a_b-c',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2024-02-29',
        programme: 'opportunity',
        group: true,
      },
    ],
    [
      'checkin.recorded',
      {
        checkInId: 'c-1',
        matchId: 'm-1',
        occurredOn: '2025-01-01',
        with: 'mentee',
        channel: 'message',
        concern: true,
      },
    ],
    ['match.ended', { matchId: 'm-1', endedOn: '2025-01-01', reason: 'safeguarding' }],
    ['participant.erased', { participantId: 'p-1' }],
    [
      'funding.reported',
      {
        periodId: '2025',
        sources: [{ kind: 'municipal', amountEur: 0 }],
        volunteerCount: 3,
        paidStaffHours: 12,
      },
    ],
  ])('accepts a valid %s', (type, data) => {
    expect(valid(type, data)).toBe(true);
  });

  it.each([
    ['an id with a space', { participantId: 'p 1', role: 'mentor' }],
    ['an id with a hash', { participantId: 'p#1', role: 'mentor' }],
    ['an id of 65 characters', { participantId: `p${'x'.repeat(64)}`, role: 'mentor' }],
    ['an id starting with a dash', { participantId: '-p', role: 'mentor' }],
    ['a name (unknown field)', { participantId: 'p-1', role: 'mentor', name: 'Erika' }],
    ['an e-mail (unknown field)', { participantId: 'p-1', role: 'mentor', email: 'e@example.org' }],
    ['an unknown role', { participantId: 'p-1', role: 'buddy' }],
    ['a three-letter language', { participantId: 'p-1', role: 'mentor', language: 'deu' }],
  ])('rejects participant.registered with %s', (_case, data) => {
    expect(valid('participant.registered', data)).toBe(false);
  });

  it('accepts a 64-character id', () => {
    expect(valid('participant.erased', { participantId: `p${'x'.repeat(63)}` })).toBe(true);
  });

  it.each(['2025-02-30', '2025-13-01', '25-01-01', '2025-1-1', '2025-01-01T00:00:00Z'])(
    'rejects the date %s',
    (startedOn) => {
      expect(
        valid('match.created', {
          matchId: 'm',
          mentorId: 'a',
          menteeId: 'b',
          startedOn,
          programme: 'other',
        }),
      ).toBe(false);
    },
  );

  it('rejects negative amounts and unknown funding kinds', () => {
    expect(
      valid('funding.reported', { periodId: '2025', sources: [{ kind: 'state', amountEur: -1 }] }),
    ).toBe(false);
    expect(
      valid('funding.reported', { periodId: '2025', sources: [{ kind: 'lottery', amountEur: 1 }] }),
    ).toBe(false);
  });

  // Issue 8: numbers the table cannot store (or that mean nothing) are a 422, never a 202
  // followed by a dead letter.
  const funding = (amountEur: number, extra: Record<string, unknown> = {}) =>
    valid('funding.reported', {
      periodId: '2025',
      sources: [{ kind: 'foundation', amountEur }],
      ...extra,
    });

  it.each([2 ** 53 + 1, 1e20, 1e308, 1e-200, 1e12, 0.001, 12.345, Number.MAX_VALUE])(
    'rejects the amount %s',
    (amountEur) => {
      expect(funding(amountEur)).toBe(false);
    },
  );

  it.each([0, 0.01, 0.07, 19.99, 1_000_000, 999_999_999_999.99])(
    'accepts the amount %s',
    (amountEur) => {
      expect(funding(amountEur)).toBe(true);
    },
  );

  it.each([
    ['volunteerCount', 1.5],
    ['volunteerCount', 10_000_001],
    ['volunteerCount', 1e20],
    ['paidStaffHours', 12.5],
    ['paidStaffHours', -1],
    ['paidStaffHours', 10_000_001],
    ['paidStaffHours', 2 ** 53 + 1],
  ])('rejects %s %s', (field, value) => {
    expect(funding(1, { [field]: value })).toBe(false);
  });

  it('accepts counts and hours from 0 to 10^7', () => {
    expect(funding(1, { volunteerCount: 0, paidStaffHours: 10_000_000 })).toBe(true);
    expect(funding(1, { volunteerCount: 10_000_000, paidStaffHours: 0 })).toBe(true);
  });

  it('rejects an envelope with an extra top-level field or a bad timestamp', () => {
    const data = { participantId: 'p-1' };
    expect(
      webhookBodySchema.safeParse({ type: 'participant.erased', timestamp, data, carrierId: 'c-x' })
        .success,
    ).toBe(false);
    expect(
      webhookBodySchema.safeParse({ type: 'participant.erased', timestamp: '2025-02-03', data })
        .success,
    ).toBe(false);
  });
});

// A webhook is checked by its own type's schema, loaded on first use
// (shared/schemas/webhook-schema-loader.ts): it must accept and refuse exactly as the union
// does, with the same issues, for any body.
describe('checking a webhook by its type’s schema alone', () => {
  const checkedAlone = async (body: unknown) =>
    (await webhookBodySchemaFor(body)).safeParse(body, englishErrorMessages);
  const checkedByUnion = (body: unknown) => webhookBodySchema.safeParse(body, englishErrorMessages);
  const outcome = (result: { success: boolean; data?: unknown; error?: { issues: unknown } }) =>
    result.success ? { data: result.data } : { issues: result.error?.issues };

  const samples = webhookTypes.map((type) => sampleWebhook(type) as Record<string, unknown>);
  const variants = (body: Record<string, unknown>) => {
    const data = body.data as Record<string, unknown>;
    return [
      body,
      { ...body, carrierId: 'c-1' },
      { ...body, timestamp: '2025-02-03' },
      { ...body, data: { ...data, name: 'Erika' } },
      { ...body, data: {} },
      { ...body, data: null },
      ...Object.keys(data).map((field) => ({ ...body, data: { ...data, [field]: 'p 1' } })),
    ];
  };

  it.each([
    ['each type’s sample and its spoilt variants', samples.flatMap(variants)],
    [
      'bodies of no known type',
      [null, 7, 'x', [], [samples[0]], {}, { type: 'match.deleted' }, { type: 'toString' }],
    ],
  ])('gives the union’s result for %s', async (_case, bodies) => {
    for (const body of bodies) {
      expect(outcome(await checkedAlone(body))).toEqual(outcome(checkedByUnion(body)));
    }
  });

  it('gives the union’s result for generated bodies', async () => {
    const body = fc.oneof(
      fc.constantFrom(...samples.flatMap(variants)),
      fc.record({
        type: fc.constantFrom(...webhookTypes, 'other'),
        timestamp: fc.oneof(fc.constant(timestamp), fc.string()),
        data: fc.oneof(fc.constantFrom(...samples.map((sample) => sample.data)), fc.object()),
      }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        expect(outcome(await checkedAlone(value))).toEqual(outcome(checkedByUnion(value)));
      }),
      { numRuns: 300 },
    );
  });
});
