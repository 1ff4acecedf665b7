import type { WebhookBody, WebhookType } from '../../shared/schemas/webhooks';

export type WebhookOf<T extends WebhookType> = Extract<WebhookBody, { type: T }>;

export const webhook = <T extends WebhookType>(
  type: T,
  data: WebhookOf<T>['data'],
  timestamp = new Date().toISOString(),
): WebhookOf<T> => ({ type, timestamp, data }) as WebhookOf<T>;

const matchStartedOn = '2025-02-03';

/** The day `weeks` weeks after the matches' start, as check-ins of a weekly rhythm fall. */
const weeksAfterStart = (weeks: number): string => {
  const day = new Date(`${matchStartedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7 * weeks);
  return day.toISOString().slice(0, 10);
};

export const participantRegistered = (participantId: string, role: 'mentor' | 'mentee') =>
  webhook('participant.registered', { participantId, role, ageGroup: '30_49', language: 'de' });

export const matchCreated = (matchId: string, mentorId: string, menteeId: string) =>
  webhook('match.created', {
    matchId,
    mentorId,
    menteeId,
    startedOn: matchStartedOn,
    programme: 'education_work',
  });

/** The `number`-th check-in (1, 2, …) of a match, one week after the previous one. */
export const checkInRecorded = (matchId: string, number: number) =>
  webhook('checkin.recorded', {
    checkInId: `${matchId}-c${number}`,
    matchId,
    occurredOn: weeksAfterStart(number),
    with: 'both',
    channel: 'in_person',
  });

export const matchEnded = (matchId: string) =>
  webhook('match.ended', { matchId, endedOn: weeksAfterStart(20), reason: 'planned_end' });

export const participantErased = (participantId: string) =>
  webhook('participant.erased', { participantId });

export const fundingReported = (periodId: string) =>
  webhook('funding.reported', {
    periodId,
    sources: [
      { kind: 'federal_programme', amountEur: 48_000 },
      { kind: 'municipal', amountEur: 12_500 },
      { kind: 'donations', amountEur: 3_250.5 },
      { kind: 'own_funds', amountEur: 1_800 },
    ],
    volunteerCount: 42,
    paidStaffHours: 1_560,
  });
