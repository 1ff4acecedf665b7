import { factVersion } from '../../shared/data/facts';
import { putMatchCreated, redactParticipantInMatch } from '../../shared/data/match-facts';
import { refreshMatchSummary } from '../../shared/data/match-summaries';
import { isErased } from '../../shared/data/participants';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

export const handler = consumer('MatchCreated', async (event) => {
  const { carrierId, data } = event;
  await putMatchCreated(carrierId, data, factVersion(event.occurredAt, event.webhookId));
  // A participant erased before this fact arrived must not come back through it.
  for (const role of ['mentorId', 'menteeId'] as const) {
    if (await isErased(carrierId, data[role])) {
      await redactParticipantInMatch(carrierId, data.matchId, data[role], [role]);
    }
  }
  await refreshMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy);
});
