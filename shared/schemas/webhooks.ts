import * as z from 'zod';
import { isoDate, isoTimestamp, languageCode, partnerId } from './primitives';

// SPEC §2: the six webhook types. Objects are strict so that a partner who tries to
// send a name or an e-mail address learns that Tandem does not take it.

export const roles = ['mentor', 'mentee'] as const;
export const ageGroups = ['under_18', '18_29', '30_49', '50_64', '65_plus'] as const;
export const checkInWith = ['mentor', 'mentee', 'both'] as const;
export const channels = ['in_person', 'phone', 'video', 'message', 'other'] as const;

export const participantRegisteredData = z.strictObject({
  participantId: partnerId,
  role: z.enum(roles),
  ageGroup: z.enum(ageGroups).optional(),
  language: languageCode.optional(),
});

export const programmes = [
  'leisure_culture',
  'education_work',
  'reading_language',
  'everyday_housing',
  'opportunity',
  'other',
] as const;

export const matchCreatedData = z.strictObject({
  matchId: partnerId,
  mentorId: partnerId,
  menteeId: partnerId,
  startedOn: isoDate,
  programme: z.enum(programmes),
  group: z.boolean().optional(),
});

export const checkInRecordedData = z.strictObject({
  checkInId: partnerId,
  matchId: partnerId,
  occurredOn: isoDate,
  with: z.enum(checkInWith),
  channel: z.enum(channels),
  concern: z.boolean().optional(),
});

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

export const matchEndedData = z.strictObject({
  matchId: partnerId,
  endedOn: isoDate,
  reason: z.enum(endReasons),
});

export const participantErasedData = z.strictObject({ participantId: partnerId });

export const fundingSourceKinds = [
  'federal_programme',
  'state',
  'municipal',
  'foundation',
  'donations',
  'own_funds',
  'other_third_party',
] as const;

export const fundingReportedData = z.strictObject({
  periodId: partnerId,
  sources: z
    .array(
      z.strictObject({ kind: z.enum(fundingSourceKinds), amountEur: z.number().finite().min(0) }),
    )
    .max(100),
  volunteerCount: z.int().min(0).optional(),
  paidStaffHours: z.number().finite().min(0).optional(),
});

const envelope = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.strictObject({ type: z.literal(type), timestamp: isoTimestamp, data });

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
