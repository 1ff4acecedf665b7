import { funderConfigSchema, type FunderConfig } from './funder-config';

/** Environment variables every function reads; the CDK stack and the local runtime set them. */
export const envNames = {
  tableName: 'TANDEM_TABLE_NAME',
  eventBusName: 'TANDEM_EVENT_BUS_NAME',
  funderConfig: 'TANDEM_FUNDER_CONFIG_JSON',
  reportBucket: 'TANDEM_REPORT_BUCKET',
  /** The web app's base URL when the funder config names none (the API's URL). */
  appUrl: 'TANDEM_APP_URL',
  /** The SQS queue an event consumer reads (deployed only; the local bus keeps its own). */
  queueUrl: 'TANDEM_QUEUE_URL',
  /** The KMS key that seals webhook secrets (deployed); locally the key file below. */
  secretsKeyId: 'TANDEM_SECRETS_KEY_ID',
  /** The local key file (`<dataDir>/secrets.key`) when no KMS key is named. */
  secretsKeyFile: 'TANDEM_SECRETS_KEY_FILE',
  /** The KMS HMAC key that keys erasure tombstones (deployed); locally from the key file. */
  erasureKeyId: 'TANDEM_ERASURE_KEY_ID',
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

/** The web app's base URL for links (SPEC §7): the config's `appUrl`, else the API's URL. */
export const appUrl = (): string =>
  (funderConfig().appUrl ?? required(envNames.appUrl)).replace(/\/+$/, '');
