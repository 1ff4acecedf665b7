import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FunderConfigError, parseFunderConfig, type FunderConfig } from './funder-config';

// File access lives apart from the schema so that Lambda bundles never touch the file system.

export function readFunderConfigFile(path: string): FunderConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new FunderConfigError(`Cannot read funder config ${path}: ${(error as Error).message}`);
  }
  return parseFunderConfig(raw, path);
}

export const funderConfigPath = (funderId: string): string =>
  fileURLToPath(new URL(`../../funders/${funderId}.json`, import.meta.url));

/** The bundled example, used locally when TANDEM_FUNDER_CONFIG is not set (SPEC §7). */
export const exampleFunderConfigPath = funderConfigPath('example');

/** SPEC §7: TANDEM_FUNDER_CONFIG names the file, else the bundled example funder. */
export const localFunderConfigPath = (): string =>
  process.env.TANDEM_FUNDER_CONFIG ?? exampleFunderConfigPath;
