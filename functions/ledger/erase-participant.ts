import {
  matchesOfParticipant,
  redactParticipantInMatch,
  unlinkParticipant,
} from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { deleteParticipant, putErasureTombstone } from '../../shared/data/participants';
import { funderConfig } from '../../shared/config/runtime-env';
import type { EventDetail } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';

/**
 * SPEC §3: when this returns, no item holds the participant's id. The tombstone goes first,
 * so a `match.created` or `participant.registered` processed concurrently redacts itself.
 * The participant's matches are found through their links (one small query), not by reading
 * the carrier's facts; each link goes last, once its match no longer names the participant.
 */
export async function eraseParticipant(event: EventDetail<'ParticipantErased'>): Promise<void> {
  const { carrierId } = event;
  const { participantId } = event.data;
  await putErasureTombstone(carrierId, participantId, event.receivedAt);
  await deleteParticipant(carrierId, participantId);
  for (const matchId of await matchesOfParticipant(carrierId, participantId)) {
    await redactParticipantInMatch(carrierId, matchId, participantId);
    await rederiveMatchSummary(carrierId, matchId, funderConfig().checkInPolicy);
    await unlinkParticipant(carrierId, participantId, matchId);
  }
}

export const handler = consumer('ParticipantErased', eraseParticipant);
