import { createHash } from 'node:crypto';

/** A CSP source that allows one inline script: `'sha256-<base64>'` of its exact text. */
export const scriptHashSource = (script: string): string =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
