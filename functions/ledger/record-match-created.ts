import { factVersion } from '../../shared/data/facts';
import { keys } from '../../shared/data/keys';
import { markIfStillPending, putMatchCreated } from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { linkParticipantsUnlessErased } from '../../shared/data/participant-links';
import { funderConfig } from '../../shared/config/runtime-env';
import type { EventDetail } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';
import { noteCarrierFactToday } from '../../shared/data/office-rows';

/** Stores the fact, links its participants, and re-derives the summary (match-summaries.ts). */
export async function recordMatchCreated(event: EventDetail<'MatchCreated'>): Promise<void> {
  const { carrierId, data } = event;
  const version = factVersion(event.occurredAt, event.webhookId);
  if (!(await putMatchCreated(carrierId, data, version, event.receivedAt))) {
    const key = keys.matchFact(carrierId, data.matchId, { kind: 'created' });
    await markIfStillPending(carrierId, data.matchId, key);
  }
  // The event's receipt marks its links: the same on every delivery of it.
  await linkParticipantsUnlessErased(carrierId, data, event.receivedAt);
  await rederiveMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy, {
    linksWritten: true,
  });
  await noteCarrierFactToday(carrierId);
}

export const handler = consumer('MatchCreated', recordMatchCreated);
