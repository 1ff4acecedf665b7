import * as z from 'zod';
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
const about = (description: string, example: unknown) => ({ description, examples: [example] });

export const participantRegisteredData = z
  .strictObject({
    participantId: partnerId.meta(about("The partner system's pseudonymous id", 'p-1')),
    role: z.enum(roles).meta(about('Mentor or mentee', 'mentor')),
    ageGroup: z.enum(ageGroups).optional().meta(about('Coarse age group', '30_49')),
    language: languageCode.optional().meta(about('Preferred language, ISO 639-1', 'de')),
  })
  .describe('A mentor or mentee is known to the partner system');

export const matchCreatedData = z
  .strictObject({
    matchId: partnerId.meta(about("The partner system's id of the match", 'm-1')),
    mentorId: partnerId.meta(about("The mentor's participant id", 'p-1')),
    menteeId: partnerId.meta(about("The mentee's participant id", 'p-2')),
    startedOn: isoDate.meta(about('The first day of the match', '2025-02-03')),
    programme: z.enum(programmes).meta(about('The kind of programme', 'education_work')),
    group: z.boolean().optional().meta(about('A group match (default false)', false)),
  })
  .describe('A mentor and a mentee were matched');

export const checkInRecordedData = z
  .strictObject({
    checkInId: partnerId.meta(about("The partner system's id of the check-in", 'ci-1')),
    matchId: partnerId.meta(about('The match it belongs to', 'm-1')),
    occurredOn: isoDate.meta(about('The day of the contact', '2025-02-17')),
    with: z.enum(checkInWith).meta(about('Whom the staff spoke with', 'both')),
    channel: z.enum(channels).meta(about('How', 'in_person')),
    concern: z.boolean().optional().meta(about('The staff noted a concern', false)),
  })
  .describe('The programme staff had a support contact with the match');

export const matchEndedData = z
  .strictObject({
    matchId: partnerId.meta(about('The match', 'm-1')),
    endedOn: isoDate.meta(about('The last day of the match', '2025-12-19')),
    reason: z.enum(endReasons).meta(about('Why it ended', 'goal_reached')),
  })
  .describe('A match ended');

export const participantErasedData = z
  .strictObject({
    participantId: partnerId.meta(about('The participant to erase everywhere', 'p-2')),
  })
  .describe('A participant asked to be erased; matches keep their dates and counts');

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
  .finite()
  .min(0)
  .lt(maxAmountEur, { message: 'must be below 10^12', abort: true })
  .refine(hasAtMostTwoDecimals, 'must have at most two decimals (whole cents)');

export const boundedCount = z.int().min(0).max(maxCount);

export const fundingReportedData = z
  .strictObject({
    periodId: partnerId.meta(about("The funder's funding period", '2025')),
    sources: z
      .array(
        z.strictObject({
          kind: z.enum(fundingSourceKinds).meta(about('Where the money comes from', 'state')),
          amountEur: amountEur.meta(about('EUR in the period, at most two decimals', 12000.5)),
        }),
      )
      .max(100)
      .describe("The carrier's funding in the period, by source"),
    volunteerCount: boundedCount.optional().meta(about('Active volunteers', 25)),
    paidStaffHours: boundedCount.optional().meta(about('Paid staff hours in the period', 800)),
  })
  .describe("The carrier's funding situation in a period (its latest report counts)");

const envelope = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.strictObject({
    type: z.literal(type).describe('The event type'),
    timestamp: isoTimestamp.meta(
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
