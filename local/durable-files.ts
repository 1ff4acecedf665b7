import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A file is durable once its content and the directory entry naming it are flushed: the
 * content is written under a temporary name, fsync'ed, renamed into place (atomic: a reader
 * sees the old file or the new one, never half of one), and the directory is fsync'ed.
 */
export async function writeFileDurably(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** A temporary file left by a write that a crash interrupted (never acknowledged). */
export const isTemporaryFile = (name: string): boolean => name.endsWith('.tmp');

interface DirectorySync {
  /** The sync running now; callers that arrive meanwhile wait for the next one. */
  running?: Promise<void>;
  next?: Promise<void>;
}

const directorySyncs = new Map<string, DirectorySync>();

/**
 * Flushes a directory's entries. Concurrent callers share one fsync: whoever arrives while
 * one runs waits for the single next one, so a burst of writes costs few directory syncs.
 */
export function syncDirectory(directory: string): Promise<void> {
  let state = directorySyncs.get(directory);
  if (!state) {
    state = {};
    directorySyncs.set(directory, state);
  }
  const current = state;
  if (!current.running) {
    current.running = fsyncDirectory(directory).finally(() => {
      current.running = undefined;
    });
    return current.running;
  }
  current.next ??= current.running
    .catch(() => undefined)
    .then(() => {
      current.next = undefined;
      return syncDirectory(directory);
    });
  return current.next;
}

async function fsyncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
