import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

export interface LocalDatabaseOptions {
  readonly host: string;
  /** 0 picks a free port; a restart takes the same one. */
  readonly port: number;
  /** The store's folder; without it the data lives in memory. */
  readonly path?: string;
  /** Every request must carry it (the data dir's token, local-token.ts). */
  readonly token: string;
  readonly log: (message: string) => void;
}

export interface LocalDatabase {
  readonly url: string;
  /** Why the store fails right now, or undefined while it works. */
  failure(): string | undefined;
  stop(): Promise<void>;
}

/** The first attempt to open a failed store again; each later one waits twice as long. */
const firstRestartDelayMs = 1_000;
const maxRestartDelayMs = 30_000;
const stopTimeoutMs = 5_000;

const causeOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts dynalite in a worker thread (database-worker.mjs) and keeps it running. A store
 * that fails (a full disk, a folder it cannot write) ends only that thread: the failure is
 * told with the folder and the cause, `failure()` says it (the API answers 503 meanwhile),
 * and the store is opened again, with growing pauses, until it works. Nothing acknowledged
 * is lost meanwhile: events wait on the bus and are delivered once it works again.
 */
export async function startLocalDatabase(options: LocalDatabaseOptions): Promise<LocalDatabase> {
  const where = options.path ? `in ${options.path}` : 'in memory';
  let port = options.port;
  let failure: string | undefined;
  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let worker: Worker;

  const startWorker = async (): Promise<Worker> => {
    const started = new Worker(new URL('./database-worker.mjs', import.meta.url), {
      workerData: { path: options.path, host: options.host, port, token: options.token },
    });
    const [ready] = (await Promise.race([
      once(started, 'message'),
      once(started, 'exit').then(([code]) => {
        throw new Error(`the database thread ended with code ${String(code)}`);
      }),
    ])) as [{ port: number }];
    port = ready.port;
    started.once('error', (error) => void failed(causeOf(error)));
    return started;
  };

  const restart = async (delayMs: number) => {
    if (stopped) return;
    try {
      worker = await startWorker();
      if (stopped) return void worker.postMessage('stop');
      failure = undefined;
      options.log(`The database ${where} works again.`);
    } catch (error) {
      failure = causeOf(error);
      const next = Math.min(delayMs * 2, maxRestartDelayMs);
      options.log(
        `The database ${where} still cannot open: ${failure}. Next try in ${next / 1000} s.`,
      );
      restartTimer = setTimeout(() => void restart(next), next);
    }
  };

  const failed = (cause: string) => {
    failure = cause;
    if (stopped) return;
    if (!options.path) {
      // An in-memory store that failed has lost its data: opening an empty one would hide it.
      options.log(`The database ${where} failed: ${cause}. Start Tandem again.`);
      return;
    }
    const delayMs = firstRestartDelayMs;
    options.log(
      `The database ${where} failed: ${cause}. Webhooks and reads get 503 until it works ` +
        `again; acknowledged events wait on the bus. Opening it again in ${delayMs / 1000} s.`,
    );
    restartTimer = setTimeout(() => void restart(delayMs), delayMs);
  };

  try {
    worker = await startWorker();
  } catch (error) {
    const cause = causeOf(error);
    const hint = /lock/i.test(cause) ? ' Is another `npm start` using this data dir?' : '';
    throw new Error(`Tandem cannot open its database ${where}: ${cause}.${hint}`, {
      cause: error,
    });
  }

  return {
    url: `http://${options.host}:${port}`,
    failure: () => failure,
    stop: async () => {
      stopped = true;
      clearTimeout(restartTimer);
      if (failure) return;
      const exited = once(worker, 'exit');
      worker.postMessage('stop');
      // A clean close keeps the store's lock file consistent; a hung one is ended.
      const timer = setTimeout(() => void worker.terminate(), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
