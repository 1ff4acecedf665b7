import * as z from 'zod/mini';
import { checkInRecordedData } from './webhook-types/checkin-recorded';
import { webhookEnvelope } from './webhook-types/envelope';
import { fundingReportedData } from './webhook-types/funding-reported';
import { matchCreatedData } from './webhook-types/match-created';
import { matchEndedData } from './webhook-types/match-ended';
import { participantErasedData } from './webhook-types/participant-erased';
import { participantRegisteredData } from './webhook-types/participant-registered';

export * from './webhook-vocabulary';
export { checkInRecordedData } from './webhook-types/checkin-recorded';
export {
  amountEur,
  boundedCount,
  fundingReportedData,
  maxAmountEur,
  maxCount,
} from './webhook-types/funding-reported';
export { matchCreatedData } from './webhook-types/match-created';
export { matchEndedData } from './webhook-types/match-ended';
export { participantErasedData } from './webhook-types/participant-erased';
export { participantRegisteredData } from './webhook-types/participant-registered';

// SPEC §2: the six webhook types, one module each in webhook-types/. Objects are strict so
// that a partner who tries to send a name or an e-mail address learns that Tandem does not
// take it. Importing this module builds all six; a function that meets one type at a time
// loads it alone (webhook-schema-loader.ts).

export const webhookBodySchema = z.discriminatedUnion('type', [
  webhookEnvelope('participant.registered', participantRegisteredData),
  webhookEnvelope('match.created', matchCreatedData),
  webhookEnvelope('checkin.recorded', checkInRecordedData),
  webhookEnvelope('match.ended', matchEndedData),
  webhookEnvelope('participant.erased', participantErasedData),
  webhookEnvelope('funding.reported', fundingReportedData),
]);

export type WebhookBody = z.infer<typeof webhookBodySchema>;
export type WebhookType = WebhookBody['type'];
export type ParticipantRegistered = z.infer<typeof participantRegisteredData>;
export type MatchCreated = z.infer<typeof matchCreatedData>;
export type CheckInRecorded = z.infer<typeof checkInRecordedData>;
export type MatchEnded = z.infer<typeof matchEndedData>;
export type FundingReported = z.infer<typeof fundingReportedData>;
