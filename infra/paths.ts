import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the esbuild project root and where package-lock.json lives. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export const lockFilePath = join(repositoryRoot, 'package-lock.json');

/** A route's `handler` names a module below `functions/` that exports `handler`. */
export const functionEntry = (handler: string): string =>
  join(repositoryRoot, 'functions', `${handler}.ts`);
