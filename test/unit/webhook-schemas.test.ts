import { describe, expect, it } from 'vitest';
import { webhookBodySchema } from '../../shared/schemas/webhooks';

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
        paidStaffHours: 12.5,
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
