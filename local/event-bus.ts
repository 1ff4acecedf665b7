import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventBridgeEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { eventRoutes, routeMatches, type EventRoute } from '../shared/events/routes';
import { loadHandler, localContext } from './handlers';

export interface PutEventsEntry {
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: string;
  readonly EventBusName?: string;
}

export interface LocalEventBusOptions {
  readonly busName: string;
  /** Dead letters go to `<deadLetterDir>/<route id>/<event id>.json`. */
  readonly deadLetterDir: string;
  /** Retries after the first attempt, as the deployed rule targets have. */
  readonly retryAttempts?: number;
  readonly retryBaseDelayMs?: number;
  /** Deliveries running at once, like a function's concurrency limit (default 16). */
  readonly maxConcurrentDeliveries?: number;
  readonly log?: (message: string) => void;
}

/**
 * The local stand-in for the EventBridge bus: takes the real SDK's PutEvents, routes by
 * the same route table the CDK rules are built from, retries failed deliveries and writes
 * what still fails to a dead-letter folder. Nothing is dropped silently.
 */
export class LocalEventBus {
  private inFlight = 0;
  private running = 0;
  private readonly waitingForSlot: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];
  readonly deadLetters: string[] = [];

  constructor(private readonly options: LocalEventBusOptions) {}

  /** Accepts entries like PutEvents does: entry by entry, with a result for each. */
  putEvents(entries: readonly PutEventsEntry[]) {
    const results = entries.map((entry) => this.accept(entry));
    return {
      FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length,
      Entries: results,
    };
  }

  private accept(entry: PutEventsEntry) {
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
    const event: EventBridgeEvent<string, unknown> = {
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
    for (const route of eventRoutes) {
      if (routeMatches(route, event.source, event['detail-type']))
        this.track(this.deliver(route, event));
    }
    return { EventId: event.id };
  }

  private async deliver(route: EventRoute, event: EventBridgeEvent<string, unknown>) {
    const retries = this.options.retryAttempts ?? 4;
    const baseDelay = this.options.retryBaseDelayMs ?? 50;
    let lastError: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(baseDelay * 4 ** (attempt - 1));
      try {
        await this.inSlot(async () => {
          const handler = await loadHandler(route.handler);
          const result = (await handler(sqsEventOf(route, event), localContext(route.id))) as
            SQSBatchResponse | undefined;
          if (result?.batchItemFailures.length) {
            throw new Error(`${route.id} reported the event as failed`);
          }
        });
        return;
      } catch (error) {
        lastError = error;
      }
    }
    await this.deadLetter(route, event, lastError);
  }

  private async deadLetter(
    route: EventRoute,
    event: EventBridgeEvent<string, unknown>,
    error: unknown,
  ) {
    const dir = join(this.options.deadLetterDir, route.id);
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${event.id}.json`);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await writeFile(file, JSON.stringify({ route: route.id, reason, event }, null, 2));
    this.deadLetters.push(file);
    this.options.log?.(
      `dead letter: ${route.id} could not process ${event['detail-type']} (${reason}) → ${file}`,
    );
  }

  /** Runs `work` once fewer than the allowed deliveries are running. */
  private async inSlot(work: () => Promise<void>): Promise<void> {
    const limit = this.options.maxConcurrentDeliveries ?? 16;
    // A finished delivery hands its slot straight to the next waiting one.
    if (this.running >= limit) await new Promise<void>((wake) => this.waitingForSlot.push(wake));
    else this.running++;
    try {
      await work();
    } finally {
      const next = this.waitingForSlot.shift();
      if (next) next();
      else this.running--;
    }
  }

  private track(delivery: Promise<void>) {
    this.inFlight++;
    void delivery
      .catch((error: unknown) =>
        this.options.log?.(`event bus: could not dead-letter: ${String(error)}`),
      )
      .finally(() => {
        this.inFlight--;
        if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      });
  }

  /** Resolves once every accepted event has been delivered or dead-lettered. */
  idle(): Promise<void> {
    return this.inFlight === 0
      ? Promise.resolve()
      : new Promise((wake) => this.idleWaiters.push(wake));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The event as the route's queue hands it to the function: a batch of one SQS record. */
const sqsEventOf = (route: EventRoute, event: EventBridgeEvent<string, unknown>): SQSEvent => {
  const body = JSON.stringify(event);
  return {
    Records: [
      {
        messageId: event.id,
        receiptHandle: event.id,
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.parse(event.time)),
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:local:000000000000:${route.id}`,
        awsRegion: 'local',
      },
    ],
  };
};
