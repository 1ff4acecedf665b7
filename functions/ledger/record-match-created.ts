import { factVersion } from '../../shared/data/facts';
import {
  linkParticipants,
  putMatchCreated,
  redactParticipantInMatch,
  unlinkParticipant,
} from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { isErased } from '../../shared/data/participants';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

export const handler = consumer('MatchCreated', async (event) => {
  const { carrierId, data } = event;
  await putMatchCreated(carrierId, data, factVersion(event.occurredAt, event.webhookId));
  await linkParticipants(carrierId, data);
  // Written first, then the tombstone looked for: with a concurrent erasure, one side sees
  // the other, and a participant erased before this fact arrived does not come back.
  for (const role of ['mentorId', 'menteeId'] as const) {
    if (await isErased(carrierId, data[role])) {
      await redactParticipantInMatch(carrierId, data.matchId, data[role], [role]);
      await unlinkParticipant(carrierId, data[role], data.matchId);
    }
  }
  await rederiveMatchSummary(carrierId, data.matchId, funderConfig().checkInPolicy);
});
