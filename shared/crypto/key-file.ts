import { randomBytes } from 'node:crypto';
import { chmod, open, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

/** A local key is 32 random bytes (AES-256), kept in a file only its owner can read. */
export const localKeyBytes = 32;

/**
 * Creates the key file (mode 0600) if it does not exist and keeps its mode at 0600 if it
 * does. Never overwrites a key: the secrets sealed with it would be lost.
 */
export async function ensureKeyFile(path: string): Promise<void> {
  try {
    const file = await open(path, 'wx', 0o600);
    try {
      await file.writeFile(randomBytes(localKeyBytes));
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  await chmod(path, 0o600);
  const key = await readFile(path);
  if (key.length !== localKeyBytes) {
    throw new Error(`The key file ${path} does not hold a ${localKeyBytes}-byte key`);
  }
}

const keysByPath = new Map<string, Buffer>();

/** The key of a key file, read once per process. */
export function readKeyFile(path: string): Buffer {
  let key = keysByPath.get(path);
  if (!key) {
    key = readFileSync(path);
    if (key.length !== localKeyBytes) {
      throw new Error(`The key file ${path} does not hold a ${localKeyBytes}-byte key`);
    }
    keysByPath.set(path, key);
  }
  return key;
}
