import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keys, type ItemKey } from '../../shared/data/keys';
import { timingProblems } from '../../shared/domain/fact-timing';
import { webhookBodySchema, type WebhookBody } from '../../shared/schemas/webhooks';
import { onboardCarrier, processed, sendWebhook } from '../support/api';
import {
  ageGroups,
  channels,
  checkInWith,
  endReasons,
  fundingKinds,
  partnerIdPattern,
  programmes,
  roles,
} from '../support/generators';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';
import { testFunderConfig } from '../support/test-config';

// Issue 8: "every body the ingest schema accepts is stored by its consumer without error".
// Bodies are drawn from far wider ranges than a partner would send (any double, any
// integer, ids and dates at their limits), kept when the schema accepts them, and sent
// through ingest: each must be a 202, reach the table, and leave no dead letter.

const id = fc.stringMatching(partnerIdPattern);
const date = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((value) => value.toISOString().slice(0, 10));
const timestamp = fc
  .date({ min: new Date('2000-01-01Z'), max: new Date('2099-12-31Z'), noInvalidDate: true })
  .map((value) => value.toISOString());
/** Any number at all: the schema decides which are amounts and counts. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: 0, max: 10 ** 12 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 10 ** 14 }).map((cents) => cents / 100),
  fc.nat(),
  fc.constantFrom(
    0,
    0.01,
    999_999_999_999.99,
    1e12,
    2 ** 53 + 1,
    1e20,
    1e308,
    1e-200,
    Number.MIN_VALUE,
    10_000_000,
    10_000_001,
  ),
);

const bodyArb: fc.Arbitrary<unknown> = fc
  .record({
    timestamp,
    body: fc.oneof(
      fc.record({
        type: fc.constant('participant.registered'),
        data: fc.record(
          {
            participantId: id,
            role: fc.constantFrom(...roles),
            ageGroup: fc.constantFrom(...ageGroups),
            language: fc.stringMatching(/^[a-z]{2}$/),
          },
          { requiredKeys: ['participantId', 'role'] },
        ),
      }),
      fc.record({
        type: fc.constant('match.created'),
        data: fc.record(
          {
            matchId: id,
            mentorId: id,
            menteeId: id,
            startedOn: date,
            programme: fc.constantFrom(...programmes),
            group: fc.boolean(),
          },
          { requiredKeys: ['matchId', 'mentorId', 'menteeId', 'startedOn', 'programme'] },
        ),
      }),
      fc.record({
        type: fc.constant('checkin.recorded'),
        data: fc.record(
          {
            checkInId: id,
            matchId: id,
            occurredOn: date,
            with: fc.constantFrom(...checkInWith),
            channel: fc.constantFrom(...channels),
            concern: fc.boolean(),
          },
          { requiredKeys: ['checkInId', 'matchId', 'occurredOn', 'with', 'channel'] },
        ),
      }),
      fc.record({
        type: fc.constant('match.ended'),
        data: fc.record({ matchId: id, endedOn: date, reason: fc.constantFrom(...endReasons) }),
      }),
      fc.record({
        type: fc.constant('participant.erased'),
        data: fc.record({ participantId: id }),
      }),
      fc.record({
        type: fc.constant('funding.reported'),
        data: fc.record(
          {
            periodId: id,
            sources: fc.array(
              fc.record({ kind: fc.constantFrom(...fundingKinds), amountEur: anyNumber }),
              { maxLength: 5 },
            ),
            volunteerCount: anyNumber,
            paidStaffHours: anyNumber,
          },
          { requiredKeys: ['periodId', 'sources'] },
        ),
      }),
    ),
  })
  .map(({ timestamp: at, body }) => ({ ...body, timestamp: at }));

/** Nothing in the future (SPEC §2): a timestamp after now, a contact after tomorrow. */
const notInTheFuture = (body: WebhookBody) =>
  timingProblems(
    {
      timestamp: body.timestamp,
      ...(body.type === 'checkin.recorded' ? { occurredOn: body.data.occurredOn } : {}),
    },
    // A minute's margin: the body is sent a moment after it is drawn.
    { at: new Date(Date.now() - 60_000), timeZone: testFunderConfig.timezone },
  ).length === 0;

/** Only what ingest accepts (its schema and timing rule): the property is about those bodies. */
const acceptedBody = bodyArb
  .map((candidate) => webhookBodySchema.safeParse(candidate))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as WebhookBody)
  .filter(notInTheFuture);

/** The item the body's consumer writes (erasure: its tombstone, checked by prefix). */
function storedKey(carrierId: string, body: WebhookBody): ItemKey | 'tombstone' {
  switch (body.type) {
    case 'participant.registered':
      return keys.participant(carrierId, body.data.participantId);
    case 'match.created':
      return keys.matchFact(carrierId, body.data.matchId, { kind: 'created' });
    case 'checkin.recorded':
      return keys.matchFact(carrierId, body.data.matchId, {
        kind: 'checkIn',
        checkInId: body.data.checkInId,
      });
    case 'match.ended':
      return keys.matchFact(carrierId, body.data.matchId, { kind: 'ended' });
    case 'participant.erased':
      return 'tombstone';
    case 'funding.reported':
      return keys.funding(carrierId, body.data.periodId);
  }
}

describe('everything ingest accepts can be stored', () => {
  it('each accepted body is a 202, reaches the table, and is never dead-lettered', async () => {
    await fc.assert(
      fc.asyncProperty(acceptedBody, async (body) => {
        const carrier = await onboardCarrier();
        const deadLettersBefore = localSystem().bus.deadLetters.length;
        const response = await sendWebhook(carrier, body);
        expect(response.status, await response.text()).toBe(202);
        await processed();
        expect(localSystem().bus.deadLetters.length).toBe(deadLettersBefore);
        const items = await carrierItems(carrier.carrierId);
        const expected = storedKey(carrier.carrierId, body);
        if (expected === 'tombstone') {
          expect(items.some((item) => String(item.sk).startsWith('ERASED#'))).toBe(true);
        } else {
          const item = items.find((candidate) => candidate.sk === expected.sk);
          expect(item, JSON.stringify(body)).toBeDefined();
          if (body.type === 'funding.reported') {
            expect(item).toMatchObject({ sources: body.data.sources });
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
