import { randomUUID } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import {
  eventRoutes,
  retryDelaySeconds,
  routeMatches,
  type EventRoute,
} from '../shared/events/routes';
import {
  countDeadLetters,
  purgeParticipant,
  readDeadLetters,
  writeDeadLetter,
  type BusEvent,
} from './dead-letters';
import { loadHandler, localContext } from './handlers';
import { RouteQueueStore, type DamagedQueueFile, type QueuedMessage } from './route-queue-store';

export interface PutEventsEntry {
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: string;
  readonly EventBusName?: string;
}

export type PutEventsResultEntry =
  { readonly EventId: string } | { readonly ErrorCode: string; readonly ErrorMessage: string };

export interface LocalEventBusOptions {
  readonly busName: string;
  /** Each route's queue: `<queueDir>/<route id>/<message id>.json`. */
  readonly queueDir: string;
  /** Dead letters go to `<deadLetterDir>/<route id>/<message id>.json`. */
  readonly deadLetterDir: string;
  /** Multiplies every route's retry delays (1 = as deployed; tests make them short). */
  readonly retryDelayScale?: number;
  /** Instead of a scale: the first retry after this many ms, the later ones in proportion. */
  readonly retryBaseDelayMs?: number;
  /**
   * Events being processed at once over all routes (default 16): one machine stands in for
   * many functions, so a burst's batches shrink rather than overrun the local database.
   */
  readonly maxConcurrentDeliveries?: number;
  readonly routes?: readonly EventRoute[];
  readonly log?: (message: string) => void;
}

/** One route's queue: its messages (waiting, in flight, waiting for a retry). */
interface RouteQueue {
  readonly route: EventRoute;
  readonly store: RouteQueueStore;
  readonly messages: Map<string, QueuedMessage>;
  readonly inFlight: Set<string>;
  running: number;
  /** The most invocations that ran at once (the bench shows the bound holds). */
  peakRunning: number;
  timer?: NodeJS.Timeout;
}

const erasedDetailType = 'ParticipantErased';

/** A file system error's code and words (e.g. "ENOSPC: no space left on device"). */
const describeCause = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException;
  const words = message?.split(',')[0] ?? String(error);
  return code && !words.startsWith(code) ? `${code}: ${words}` : words;
};

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * The local stand-in for the EventBridge bus and the SQS queues behind its rules. PutEvents
 * answers only once every event is on disk (fsync'ed) in the queue of each route it matches;
 * each route's consumer then takes SQS-shaped batches with the route's batch size and
 * concurrency (and a global cap), failed records are retried with the route's backoff (the
 * attempt count and next attempt time are on disk, so a restart keeps them) and end in the
 * dead-letter folder after the route's last attempt. Nothing acknowledged is dropped: what
 * is not processed when the process stops is delivered after the next start.
 */
export class LocalEventBus {
  private readonly queues = new Map<string, RouteQueue>();
  private accepting = 0;
  /** Invocations running, and the events in them. */
  private running = 0;
  private processing = 0;
  private closed = false;
  private storeFailing = false;
  private idleWaiters: (() => void)[] = [];
  private settledWaiters: (() => void)[] = [];
  /** Called after the first attempt of a redriven message. */
  private readonly attemptWaiters = new Map<string, () => void>();
  /** The dead-letter files this process wrote. */
  readonly deadLetters: string[] = [];

  constructor(private readonly options: LocalEventBusOptions) {
    for (const route of options.routes ?? eventRoutes) {
      this.queues.set(route.id, {
        route,
        store: new RouteQueueStore(join(options.queueDir, route.id)),
        messages: new Map(),
        inFlight: new Set(),
        running: 0,
        peakRunning: 0,
      });
    }
  }

