import { fileURLToPath } from 'node:url';

/** The repository root: esbuild resolves packages from here, child scripts run here. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** This folder's parent: where the figure scripts live. */
export const benchDir = fileURLToPath(new URL('../', import.meta.url));
