import type { FunderConfig } from './funder-config';
import { envNames, requiredEnv } from './runtime-names';

export { envNames, eventBusName, reportBucketName, tableName } from './runtime-names';

let cachedFunderConfig: { json: string; config: FunderConfig } | undefined;

/**
 * The funder config handed to functions as JSON: parsed and validated at synth and at
 * `npm start` (funderConfigSchema, defaults filled in), so trusted here, and the functions on
 * the request path carry no schema library (issue 16).
 */
export function funderConfig(): FunderConfig {
  const json = requiredEnv(envNames.funderConfig);
  if (cachedFunderConfig?.json !== json) {
    cachedFunderConfig = { json, config: JSON.parse(json) as FunderConfig };
  }
  return cachedFunderConfig.config;
}

/** The web app's base URL for links (SPEC §7): the config's `appUrl`, else the API's URL. */
export const appUrl = (): string =>
  (funderConfig().appUrl ?? requiredEnv(envNames.appUrl)).replace(/\/+$/, '');
