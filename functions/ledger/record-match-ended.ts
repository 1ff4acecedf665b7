import { factVersion } from '../../shared/data/facts';
import { keys } from '../../shared/data/keys';
import { markIfStillPending, putMatchEnded } from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { funderConfig } from '../../shared/config/runtime-env';
import type { EventDetail } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';
import { noteCarrierFactToday } from '../../shared/data/office-rows';

/** Stores the fact and re-derives the summary (the protocol of match-summaries.ts). */
export async function recordMatchEnded(event: EventDetail<'MatchEnded'>): Promise<void> {
  const { carrierId, data } = event;
  const version = factVersion(event.occurredAt, event.webhookId);
  if (!(await putMatchEnded(carrierId, data, version))) {
    const key = keys.matchFact(carrierId, data.matchId, { kind: 'ended' });
    await markIfStillPending(carrierId, data.matchId, key);
  }
  await rederiveMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy);
  await noteCarrierFactToday(carrierId);
}

export const handler = consumer('MatchEnded', recordMatchEnded);
