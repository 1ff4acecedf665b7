import {
  markLinkForReconciliation,
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
 * SPEC §3: when this returns, no item holds the participant's id. The participant's matches
 * are found through their links (one small query), not by reading the carrier's facts. Each
 * link is marked for reconciliation before the tombstone is written, so the daily
 * reconciliation (reconcile-matches.ts) finishes an erasure that fails for good after it. The
 * tombstone comes before the work, so a `match.created` or `participant.registered` processed
 * concurrently redacts itself. Each link (and its mark) goes last, once its match no longer
 * names the participant.
 */
export async function eraseParticipant(event: EventDetail<'ParticipantErased'>): Promise<void> {
  const { carrierId } = event;
  const { participantId } = event.data;
  const markedAt = new Date().toISOString();
  const marked = new Set(await matchesOfParticipant(carrierId, participantId));
  for (const matchId of marked) {
    await markLinkForReconciliation(carrierId, participantId, matchId, markedAt);
  }
  await putErasureTombstone(carrierId, participantId, event.receivedAt);
  await deleteParticipant(carrierId, participantId);
  // Read again: a link written before the tombstone but after the first read is ours to take.
  for (const matchId of await matchesOfParticipant(carrierId, participantId)) {
    if (!marked.has(matchId)) {
      await markLinkForReconciliation(carrierId, participantId, matchId, markedAt);
    }
    await redactParticipantInMatch(carrierId, matchId, participantId);
    await rederiveMatchSummary(carrierId, matchId, funderConfig().checkInPolicy);
    await unlinkParticipant(carrierId, participantId, matchId);
  }
}

export const handler = consumer('ParticipantErased', eraseParticipant);
