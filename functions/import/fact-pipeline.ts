import { mapLimit } from '../../shared/async/map-limit';
import { importEventSource, type BusEvent } from '../../shared/events/catalogue';
import { waitUntilProcessed, type PublishedFact } from './wait-for-facts';

/** Row batches in flight at once: reads, PutEvents calls and parsing overlap. */
const batchesInFlight = 4;
/** PutEvents calls in flight at once per batch. */
const putsInFlight = 4;
/**
 * Facts published before the import waits for them to be processed: only these are kept in
 * memory, so a long file takes no more memory than a short one.
 */
const defaultFactsAwaitedAtOnce = 5_000;

/**
 * Puts events on the bus (shared/events/publish.ts `publishEvents`), given by the caller: a
 * dry run (the web preview) has none, so its function carries no EventBridge client.
 */
export type PublishEvents = (source: string, events: readonly BusEvent[]) => Promise<unknown>;

export interface PipelineOptions {
  readonly publish: PublishEvents | undefined;
  /** false: a dry run, or the web app, which returns once the facts are on the bus. */
  readonly awaitsProcessing: boolean;
  readonly waitTimeoutMs?: number;
  readonly factsAwaitedAtOnce?: number;
  readonly onProgress?: (message: string) => void;
}

/**
 * A small pipeline: rows are read while earlier batches are compared and published, and the
 * facts published so far are waited for a window at a time, each window while the next is
 * read and published, so the bus always has work and at most two windows are in memory.
 */
export class FactPipeline {
  factsSent = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly awaited: PublishedFact[] = [];
  private processedEarlier = 0;
  private windowProcessed: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly carrierId: string,
    private readonly options: PipelineOptions,
  ) {}

  /** Starts one batch's work once fewer than `batchesInFlight` run; a failure stops all. */
  async dispatch(work: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= batchesInFlight) await Promise.race(this.inFlight);
    this.throwIfFailed();
    if (this.awaited.length >= (this.options.factsAwaitedAtOnce ?? defaultFactsAwaitedAtOnce)) {
      await this.awaitWindow();
    }
    const running = work().catch((error: unknown) => {
      this.failure ??= error;
    });
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running));
  }

  /** Remembers a published fact to wait for (nothing when processing is not awaited). */
  expect(fact: PublishedFact): void {
    if (this.options.awaitsProcessing) this.awaited.push(fact);
  }

  /** PutEvents in tens, a few calls at a time. */
  async publish(events: readonly BusEvent[]): Promise<void> {
    const chunks: BusEvent[][] = [];
    for (let start = 0; start < events.length; start += 10) {
      chunks.push(events.slice(start, start + 10));
    }
    const { publish } = this.options;
    if (!publish) throw new Error('This import publishes nothing: it was given no publisher');
    await mapLimit(chunks, putsInFlight, async (chunk) => {
      await publish(importEventSource, chunk);
      this.factsSent += chunk.length;
    });
  }

  /** Every dispatched batch done. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  /** Every batch done and, where awaited, every published fact processed. */
  async finish(): Promise<void> {
    await this.drain();
    await this.awaitWindow();
    await this.windowProcessed;
    this.throwIfFailed();
  }

  private async awaitWindow(): Promise<void> {
    const window = this.awaited.splice(0);
    await this.windowProcessed;
    this.throwIfFailed();
    if (!window.length) return;
    this.windowProcessed = waitUntilProcessed(this.carrierId, window, {
      timeoutMs: this.options.waitTimeoutMs ?? 120_000,
      processedEarlier: this.processedEarlier,
      ...(this.options.onProgress ? { onProgress: this.options.onProgress } : {}),
    }).then(
      () => {
        this.processedEarlier += window.length;
      },
      (error: unknown) => {
        this.failure ??= error;
      },
    );
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
