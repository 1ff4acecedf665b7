import { erasedParticipant } from '../domain/match-summary';
import type { MatchCreated } from '../schemas/webhooks';
import {
  clearLinkMark,
  linkParticipants,
  redactParticipantInMatch,
  unlinkParticipant,
} from './match-facts';
import { redactParticipantInSummary } from './match-summaries';
import { isErased } from './participants';

const roles = ['mentorId', 'menteeId'] as const;

/**
 * Links the participants a `match.created` names to the match (SPEC §3: erasure finds the
 * matches by these links), then looks for their tombstones. Written first, then looked for:
 * with a concurrent erasure one side sees the other, so a participant erased before the link
 * was written is redacted here, on the fact and on the summary, and does not come back. Each
 * link carries a reconcile mark (`markedAt`: the same on every attempt of one event) until its
 * tombstone was looked for, so a writer that stops in between leaves work the daily
 * reconciliation finishes, never an erased participant's link (the reconciliation's own
 * links too: a live delivery may take off the mark that brought it there). A role already
 * "erased" gets no link. Returns how many links stay.
 */
export async function linkParticipantsUnlessErased(
  carrierId: string,
  data: Pick<MatchCreated, 'matchId' | 'mentorId' | 'menteeId'>,
  markedAt: string,
): Promise<number> {
  const named = roles.filter((role) => data[role] !== erasedParticipant);
  await linkParticipants(
    carrierId,
    data.matchId,
    named.map((role) => data[role]),
    markedAt,
  );
  const linked = new Set<string>();
  for (const role of named) {
    if (await isErased(carrierId, data[role])) {
      await redactParticipantInMatch(carrierId, data.matchId, data[role], [role]);
      await redactParticipantInSummary(carrierId, data.matchId, data[role], [role]);
      await unlinkParticipant(carrierId, data[role], data.matchId);
    } else {
      await clearLinkMark(carrierId, data[role], data.matchId, markedAt);
      linked.add(data[role]);
    }
  }
  return linked.size;
}
