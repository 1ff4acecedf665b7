import { envNames } from '../shared/config/runtime-env';
import type { FunderConfig } from '../shared/config/funder-config';

export const localTableName = 'tandem';
export const localBusName = 'tandem';
export const localReportBucket = 'tandem-reports';

export interface LocalEndpoints {
  readonly dynamodb: string;
  readonly eventBridge: string;
  readonly ses: string;
  readonly s3: string;
}

/**
 * Points the real AWS SDK clients at the local services through the SDK's own
 * service-specific endpoint variables, and gives the handlers the variables the CDK stack
 * gives them. Handlers stay exactly as deployed: no "if local" anywhere.
 */
export function applyLocalAwsEnvironment(endpoints: LocalEndpoints, config: FunderConfig): void {
  const env = process.env;
  env.AWS_REGION ??= 'eu-central-1';
  env.AWS_ACCESS_KEY_ID ??= 'local';
  env.AWS_SECRET_ACCESS_KEY ??= 'local';
  env.AWS_ENDPOINT_URL_DYNAMODB = endpoints.dynamodb;
  env.AWS_ENDPOINT_URL_EVENTBRIDGE = endpoints.eventBridge;
  env.AWS_ENDPOINT_URL_SESV2 = endpoints.ses;
  env.AWS_ENDPOINT_URL_S3 = endpoints.s3;
  env[envNames.reportBucket] = localReportBucket;
  env[envNames.tableName] = localTableName;
  env[envNames.eventBusName] = localBusName;
  env[envNames.funderConfig] = JSON.stringify(config);
  env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  // Locally Node 20; deployed functions run on Node 22, where the SDK has nothing to warn about.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
