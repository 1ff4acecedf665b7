import { envNames } from '../../shared/config/runtime-env';
import { localPorts } from '../ports';
import { host } from '../system';
import { localTableName } from '../aws-environment';

/**
 * Where the operator commands act: the running local system by default, or a deployed
 * stack when TANDEM_TABLE_NAME names its table (AWS credentials from the usual places).
 */
export function selectTarget(): 'local' | 'deployed' {
  if (process.env[envNames.tableName]) return 'deployed';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.AWS_REGION ??= 'eu-central-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://${host}:${localPorts().dynamodbPort}`;
  process.env[envNames.tableName] = localTableName;
  return 'local';
}

/** The HTTP API of the running local system. */
export const localApiUrl = (): string => `http://${host}:${localPorts().apiPort}`;
