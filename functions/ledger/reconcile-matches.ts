import { mapLimit } from '../../shared/async/map-limit';
import { logger } from '../../shared/aws/logger';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { funderConfig } from '../../shared/config/runtime-env';
import {
  clearLinkMark,
  readCreatedParticipants,
  redactParticipantInMatch,
  unlinkParticipant,
} from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { linkParticipantsUnlessErased } from '../../shared/data/participant-links';
import { isErased } from '../../shared/data/participants';
import { findMarkedMatches, type MarkedMatch } from '../../shared/data/reconcile-index';

/** What one run did: matches re-derived, those that failed, and whether entries are left. */
export interface ReconcileResult {
  readonly reconciled: number;
  readonly failed: number;
  readonly remaining: boolean;
}

/** Index entries read per shard and run: a bounded run, however long an outage was. */
const entriesPerShard = 2_000;
const concurrency = 4;
/** Stop starting matches after this, within the scheduled function's 5-minute timeout. */
const budgetMs = 4 * 60_000;

/**
 * Finishes what deliveries that failed for good left of one match: the links of its
 * `match.created` (its delivery may have stopped after the put), the erasures that marked its
 * links (redacted, re-derived, then unlinked, as erasure does; a mark without a tombstone is
 * an erasure that never began, and comes off), and its summary over the stored facts.
 */
async function reconcileMatch(match: MarkedMatch, policy: CheckInPolicy): Promise<void> {
  const { carrierId, matchId } = match;
  const created = await readCreatedParticipants(carrierId, matchId);
  if (created) await linkParticipantsUnlessErased(carrierId, created, created.linkedAt);
  const erased: string[] = [];
  for (const participantId of match.erasing) {
    if (await isErased(carrierId, participantId)) erased.push(participantId);
    else await clearLinkMark(carrierId, participantId, matchId);
  }
  for (const participantId of erased) {
    await redactParticipantInMatch(carrierId, matchId, participantId);
  }
  await rederiveMatchSummary(carrierId, matchId, policy, { linksWritten: true });
  for (const participantId of erased) await unlinkParticipant(carrierId, participantId, matchId);
}

/**
 * The daily reconciliation (SPEC §3: a stored fact is reflected in its match within 24 hours,
 * even when its event's processing failed for good; an erasure's likewise). Reconciles every
 * match with an item on the reconcile index marked before this run started; that takes the
 * marks off (the protocol of shared/data/match-summaries.ts), so running it again changes
 * nothing, and running beside live deliveries is safe. Invoked by the schedule with `{}`.
 */
export const handler = (): Promise<ReconcileResult> => reconcileMarkedMatches();

/**
 * The reconciliation of every marked match, or only of `carriers` (the seeded exploration runs
 * many carriers' scenarios side by side in one table: each reconciles its own).
 */
export async function reconcileMarkedMatches(
  carriers?: ReadonlySet<string>,
): Promise<ReconcileResult> {
  const startedAt = Date.now();
  const policy = funderConfig().checkInPolicy;
  const found = await findMarkedMatches(new Date(startedAt).toISOString(), entriesPerShard);
  const { more } = found;
  const matches = carriers
    ? found.matches.filter((match) => carriers.has(match.carrierId))
    : found.matches;
  let reconciled = 0;
  let failed = 0;
  let skipped = 0;
  await mapLimit(matches, concurrency, async (match) => {
    const { carrierId, matchId } = match;
    if (Date.now() - startedAt > budgetMs) {
      skipped++;
      return;
    }
    try {
      await reconcileMatch(match, policy);
      reconciled++;
    } catch (error) {
      // Left on the index for the next run; the other matches go on.
      failed++;
      logger.warn('Reconciling a match failed', { carrierId, matchId, error: error as Error });
    }
  });
  const result = { reconciled, failed, remaining: more || skipped > 0 || failed > 0 };
  logger.info('Reconciliation', { ...result });
  return result;
}
