import type { TableClient } from '../../shared/aws/dynamo';
import type { EventDetail } from '../../shared/events/catalogue';

// A seeded scheduler for the ledger's deliveries (issue 16, points 1 and 3). Each delivery runs
// in a module instance of its own (a Lambda process of its own: its own DynamoDB client and
// in-memory state), and every DynamoDB call it makes waits at a seam until the scheduler lets
// it through, one call at a time, once every running delivery is waiting at the seam. After any
// write the scheduler may crash the delivery (nothing it does afterwards happens, as with
// kill -9) and deliver its event again in a fresh instance, as the bus does.

export type LedgerEvent =
  | { readonly type: 'CheckInRecorded'; readonly detail: EventDetail<'CheckInRecorded'> }
  | { readonly type: 'MatchCreated'; readonly detail: EventDetail<'MatchCreated'> }
  | { readonly type: 'MatchEnded'; readonly detail: EventDetail<'MatchEnded'> }
  | { readonly type: 'ParticipantErased'; readonly detail: EventDetail<'ParticipantErased'> }
  /**
   * The daily reconciliation running beside the deliveries, of the run's own carriers: runs of
   * other seeds share the table, and a reconciliation crashed there is finished only by its
   * own retry, after this run's state was compared.
   */
  | { readonly type: 'Reconcile'; readonly carrierIds: readonly string[] };

/** One module instance: its DynamoDB client and the ledger functions built on it. */
export interface LedgerInstance {
  readonly dynamo: TableClient;
  readonly process: (event: LedgerEvent) => Promise<unknown>;
}

/** Loads a fresh module instance (vitest: `vi.resetModules()` and dynamic imports). */
export type LoadInstance = () => Promise<LedgerInstance>;

/** A deterministic PRNG (mulberry32): the same seed explores the same interleaving. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const writeCommands = new Set([
  'PutCommand',
  'UpdateCommand',
  'DeleteCommand',
  'BatchWriteCommand',
  'TransactWriteCommand',
]);
const isWrite = (command: object) => writeCommands.has(command.constructor.name);

/** How the scheduler decides: which waiting call goes next, and whether to crash after it. */
export interface Strategy {
  /** Index of the call to let through, among those waiting (in arrival order). */
  pick(waiting: readonly WaitingCall[]): number;
  /**
   * After a write of this attempt (1-based count of its writes): crash it now, and is its
   * event then redelivered (`crash`) or dead-lettered (`crash-for-good`)?
   */
  crashAfter(attempt: Attempt, writes: number): 'crash' | 'crash-for-good' | false;
}

export interface Attempt {
  readonly event: number;
  /** 1 for the first delivery of the event, 2 for its redelivery, … */
  readonly number: number;
}

export interface WaitingCall {
  readonly attempt: Attempt;
  readonly command: object;
  readonly go: () => void;
}

interface Running extends Attempt {
  instance?: LedgerInstance;
  crashed: boolean;
  done: boolean;
  writes: number;
  waiting: number;
}

/** TANDEM_EXPLORATION_TRACE=1 prints every call and crash (with TANDEM_EXPLORATION_SEED=n). */
const trace = process.env.TANDEM_EXPLORATION_TRACE
  ? (line: string) => console.log(line)
  : undefined;
const describeCall = (command: object): string => {
  const { input } = command as { input: Record<string, unknown> };
  const target =
    input.Key ??
    (input.Item as { sk?: unknown } | undefined)?.sk ??
    input.IndexName ??
    input.KeyConditionExpression;
  return [command.constructor.name, JSON.stringify(target), input.UpdateExpression ?? '']
    .join(' ')
    .trim();
};

