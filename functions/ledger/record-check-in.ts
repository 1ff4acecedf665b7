import { factVersion } from '../../shared/data/facts';
import { keys } from '../../shared/data/keys';
import { markIfStillPending, putCheckIn } from '../../shared/data/match-facts';
import { settleCheckIn } from '../../shared/data/match-summaries';
import { funderConfig } from '../../shared/config/runtime-env';
import type { EventDetail } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';
import { noteCarrierFactToday } from '../../shared/data/office-rows';

/**
 * Stores the check-in, then brings the summary up to what is stored (the protocol at the top
 * of shared/data/match-summaries.ts): a new check-in is counted, a corrected one re-derived.
 */
export async function recordCheckIn(event: EventDetail<'CheckInRecorded'>): Promise<void> {
  const { carrierId, data } = event;
  const version = factVersion(event.occurredAt, event.webhookId);
  if (!(await putCheckIn(carrierId, data, version))) {
    const key = keys.matchFact(carrierId, data.matchId, {
      kind: 'checkIn',
      checkInId: data.checkInId,
    });
    await markIfStillPending(carrierId, data.matchId, key);
  }
  await settleCheckIn(carrierId, data.matchId, data.checkInId, funderConfig().checkInPolicy);
  await noteCarrierFactToday(carrierId);
}

export const handler = consumer('CheckInRecorded', recordCheckIn);
