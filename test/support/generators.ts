import fc from 'fast-check';
import type {
  CheckInRecorded,
  FundingReported,
  MatchCreated,
  MatchEnded,
  ParticipantRegistered,
  WebhookBody,
} from '../../shared/schemas/webhooks';

// Generators of webhook bodies for property and fuzz tests. The enum values are written out
// from SPEC §2 on purpose rather than imported from the schemas: the tests check the schemas.

export const roles = ['mentor', 'mentee'] as const;
export const ageGroups = ['under_18', '18_29', '30_49', '50_64', '65_plus'] as const;
export const programmes = [
  'leisure_culture',
  'education_work',
  'reading_language',
  'everyday_housing',
  'opportunity',
  'other',
] as const;
export const checkInWith = ['mentor', 'mentee', 'both'] as const;
export const channels = ['in_person', 'phone', 'video', 'message', 'other'] as const;
export const endReasons = [
  'goal_reached',
  'planned_end',
  'mentor_withdrew',
  'mentee_withdrew',
  'moved_away',
  'mismatch',
  'safeguarding',
  'other',
] as const;
export const fundingKinds = [
  'federal_programme',
  'state',
  'municipal',
  'foundation',
  'donations',
  'own_funds',
  'other_third_party',
] as const;

/** The id pattern of SPEC §2, to tell generated good ids from bad ones. */
export const partnerIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * Small pools so that generated facts collide: the same participant registered twice, the
 * same check-in recorded twice with different data, several ends of one match, and so on.
 */
export interface IdPools {
  readonly matchIds: readonly string[];
  readonly participantIds: readonly string[];
  readonly checkInIds: readonly string[];
  readonly periodIds: readonly string[];
  /** Start dates; check-in dates below include days before, on and after them. */
  readonly startDates: readonly string[];
  readonly checkInDates: readonly string[];
  readonly endDates: readonly string[];
}

export const smallPools: IdPools = {
  matchIds: ['m-1', 'm-2', 'm-3'],
  participantIds: ['p-1', 'p-2', 'p-3', 'p-4'],
  checkInIds: ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'],
  periodIds: ['2025', '2026'],
  startDates: ['2025-03-01', '2025-03-10'],
  // 02-20 is before every start, 03-01 and 03-10 fall on a start day.
  checkInDates: ['2025-02-20', '2025-03-01', '2025-03-05', '2025-03-10', '2025-04-02'],
  endDates: ['2025-05-01', '2025-06-15'],
};

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

export const participantRegisteredData = (
  pools: IdPools = smallPools,
): fc.Arbitrary<ParticipantRegistered> =>
  fc.record(
    {
      participantId: pick(pools.participantIds),
      role: pick(roles),
      ageGroup: pick(ageGroups),
      language: pick(['de', 'en', 'tr', 'ar', 'uk']),
    },
    { requiredKeys: ['participantId', 'role'] },
  );

export const matchCreatedData = (pools: IdPools = smallPools): fc.Arbitrary<MatchCreated> =>
  fc.record(
    {
      matchId: pick(pools.matchIds),
      mentorId: pick(pools.participantIds),
      menteeId: pick(pools.participantIds),
      startedOn: pick(pools.startDates),
      programme: pick(programmes),
      group: fc.boolean(),
    },
    { requiredKeys: ['matchId', 'mentorId', 'menteeId', 'startedOn', 'programme'] },
  );

export const checkInRecordedData = (pools: IdPools = smallPools): fc.Arbitrary<CheckInRecorded> =>
  fc.record(
    {
      checkInId: pick(pools.checkInIds),
      matchId: pick(pools.matchIds),
      occurredOn: pick(pools.checkInDates),
      with: pick(checkInWith),
      channel: pick(channels),
      concern: fc.boolean(),
    },
    { requiredKeys: ['checkInId', 'matchId', 'occurredOn', 'with', 'channel'] },
  );

export const matchEndedData = (pools: IdPools = smallPools): fc.Arbitrary<MatchEnded> =>
  fc.record({
    matchId: pick(pools.matchIds),
    endedOn: pick(pools.endDates),
    reason: pick(endReasons),
  });

export const fundingReportedData = (pools: IdPools = smallPools): fc.Arbitrary<FundingReported> =>
  fc.record(
    {
      periodId: pick(pools.periodIds),
      sources: fc.array(
        fc.record({
          kind: pick(fundingKinds),
          // Whole cents, as a partner's bookkeeping would send them.
          amountEur: fc.integer({ min: 0, max: 5_000_000 }).map((cents) => cents / 100),
        }),
        { maxLength: 4 },
      ),
      volunteerCount: fc.nat({ max: 500 }),
      paidStaffHours: fc.integer({ min: 0, max: 10_000 }),
    },
    { requiredKeys: ['periodId', 'sources'] },
  );

/** A webhook body without its `timestamp`, which callers assign; still a union by type. */
export type UntimedBody = WebhookBody extends infer Body
  ? Body extends WebhookBody
    ? Omit<Body, 'timestamp'>
    : never
  : never;

/** The facts of the convergence property: everything but erasure, from small pools. */
export const untimedFactBody = (pools: IdPools = smallPools): fc.Arbitrary<UntimedBody> =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: matchCreatedData(pools).map((data) => ({ type: 'match.created', data })),
    },
    {
      weight: 4,
      arbitrary: checkInRecordedData(pools).map((data) => ({ type: 'checkin.recorded', data })),
    },
    { weight: 2, arbitrary: matchEndedData(pools).map((data) => ({ type: 'match.ended', data })) },
    {
      weight: 1,
      arbitrary: participantRegisteredData(pools).map((data) => ({
        type: 'participant.registered',
        data,
      })),
    },
    {
      weight: 1,
      arbitrary: fundingReportedData(pools).map((data) => ({ type: 'funding.reported', data })),
    },
  ) as fc.Arbitrary<UntimedBody>;

/** Any valid webhook body of the six types, with a valid timestamp. */
export const validWebhookBody = (pools: IdPools = smallPools): fc.Arbitrary<WebhookBody> =>
  fc
    .tuple(
      fc.oneof(
        untimedFactBody(pools),
        pick(pools.participantIds).map((participantId): UntimedBody => ({
          type: 'participant.erased',
          data: { participantId },
        })),
      ),
      fc.date({
        min: new Date('2024-01-01T00:00:00Z'),
        // Never after now: a timestamp more than 5 minutes ahead is refused (SPEC §2).
        max: new Date(Math.min(Date.parse('2026-12-31T00:00:00Z'), Date.now())),
        noInvalidDate: true,
      }),
    )
    .map(([body, at]) => ({ ...body, timestamp: at.toISOString() }) as WebhookBody);

/** `[0, 1, …, n − 1]` */
export const range = (n: number): number[] => Array.from({ length: n }, (_, index) => index);