  /** Loads what an earlier run left on the queues and starts delivering it. */
  async open(): Promise<void> {
    for (const queue of this.queues.values()) {
      let opened: Awaited<ReturnType<RouteQueueStore['open']>>;
      try {
        opened = await queue.store.open();
        for (const damaged of opened.damaged) await this.deadLetterDamaged(queue, damaged);
      } catch (error) {
        throw new Error(
          `The event bus cannot use its folder ${queue.store.dir}: ${describe(error)}`,
        );
      }
      const { messages } = opened;
      for (const message of messages) queue.messages.set(message.messageId, message);
      if (messages.length) {
        this.log(`event bus: ${messages.length} ${queue.route.id} event(s) from the last run`);
      }
    }
    const known = new Set(this.queues.keys());
    for (const name of await readdir(this.options.queueDir)) {
      if (!known.has(name)) {
        this.log(
          `event bus: ${join(this.options.queueDir, name)} is no route any more; left as is`,
        );
      }
    }
    this.pumpAll();
  }

  /**
   * A queue file that holds no event (cut off, edited by hand, `{}`) would stop the start
   * or wait forever: it goes to the route's dead letters with its content, named in the log,
   * so `dead-letters list` counts it and the operator can look at it.
   */
  private async deadLetterDamaged(queue: RouteQueue, damaged: DamagedQueueFile) {
    const reason = `queue file ${damaged.file} holds no event: ${damaged.problem}`;
    const file = await writeDeadLetter(this.options.deadLetterDir, {
      route: queue.route.id,
      messageId: damaged.messageId,
      reason,
      attempts: 0,
      deadLetteredAt: new Date().toISOString(),
      event: null,
      content: damaged.content,
    });
    await queue.store.discard(damaged);
    this.deadLetters.push(file);
    this.log(`dead letter: ${reason} → ${file}`);
  }

  private log(message: string) {
    this.options.log?.(message);
  }

  /** Accepts entries like PutEvents does: entry by entry, with a result for each. */
  async putEvents(entries: readonly PutEventsEntry[]) {
    this.accepting++;
    try {
      const results = await Promise.all(entries.map((entry) => this.accept(entry)));
      return {
        FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length,
        Entries: results,
      };
    } finally {
      this.accepting--;
      this.pumpAll();
      this.checkIdle();
    }
  }

