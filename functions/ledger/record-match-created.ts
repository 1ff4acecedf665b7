import { factVersion } from '../../shared/data/facts';
import { putMatchCreated } from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { linkParticipantsUnlessErased } from '../../shared/data/participant-links';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

export const handler = consumer('MatchCreated', async (event) => {
  const { carrierId, data } = event;
  await putMatchCreated(carrierId, data, factVersion(event.occurredAt, event.webhookId));
  await linkParticipantsUnlessErased(carrierId, data);
  await rederiveMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy);
});
