// Where a function's resources are (its table, bus and report bucket), from its environment.
// Apart from the funder config (runtime-env.ts): a function that needs only these names
// carries no config schema, and so no schema library.

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

export const requiredEnv = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
};

export const tableName = (): string => requiredEnv(envNames.tableName);
export const eventBusName = (): string => requiredEnv(envNames.eventBusName);
export const reportBucketName = (): string => requiredEnv(envNames.reportBucket);
