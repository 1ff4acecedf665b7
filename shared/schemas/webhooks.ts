import * as z from 'zod/mini';
import { isoDate, isoTimestamp, languageCode, partnerId } from './primitives';
import {
  ageGroups,
  channels,
  checkInWith,
  endReasons,
  fundingSourceKinds,
  programmes,
  roles,
} from './webhook-vocabulary';

export * from './webhook-vocabulary';

// SPEC §2: the six webhook types. Objects are strict so that a partner who tries to
// send a name or an e-mail address learns that Tandem does not take it.

// Descriptions and examples below feed the OpenAPI document and `tandem webhooks sample`.
// zod/mini (see primitives.ts): each schema is checked by `.check(...)`, documented by
// `about`, made optional by `z.optional`.
const about = (description: string, example: unknown) =>
  z.meta({ description, examples: [example] });

export const participantRegisteredData = z
  .strictObject({
    participantId: partnerId.check(about("The partner system's pseudonymous id", 'p-1')),
    role: z.enum(roles).check(about('Mentor or mentee', 'mentor')),
    ageGroup: z.optional(z.enum(ageGroups)).check(about('Coarse age group', '30_49')),
    language: z.optional(languageCode).check(about('Preferred language, ISO 639-1', 'de')),
  })
  .check(z.describe('A mentor or mentee is known to the partner system'));

export const matchCreatedData = z
  .strictObject({
    matchId: partnerId.check(about("The partner system's id of the match", 'm-1')),
    mentorId: partnerId.check(about("The mentor's participant id", 'p-1')),
    menteeId: partnerId.check(about("The mentee's participant id", 'p-2')),
    startedOn: isoDate.check(about('The first day of the match', '2025-02-03')),
    programme: z.enum(programmes).check(about('The kind of programme', 'education_work')),
    group: z.optional(z.boolean()).check(about('A group match (default false)', false)),
  })
  .check(z.describe('A mentor and a mentee were matched'));

export const checkInRecordedData = z
  .strictObject({
    checkInId: partnerId.check(about("The partner system's id of the check-in", 'ci-1')),
    matchId: partnerId.check(about('The match it belongs to', 'm-1')),
    occurredOn: isoDate.check(about('The day of the contact', '2025-02-17')),
    with: z.enum(checkInWith).check(about('Whom the staff spoke with', 'both')),
    channel: z.enum(channels).check(about('How', 'in_person')),
    concern: z.optional(z.boolean()).check(about('The staff noted a concern', false)),
  })
  .check(z.describe('The programme staff had a support contact with the match'));

export const matchEndedData = z
  .strictObject({
    matchId: partnerId.check(about('The match', 'm-1')),
    endedOn: isoDate.check(about('The last day of the match', '2025-12-19')),
    reason: z.enum(endReasons).check(about('Why it ended', 'goal_reached')),
  })
  .check(z.describe('A match ended'));

export const participantErasedData = z
  .strictObject({
    participantId: partnerId.check(about('The participant to erase everywhere', 'p-2')),
  })
  .check(z.describe('A participant asked to be erased; matches keep their dates and counts'));

/** SPEC §2: amounts are below 10¹² euros; with cents that is 14 digits, exact in a double. */
export const maxAmountEur = 1e12;
/** SPEC §2: counts and hours are integers up to 10⁷. */
export const maxCount = 1e7;

/** A whole number of cents: every accepted amount is stored and summed without surprise. */
const hasAtMostTwoDecimals = (value: number) => Math.round(value * 100) / 100 === value;

// Every number is bounded to what is meaningful and storable, so that nothing the schema
// accepts can fail in the table afterwards (a 202 followed by a dead letter).
export const amountEur = z
  .number()
  .check(
    z.minimum(0),
    z.lt(maxAmountEur, { message: 'must be below 10^12', abort: true }),
    z.refine(hasAtMostTwoDecimals, 'must have at most two decimals (whole cents)'),
  );

export const boundedCount = z.int().check(z.minimum(0), z.maximum(maxCount));

export const fundingReportedData = z
  .strictObject({
    periodId: partnerId.check(about("The funder's funding period", '2025')),
    sources: z
      .array(
        z.strictObject({
          kind: z.enum(fundingSourceKinds).check(about('Where the money comes from', 'state')),
          amountEur: amountEur.check(about('EUR in the period, at most two decimals', 12000.5)),
        }),
      )
      .check(z.maxLength(100), z.describe("The carrier's funding in the period, by source")),
    volunteerCount: z.optional(boundedCount).check(about('Active volunteers', 25)),
    paidStaffHours: z.optional(boundedCount).check(about('Paid staff hours in the period', 800)),
  })
  .check(z.describe("The carrier's funding situation in a period (its latest report counts)"));

const envelope = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.strictObject({
    type: z.literal(type).check(z.describe('The event type')),
    timestamp: isoTimestamp.check(
      about('When the partner system recorded the fact, ISO 8601', '2025-02-03T10:00:00Z'),
    ),
    data,
  });

export const webhookBodySchema = z.discriminatedUnion('type', [
  envelope('participant.registered', participantRegisteredData),
  envelope('match.created', matchCreatedData),
  envelope('checkin.recorded', checkInRecordedData),
  envelope('match.ended', matchEndedData),
  envelope('participant.erased', participantErasedData),
  envelope('funding.reported', fundingReportedData),
]);

export type WebhookBody = z.infer<typeof webhookBodySchema>;
export type WebhookType = WebhookBody['type'];
export type ParticipantRegistered = z.infer<typeof participantRegisteredData>;
export type MatchCreated = z.infer<typeof matchCreatedData>;
export type CheckInRecorded = z.infer<typeof checkInRecordedData>;
export type MatchEnded = z.infer<typeof matchEndedData>;
export type FundingReported = z.infer<typeof fundingReportedData>;