const tick = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A pool of module instances: a finished one is reused; a crashed one only once the
 * exploration that crashed it is over (what it left in memory names that run's carrier only).
 */
export class InstancePool {
  private readonly free: LedgerInstance[] = [];
  private readonly originalSend = new WeakMap<LedgerInstance, TableClient['send']>();
  /** Loads one at a time: two interleaved loads would share parts of one module graph. */
  private loading: Promise<unknown> = Promise.resolve();
  constructor(private readonly load: LoadInstance) {}

  async take(): Promise<LedgerInstance> {
    const loaded = this.loading.then(() => this.free.pop() ?? this.load());
    this.loading = loaded.catch(() => undefined);
    const instance = await loaded;
    if (!this.originalSend.has(instance)) {
      this.originalSend.set(instance, instance.dynamo.send.bind(instance.dynamo));
    }
    return instance;
  }
  give(instance: LedgerInstance): void {
    this.free.push(instance);
  }
  /** After an exploration: what its crashed instances left in memory names its carrier only. */
  giveCrashed(instances: readonly LedgerInstance[]): void {
    this.free.push(...instances);
  }
  /** The instance's own send, around which the seam is put. */
  sendOf(instance: LedgerInstance): (command: object) => Promise<unknown> {
    return this.originalSend.get(instance) as unknown as (command: object) => Promise<unknown>;
  }
  /** Every call goes straight through (for clean runs). */
  passThrough(instance: LedgerInstance): void {
    (instance.dynamo as { send: unknown }).send = this.sendOf(instance);
  }
}

/**
 * Runs `events` as concurrent deliveries, one attempt each, under `strategy`; an attempt
 * crashed after a write is delivered again (up to `maxAttempts` attempts of one event; the
 * last one is never crashed). Resolves when every attempt has finished or crashed.
 */
export async function exploreDeliveries(
  pool: InstancePool,
  events: readonly LedgerEvent[],
  strategy: Strategy,
  maxAttempts = 3,
): Promise<{ crashes: number; deadLetters: number; steps: number }> {
  const running: Running[] = [];
  const waiting: (WaitingCall & { attempt: Running })[] = [];
  const crashedInstances: LedgerInstance[] = [];
  let crashes = 0;
  let deadLetters = 0;
  let steps = 0;
  let failure: unknown;

  const start = async (event: number, number: number): Promise<void> => {
    const attempt: Running = { event, number, crashed: false, done: false, writes: 0, waiting: 0 };
    running.push(attempt);
    const instance = await pool.take();
    attempt.instance = instance;
    const send = pool.sendOf(instance);
    (instance.dynamo as { send: unknown }).send = (command: object) => {
      if (attempt.crashed) return new Promise(() => undefined);
      attempt.waiting++;
      return new Promise((resolve, reject) => {
        waiting.push({
          attempt,
          command,
          go: () => {
            attempt.waiting--;
            trace?.(`${attempt.event}/${attempt.number} ${describeCall(command)}`);
            send(command).then(
              (result) => afterCall(attempt, command, () => resolve(result)),
              (error: unknown) => {
                trace?.(`  ${String(error)}`);
                afterCall(attempt, command, () => reject(error));
              },
            );
          },
        });
      });
    };
    instance.process(events[event] as LedgerEvent).then(
      () => {
        if (!attempt.crashed) {
          attempt.done = true;
          pool.give(instance);
        }
      },
      (error: unknown) => {
        if (attempt.crashed) return;
        // A failed attempt is retried by the bus, like a crashed one.
        attempt.done = true;
        if (number < maxAttempts) void start(event, number + 1);
        else failure = error;
      },
    );
  };

  let inFlight = false;
  const afterCall = (attempt: Running, command: object, settle: () => void) => {
    inFlight = false;
    if (isWrite(command)) {
      attempt.writes++;
      const crash =
        attempt.number < maxAttempts ? strategy.crashAfter(attempt, attempt.writes) : false;
      if (crash) {
        trace?.(`${attempt.event}/${attempt.number} ${crash}`);
        attempt.crashed = true;
        crashes++;
        if (attempt.instance) crashedInstances.push(attempt.instance);
        // Its other waiting calls die with it.
        for (let index = waiting.length - 1; index >= 0; index--) {
          if (waiting[index]?.attempt === attempt) waiting.splice(index, 1);
        }
        if (crash === 'crash') void start(attempt.event, attempt.number + 1);
        else deadLetters++;
        return;
      }
    }
    settle();
  };

  for (let event = 0; event < events.length; event++) void start(event, 1);
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    // Quiet: no call in flight, and every live attempt waits at the seam or is over.
    await tick();
    const live = running.filter((attempt) => !attempt.crashed && !attempt.done);
    if (inFlight || live.some((attempt) => attempt.waiting === 0)) {
      if (Date.now() > giveUpAt) {
        throw new Error(
          `the deliveries did not come to rest: ${JSON.stringify({ inFlight, running, waiting: waiting.length })}`,
        );
      }
      await sleep(1);
      continue;
    }
    await tick();
    if (live.some((attempt) => attempt.waiting === 0)) continue;
    if (failure) throw failure;
    if (!waiting.length) break;
    const [call] = waiting.splice(strategy.pick(waiting), 1);
    steps++;
    inFlight = true;
    call?.go();
  }
  pool.giveCrashed(crashedInstances);
  return { crashes, deadLetters, steps };
}

/**
 * Seeded: any waiting call may go next; after a write, a crash with probability `crashRate`.
 * With `deadLetterRate`, a crashed redelivery is the event's last attempt, when it had got
 * past its first two writes (the put and the reconcile mark): an event dead-lettered after
 * 40 attempts over 33 hours had retries that got that far.
 */
export function randomStrategy(
  random: () => number,
  options: { crashRate: number; maxCrashes: number; deadLetterRate: number },
): Strategy {
  let crashes = 0;
  return {
    pick: (waitingCalls) => Math.floor(random() * waitingCalls.length),
    crashAfter: (attempt, writes) => {
      if (crashes >= options.maxCrashes || random() >= options.crashRate) return false;
      crashes++;
      const forGood = attempt.number >= 2 && writes >= 2 && random() < options.deadLetterRate;
      return forGood ? 'crash-for-good' : 'crash';
    },
  };
}
