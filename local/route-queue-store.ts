import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BusEvent } from './dead-letters';
import { isTemporaryFile, writeFileDurably } from './durable-files';

/** One event waiting on one route's queue, as kept on disk. */
export interface QueuedMessage {
  readonly messageId: string;
  readonly event: BusEvent;
  /** Failed attempts so far; the next delivery's ApproximateReceiveCount is one more. */
  attempts: number;
  /** Epoch milliseconds before which the message is not delivered again (backoff). */
  nextAttemptAt: number;
}

/**
 * A route's queue on disk, `<busDir>/<route id>/<message id>.json`: one file per message,
 * written durably before PutEvents answers, rewritten with its attempt count and next attempt
 * time after a failure, removed once processed or dead-lettered.
 */
export class RouteQueueStore {
  constructor(readonly dir: string) {}

  private file(messageId: string) {
    return join(this.dir, `${messageId}.json`);
  }

  async open(): Promise<QueuedMessage[]> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const messages: QueuedMessage[] = [];
    for (const name of await readdir(this.dir)) {
      // A write a crash interrupted was never acknowledged: the sender still has it.
      if (isTemporaryFile(name)) {
        await rm(join(this.dir, name), { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      messages.push(JSON.parse(await readFile(join(this.dir, name), 'utf8')) as QueuedMessage);
    }
    return messages.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
  }

  /** Stores the message durably (creates the folder again if it was removed). */
  async save(message: QueuedMessage): Promise<void> {
    const content = JSON.stringify(message);
    try {
      await writeFileDurably(this.file(message.messageId), content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await writeFileDurably(this.file(message.messageId), content);
    }
  }

  /** Once processed: a crash before the removal only means one more (harmless) delivery. */
  async remove(messageId: string): Promise<void> {
    await rm(this.file(messageId), { force: true });
  }
}
