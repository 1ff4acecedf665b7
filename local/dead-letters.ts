import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventBridgeEvent } from 'aws-lambda';
import { isTemporaryFile, writeFileDurably } from './durable-files';

/**
 * The local dead-letter folder, `<dataDir>/dead-letters/<route id>/<message id>.json`: what
 * a route's consumer failed on as often as the route allows (the DLQ of the deployed route).
 */

/** `POST` `{"route"?}` here redrives in the running local system (`dead-letters redrive`). */
export const localRedrivePath = '/_local/dead-letters/redrive';

export type BusEvent = EventBridgeEvent<string, unknown>;

export interface DeadLetter {
  readonly route: string;
  readonly messageId: string;
  readonly reason: string;
  readonly attempts: number;
  readonly deadLetteredAt: string;
  /** Null for a queue file that held no event: `content` is what it held. */
  readonly event: BusEvent | null;
  readonly content?: string;
}

export interface StoredDeadLetter extends DeadLetter {
  readonly file: string;
}

export const deadLetterFile = (deadLetterDir: string, route: string, messageId: string) =>
  join(deadLetterDir, route, `${messageId}.json`);

export async function writeDeadLetter(deadLetterDir: string, letter: DeadLetter): Promise<string> {
  await mkdir(join(deadLetterDir, letter.route), { recursive: true, mode: 0o700 });
  const file = deadLetterFile(deadLetterDir, letter.route, letter.messageId);
  await writeFileDurably(file, JSON.stringify(letter, null, 2));
  return file;
}

const listDir = async (dir: string): Promise<string[]> => {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

/** The dead letters of one route, or of all routes. */
export async function readDeadLetters(
  deadLetterDir: string,
  route?: string,
): Promise<StoredDeadLetter[]> {
  const routes = route ? [route] : await listDir(deadLetterDir);
  const letters: StoredDeadLetter[] = [];
  for (const routeId of routes) {
    for (const name of await listDir(join(deadLetterDir, routeId))) {
      if (!name.endsWith('.json') || isTemporaryFile(name)) continue;
      const file = join(deadLetterDir, routeId, name);
      try {
        const letter = JSON.parse(await readFile(file, 'utf8')) as DeadLetter;
        letters.push({ ...letter, route: routeId, messageId: name.slice(0, -5), file });
      } catch (error) {
        // Gone meanwhile (redriven or purged): nothing to count.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return letters;
}

/** SPEC §8 `dead-letters list`: `{"total","byRoute":{"<route>":n}}`, routes with any. */
export async function countDeadLetters(deadLetterDir: string) {
  const byRoute: Record<string, number> = {};
  for (const routeId of (await listDir(deadLetterDir)).sort()) {
    const count = (await listDir(join(deadLetterDir, routeId))).filter(
      (name) => name.endsWith('.json') && !isTemporaryFile(name),
    ).length;
    if (count > 0) byRoute[routeId] = count;
  }
  return { total: Object.values(byRoute).reduce((sum, count) => sum + count, 0), byRoute };
}

/** True when any string in `value` (at any depth) is exactly `id`. */
const holdsId = (value: unknown, id: string): boolean => {
  if (value === id) return true;
  if (Array.isArray(value)) return value.some((item) => holdsId(item, id));
  if (value && typeof value === 'object') return Object.values(value).some((v) => holdsId(v, id));
  return false;
};

const namesParticipant = (letter: DeadLetter, carrierId: string, participantId: string) => {
  // A damaged queue file's text is searched as text: it may hold the id all the same.
  if (!letter.event) {
    const text = letter.content ?? '';
    return text.includes(carrierId) && text.includes(participantId);
  }
  const detail = letter.event.detail as { carrierId?: unknown; data?: unknown } | null;
  return detail?.carrierId === carrierId && holdsId(detail.data, participantId);
};

/**
 * Removes every dead letter of the carrier that names the erased participant, so that the
 * folder does not keep the id after the erasure (SPEC §3). Returns how many it removed.
 */
export async function purgeParticipant(
  deadLetterDir: string,
  carrierId: string,
  participantId: string,
): Promise<number> {
  let purged = 0;
  for (const letter of await readDeadLetters(deadLetterDir)) {
    if (!namesParticipant(letter, carrierId, participantId)) continue;
    await rm(letter.file, { force: true });
    purged++;
  }
  return purged;
}
