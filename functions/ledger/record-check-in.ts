import { factVersion } from '../../shared/data/facts';
import { putCheckIn } from '../../shared/data/match-facts';
import { refreshMatchSummary } from '../../shared/data/match-summaries';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

export const handler = consumer('CheckInRecorded', async (event) => {
  const { carrierId, data } = event;
  await putCheckIn(carrierId, data, factVersion(event.occurredAt, event.webhookId));
  await refreshMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy);
});
