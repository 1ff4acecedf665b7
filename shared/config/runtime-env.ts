import { funderConfigSchema, type FunderConfig } from './funder-config';

/** Environment variables every function reads; the CDK stack and the local runtime set them. */
export const envNames = {
  tableName: 'TANDEM_TABLE_NAME',
  eventBusName: 'TANDEM_EVENT_BUS_NAME',
  funderConfig: 'TANDEM_FUNDER_CONFIG_JSON',
  reportBucket: 'TANDEM_REPORT_BUCKET',
} as const;

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
};

export const tableName = (): string => required(envNames.tableName);
export const eventBusName = (): string => required(envNames.eventBusName);
export const reportBucketName = (): string => required(envNames.reportBucket);

let cachedFunderConfig: { json: string; config: FunderConfig } | undefined;

/** The funder config handed to functions as JSON (validated at synth and start, re-checked here). */
export function funderConfig(): FunderConfig {
  const json = required(envNames.funderConfig);
  if (cachedFunderConfig?.json !== json) {
    cachedFunderConfig = { json, config: funderConfigSchema.parse(JSON.parse(json)) };
  }
  return cachedFunderConfig.config;
}
