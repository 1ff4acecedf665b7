import { keys, type ItemKey } from '../../shared/data/keys';
import { summaryPendingAttribute } from '../../shared/data/match-facts';
import { getItems, storedItemId, type StoredItem } from '../../shared/data/stored-fact-versions';

/**
 * A fact the import put on the bus: where it will be stored, with which version, and what
 * the match's summary shows once the fact is in it.
 */
export interface PublishedFact {
  readonly key: ItemKey;
  readonly version: string;
  readonly matchId: string;
  /** Summary fields and the values this fact gives them (none for a check-in). */
  readonly summaryShows: Readonly<Record<string, unknown>>;
}

export interface WaitOptions {
  /** Give up when this long passes without one more fact processed. */
  readonly timeoutMs: number;
  /** Facts of the same import processed before these (for the progress message). */
  readonly processedEarlier?: number;
  readonly onProgress?: (message: string) => void;
}

const progressEveryMs = 2_000;
/** Facts looked at per round: one BatchGetItem call's worth with their summaries. */
const windowSize = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Done when the fact is stored (its version or a newer one) and the summary has taken it:
 * a check-in's consumer clears the check-in's "not yet counted" mark once the summary counts
 * it; a Tandem's or an end's summary shows the fact's values.
 */
const isProcessed = (
  fact: PublishedFact,
  stored: StoredItem | undefined,
  summary: StoredItem | undefined,
) =>
  stored !== undefined &&
  String(stored.version ?? '') >= fact.version &&
  stored[summaryPendingAttribute] !== true &&
  Object.entries(fact.summaryShows).every(([field, value]) => summary?.[field] === value);

/**
 * Waits until the consumers have processed what the import published, so that the result
 * is printed only once the read API shows the import. Reads only the items concerned, by
 * key, a hundred a call, and less often the longer it takes, to leave the table to the
 * consumers.
 */
export async function waitUntilProcessed(
  carrierId: string,
  published: readonly PublishedFact[],
  options: WaitOptions,
): Promise<void> {
  let deadline = Date.now() + options.timeoutMs;
  let waiting = [...published];
  let lastProgress = Date.now();
  let pause = 200;
  for (;;) {
    // The bus delivers roughly in the order published: look at the oldest ones only, so each
    // look costs one or two reads however long the file, and the table stays the consumers'.
    const window = waiting.slice(0, windowSize);
    const summaryKeys = window
      .filter((fact) => Object.keys(fact.summaryShows).length)
      .map((fact) => keys.matchSummary(carrierId, fact.matchId));
    const stored = await getItems([...window.map((fact) => fact.key), ...summaryKeys]);
    const done = new Set(
      window.filter((fact) =>
        isProcessed(
          fact,
          stored.get(storedItemId(fact.key)),
          stored.get(storedItemId(keys.matchSummary(carrierId, fact.matchId))),
        ),
      ),
    );
    waiting = waiting.filter((fact) => !done.has(fact));
    if (!waiting.length || Date.now() - lastProgress >= progressEveryMs) {
      lastProgress = Date.now();
      const earlier = options.processedEarlier ?? 0;
      options.onProgress?.(
        `import: ${earlier + published.length - waiting.length} of ${earlier + published.length} facts processed`,
      );
    }
    if (!waiting.length) return;
    // A long file takes as long as the consumers need; only a standstill is an error.
    if (done.size > 0) deadline = Date.now() + options.timeoutMs;
    else if (Date.now() > deadline) {
      throw new Error(
        `${waiting.length} facts were not processed for ${options.timeoutMs / 1000} s; the bus retries them (see dead letters)`,
      );
    }
    if (done.size === window.length) {
      pause = 200;
      continue;
    }
    await sleep(pause);
    pause = Math.min(2_000, pause * 1.5);
  }
}
