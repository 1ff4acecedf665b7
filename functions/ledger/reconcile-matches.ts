import { mapLimit } from '../../shared/async/map-limit';
import { logger } from '../../shared/aws/logger';
import { funderConfig } from '../../shared/config/runtime-env';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { findMarkedMatches } from '../../shared/data/reconcile-index';

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
 * The daily reconciliation (SPEC §3: a stored fact is reflected in its match within 24 hours,
 * even when its event's processing failed for good). Re-derives every match with a fact on
 * the reconcile index marked before this run started; the re-derivation takes the marks off
 * (the protocol of shared/data/match-summaries.ts), so running it again changes nothing, and
 * running beside live deliveries is safe. Invoked by the schedule with `{}`.
 */
export const handler = async (): Promise<ReconcileResult> => {
  const startedAt = Date.now();
  const policy = funderConfig().checkInPolicy;
  const { matches, more } = await findMarkedMatches(
    new Date(startedAt).toISOString(),
    entriesPerShard,
  );
  let reconciled = 0;
  let failed = 0;
  let skipped = 0;
  await mapLimit(matches, concurrency, async ({ carrierId, matchId }) => {
    if (Date.now() - startedAt > budgetMs) {
      skipped++;
      return;
    }
    try {
      await rederiveMatchSummary(carrierId, matchId, policy);
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
};