  private async accept(entry: PutEventsEntry): Promise<PutEventsResultEntry> {
    if (!entry.Source || !entry.DetailType || !entry.Detail) {
      return {
        ErrorCode: 'MalformedDetail',
        ErrorMessage: 'Source, DetailType and Detail are required',
      };
    }
    if ((entry.EventBusName ?? 'default') !== this.options.busName) {
      return {
        ErrorCode: 'ResourceNotFoundException',
        ErrorMessage: `No bus ${entry.EventBusName}`,
      };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail);
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' };
    }
    const event: BusEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: '000000000000',
      time: new Date().toISOString(),
      region: 'local',
      resources: [],
      detail,
    };
    const targets = [...this.queues.values()].filter(({ route }) =>
      routeMatches(route, event.source, event['detail-type']),
    );
    const message = (): QueuedMessage => ({
      messageId: event.id,
      event,
      attempts: 0,
      nextAttemptAt: 0,
    });
    const stored = await Promise.allSettled(
      targets.map((queue) => queue.store.save(message()).then(() => queue)),
    );
    const failedAt = stored.findIndex((outcome) => outcome.status === 'rejected');
    if (failedAt >= 0) {
      // Not acknowledged, so not delivered anywhere: the sender retries the whole event.
      await Promise.allSettled(targets.map((queue) => queue.store.remove(event.id)));
      const failure = stored[failedAt] as PromiseRejectedResult;
      const cause = `cannot write to ${targets[failedAt]?.store.dir}: ${describeCause(failure.reason)}`;
      if (!this.storeFailing) this.log(`event bus: cannot store events: ${cause}`);
      this.storeFailing = true;
      return { ErrorCode: 'InternalFailure', ErrorMessage: `The event was not stored: ${cause}` };
    }
    if (this.storeFailing) this.log('event bus: storing events again');
    this.storeFailing = false;
    for (const queue of targets) queue.messages.set(event.id, message());
    return { EventId: event.id };
  }

  private pumpAll() {
    for (const queue of this.queues.values()) this.pump(queue);
  }

  /** Starts as many batches as the route's and the global concurrency allow. */
  private pump(queue: RouteQueue) {
    if (this.closed) return;
    const { batchSize, maxConcurrency } = queue.route.delivery;
    const globalCap = this.options.maxConcurrentDeliveries ?? 16;
    const now = Date.now();
    let nextDue = Infinity;
    const ready: QueuedMessage[] = [];
    for (const message of queue.messages.values()) {
      if (queue.inFlight.has(message.messageId)) continue;
      if (message.nextAttemptAt <= now) ready.push(message);
      else nextDue = Math.min(nextDue, message.nextAttemptAt);
    }
    while (ready.length && queue.running < maxConcurrency && this.processing < globalCap) {
      const batch = ready.splice(0, Math.min(batchSize, globalCap - this.processing));
      for (const message of batch) queue.inFlight.add(message.messageId);
      queue.running++;
      queue.peakRunning = Math.max(queue.peakRunning, queue.running);
      this.running++;
      this.processing += batch.length;
      void this.deliver(queue, batch);
    }
    if (queue.timer) clearTimeout(queue.timer);
    queue.timer = undefined;
    if (nextDue < Infinity) {
      queue.timer = setTimeout(() => this.pump(queue), Math.max(0, nextDue - now));
      queue.timer.unref();
    }
  }

  private async deliver(queue: RouteQueue, batch: QueuedMessage[]) {
    let failed = new Set<string>();
    let reason = `${queue.route.id} reported the event as failed`;
    try {
      const handler = await loadHandler(queue.route.handler);
      const result = (await handler(
        sqsEventOf(queue.route, batch),
        localContext(queue.route.id),
      )) as SQSBatchResponse | undefined;
      failed = new Set(result?.batchItemFailures?.map((failure) => failure.itemIdentifier) ?? []);
    } catch (error) {
      failed = new Set(batch.map((message) => message.messageId));
      reason = describe(error);
    }
    await Promise.all(
      batch.map(async (message) => {
        try {
          if (failed.has(message.messageId)) await this.failed(queue, message, reason);
          else await this.succeeded(queue, message);
        } catch (error) {
          // The message stays on disk and is delivered again after the next start.
          queue.messages.delete(message.messageId);
          this.log(
            `event bus: could not record the outcome of ${message.messageId}: ${describe(error)}`,
          );
        } finally {
          queue.inFlight.delete(message.messageId);
          this.attemptWaiters.get(message.messageId)?.();
        }
      }),
    );
    queue.running--;
    this.running--;
    this.processing -= batch.length;
    this.pumpAll();
    this.checkIdle();
  }

  private async succeeded(queue: RouteQueue, message: QueuedMessage) {
    if (message.event['detail-type'] === erasedDetailType) await this.purgeErased(message.event);
    await queue.store.remove(message.messageId);
    queue.messages.delete(message.messageId);
  }

  private async failed(queue: RouteQueue, message: QueuedMessage, reason: string) {
    const { retry } = queue.route.delivery;
    message.attempts++;
    if (message.attempts >= retry.maxAttempts) {
      const file = await writeDeadLetter(this.options.deadLetterDir, {
        route: queue.route.id,
        messageId: message.messageId,
        reason,
        attempts: message.attempts,
        deadLetteredAt: new Date().toISOString(),
        event: message.event,
      });
      await queue.store.remove(message.messageId);
      queue.messages.delete(message.messageId);
      this.deadLetters.push(file);
      this.log(
        `dead letter: ${queue.route.id} could not process ${message.event['detail-type']} (${reason}) → ${file}`,
      );
      return;
    }
    message.nextAttemptAt =
      Date.now() + retryDelaySeconds(retry, message.attempts) * 1000 * this.scaleOf(queue.route);
    await queue.store.save(message);
  }

  private scaleOf(route: EventRoute): number {
    if (this.options.retryDelayScale !== undefined) return this.options.retryDelayScale;
    if (this.options.retryBaseDelayMs !== undefined) {
      return this.options.retryBaseDelayMs / (route.delivery.retry.firstDelaySeconds * 1000);
    }
    return 1;
  }

  /** An erased participant's id must not live on in the dead letters (SPEC §3). */
  private async purgeErased(event: BusEvent) {
    const detail = event.detail as { carrierId?: string; data?: { participantId?: string } };
    if (!detail.carrierId || !detail.data?.participantId) return;
    const purged = await purgeParticipant(
      this.options.deadLetterDir,
      detail.carrierId,
      detail.data.participantId,
    );
    if (purged) this.log(`event bus: removed ${purged} dead letter(s) of an erased participant`);
  }

  private get pending(): number {
    let count = this.accepting;
    for (const queue of this.queues.values()) count += queue.messages.size;
    return count;
  }

  private checkIdle() {
    if (this.pending === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    if (this.running === 0) for (const wake of this.settledWaiters.splice(0)) wake();
  }

  /**
   * Resolves once every accepted event has been delivered or dead-lettered; an event waiting
   * for its retry still counts as pending.
   */
  idle(): Promise<void> {
    return this.pending === 0
      ? Promise.resolve()
      : new Promise((wake) => this.idleWaiters.push(wake));
  }

  /** Like `idle()`, but gives up after `ms`; true when the bus became idle. */
  idleWithin(ms: number): Promise<boolean> {
    return Promise.race([this.idle().then(() => true), sleep(ms).then(() => false)]);
  }

  /** The most invocations of a route that have run at once since the bus started. */
  peakConcurrency(routeId: string): number {
    return this.queues.get(routeId)?.peakRunning ?? 0;
  }

  /** Events accepted but not yet processed or dead-lettered. */
  pendingCount(): number {
    return this.pending;
  }

  /**
   * Stops delivering: keeps going for at most `drainMs` while events are pending, then starts
   * nothing new and waits (at most `graceMs`) for the deliveries running. What is left stays
   * on disk for the next start. Returns how many events are left.
   */
  async stop({ drainMs = 3_000, graceMs = 2_000 } = {}): Promise<number> {
    await Promise.race([this.idle(), sleep(drainMs)]);
    this.closed = true;
    for (const queue of this.queues.values()) if (queue.timer) clearTimeout(queue.timer);
    if (this.running > 0) {
      await Promise.race([
        new Promise<void>((wake) => this.settledWaiters.push(wake)),
        sleep(graceMs),
      ]);
    }
    return this.pending;
  }

  /** `dead-letters list` over the local folder. */
  listDeadLetters() {
    return countDeadLetters(this.options.deadLetterDir);
  }

  /**
   * `dead-letters redrive`: puts the dead letters (of one route, or all) back on their
   * route's queue with a fresh attempt count and waits for the first attempt of each. One
   * that fails again stays on the queue and is retried as any other. Consumers are
   * idempotent, so a redriven event has its effect once.
   */
  async redrive(routeId?: string): Promise<{ redriven: number; remaining: number }> {
    if (routeId !== undefined && !this.queues.has(routeId)) {
      throw new RangeError(`No route ${routeId}`);
    }
    const attempted: Promise<void>[] = [];
    for (const letter of await readDeadLetters(this.options.deadLetterDir, routeId)) {
      const queue = this.queues.get(letter.route);
      // A damaged queue file has no event to deliver: it stays for the operator.
      if (!queue || !letter.event) continue;
      const message: QueuedMessage = {
        messageId: letter.messageId,
        event: letter.event,
        attempts: 0,
        nextAttemptAt: 0,
      };
      await queue.store.save(message);
      await rm(letter.file, { force: true });
      attempted.push(
        new Promise((done) =>
          this.attemptWaiters.set(message.messageId, () => {
            this.attemptWaiters.delete(message.messageId);
            done();
          }),
        ),
      );
      queue.messages.set(message.messageId, message);
    }
    this.pumpAll();
    await Promise.all(attempted);
    const counts = await countDeadLetters(this.options.deadLetterDir);
    return {
      redriven: attempted.length,
      remaining: routeId === undefined ? counts.total : (counts.byRoute[routeId] ?? 0),
    };
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/** A batch as the route's SQS queue hands it to the function (event source mapping). */
const sqsEventOf = (route: EventRoute, batch: readonly QueuedMessage[]): SQSEvent => ({
  Records: batch.map((message) => ({
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: JSON.stringify(message.event),
    attributes: {
      ApproximateReceiveCount: String(message.attempts + 1),
      SentTimestamp: String(Date.parse(message.event.time)),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:local:000000000000:${route.id}`,
    awsRegion: 'local',
  })),
});
