import { matchesOfParticipant, redactParticipantInMatch } from '../../shared/data/match-facts';
import { refreshMatchSummary } from '../../shared/data/match-summaries';
import { deleteParticipant, putErasureTombstone } from '../../shared/data/participants';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

/**
 * SPEC §3: when this returns, no item holds the participant's id. The tombstone goes first,
 * so a `match.created` or `participant.registered` processed concurrently redacts itself.
 */
export const handler = consumer('ParticipantErased', async (event) => {
  const { carrierId } = event;
  const { participantId } = event.data;
  await putErasureTombstone(carrierId, participantId, event.receivedAt);
  await deleteParticipant(carrierId, participantId);
  for (const { matchId, roles } of await matchesOfParticipant(carrierId, participantId)) {
    await redactParticipantInMatch(carrierId, matchId, participantId, roles);
    await refreshMatchSummary(carrierId, matchId, funderConfig().checkInPolicy);
  }
});
