import { factVersion } from '../../shared/data/facts';
import { putMatchEnded } from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

export const handler = consumer('MatchEnded', async (event) => {
  const { carrierId, data } = event;
  await putMatchEnded(carrierId, data, factVersion(event.occurredAt, event.webhookId));
  await rederiveMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy);
});
