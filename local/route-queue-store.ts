import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
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

/** What a queue file must hold to be delivered: the shape `save` writes. */
const queuedMessageSchema = z.object({
  messageId: z.string().min(1),
  event: z.looseObject({
    id: z.string(),
    source: z.string(),
    'detail-type': z.string(),
    time: z.string(),
    detail: z.unknown(),
  }),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
});

/** A queue file that holds no message: why, and its content for the operator. */
export interface DamagedQueueFile {
  readonly messageId: string;
  readonly file: string;
  readonly content: string;
  readonly problem: string;
}

/** The file's message, or why it holds none. */
function problemOf(content: string, messageId: string): { message: QueuedMessage } | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const checked = queuedMessageSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return `not a queued event (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`;
  }
  if (checked.data.messageId !== messageId) return 'its messageId is not its file name';
  return { message: parsed as QueuedMessage };
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

  /**
   * The messages an earlier run left, by next attempt; and the files that are none (cut
   * off, edited, `{}`), which the bus moves to the route's dead letters instead of failing.
   */
  async open(): Promise<{ messages: QueuedMessage[]; damaged: DamagedQueueFile[] }> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const messages: QueuedMessage[] = [];
    const damaged: DamagedQueueFile[] = [];
    for (const name of await readdir(this.dir)) {
      // A write a crash interrupted was never acknowledged: the sender still has it.
      if (isTemporaryFile(name)) {
        await rm(join(this.dir, name), { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const file = join(this.dir, name);
      const messageId = name.slice(0, -'.json'.length);
      const content = await readFile(file, 'utf8');
      const problem = problemOf(content, messageId);
      if (typeof problem === 'string') damaged.push({ messageId, file, content, problem });
      else messages.push(problem.message);
    }
    messages.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
    return { messages, damaged };
  }

  /** Once its content is kept elsewhere (the dead letters). */
  async discard(file: DamagedQueueFile): Promise<void> {
    await rm(file.file, { force: true });
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
