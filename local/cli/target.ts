import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  funderConfigPath,
  localFunderConfigPath,
  readFunderConfigFile,
} from '../../shared/config/funder-config-file';
import { envNames } from '../../shared/config/runtime-env';
import { localTableName } from '../aws-environment';
import { localPorts } from '../ports';
import { localDataDir, localTokenFor, sendLocalToken } from '../local-token';
import { host } from '../system';
import { deployedInvoker, localInvoker, type FunctionInvoker } from './function-invoker';

/** Where the operator commands act, and how they run the stack's scheduled functions. */
export interface Target {
  readonly kind: 'local' | 'deployed';
  /** Absent when only the table is known (TANDEM_TABLE_NAME without TANDEM_STACK). */
  readonly invoke?: FunctionInvoker;
}

/** The HTTP API of the running local system. */
export const localApiUrl = (): string => `http://${host}:${localPorts().apiPort}`;

/** A deployed stack's outputs (TableName, <function id>FunctionName, …). */
export async function stackOutputs(
  stackName: string,
  cloudFormation = new CloudFormationClient({}),
): Promise<Record<string, string>> {
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = Stacks?.[0]?.Outputs ?? [];
  return Object.fromEntries(
    outputs.map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
  );
}

/**
 * The running local system by default; a deployed stack when TANDEM_STACK names it (its
 * outputs give the table and the functions), or when TANDEM_TABLE_NAME names its table.
 * AWS credentials and region come from the usual places.
 */
export async function selectTarget(): Promise<Target> {
  const stackName = process.env.TANDEM_STACK;
  if (stackName) {
    const outputs = await stackOutputs(stackName);
    if (!outputs.TableName) throw new Error(`Stack ${stackName} has no TableName output`);
    process.env[envNames.tableName] = outputs.TableName;
    // `carriers add|rotate-secret` seal the new secret with the stack's KMS key.
    if (outputs.WebhookSecretsKeyArn) {
      process.env[envNames.secretsKeyId] = outputs.WebhookSecretsKeyArn;
    }
    // `backfill` checks erasure tombstones, keyed with the stack's HMAC key.
    if (outputs.ErasureDigestKeyArn) {
      process.env[envNames.erasureKeyId] = outputs.ErasureDigestKeyArn;
    }
    const functionNames = Object.fromEntries(
      Object.entries(outputs)
        .filter(([key]) => key.endsWith('FunctionName'))
        .map(([key, value]) => [key.slice(0, -'FunctionName'.length), value]),
    );
    return { kind: 'deployed', invoke: deployedInvoker(functionNames) };
  }
  if (process.env[envNames.tableName]) return { kind: 'deployed' };
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.AWS_REGION ??= 'eu-central-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://${host}:${localPorts().dynamodbPort}`;
  process.env[envNames.tableName] = localTableName;
  // The local database, like /_local/…, answers only with the data dir's token.
  const { dynamo } = await import('../../shared/aws/dynamo');
  sendLocalToken(dynamo, () => localTokenFor(localApiUrl()));
  // Webhook secrets are sealed with the local system's key file (created by `npm start`).
  // Loaded only now: the database client reads its endpoint on creation.
  const { useSecretsKeyOfLocalTable } = await import('../secrets-key');
  await useSecretsKeyOfLocalTable(localDataDir());
  return { kind: 'local', invoke: localInvoker(localApiUrl()) };
}

/**
 * The funder's config (time zone, check-in policy), from its config file as `npm start` (TANDEM_FUNDER_CONFIG) and
 * `cdk synth` (funders/<funderId>.json for the stack Tandem-<funderId>) read it.
 */
export function targetFunderConfig() {
  const stackName = process.env.TANDEM_STACK;
  const path = stackName?.startsWith('Tandem-')
    ? funderConfigPath(stackName.slice('Tandem-'.length))
    : localFunderConfigPath();
  return readFunderConfigFile(path);
}
