import { join } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../shared/aws/dynamo';
import { envNames, tableName } from '../shared/config/runtime-env';
import { ensureKeyFile } from '../shared/crypto/key-file';
import { keys } from '../shared/data/keys';

/** The local key that seals webhook secrets and keys erasure tombstones (0600). */
export const secretsKeyFile = (dataDir: string): string => join(dataDir, 'secrets.key');

/**
 * Creates `<dataDir>/secrets.key` on the first start and points this process's handlers at
 * it: locally it stands in for the deployed KMS keys (shared/crypto).
 */
export async function useLocalSecretsKey(dataDir: string): Promise<void> {
  const file = secretsKeyFile(dataDir);
  await ensureKeyFile(file);
  process.env[envNames.secretsKeyFile] = file;
}

/** Notes in the local table where its key file is (the path only), for the CLI. */
export async function recordLocalSecretsKey(dataDir: string): Promise<void> {
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.localSecretsKeyFile,
        entity: 'LocalSecretsKey',
        path: secretsKeyFile(dataDir),
      },
    }),
  );
}

/**
 * The key file the CLI seals with: TANDEM_SECRETS_KEY_FILE, else the one of TANDEM_DATA_DIR,
 * else the one the running local system noted in its table, else `.tandem/secrets.key`.
 */
export async function useSecretsKeyOfLocalTable(defaultDataDir: string): Promise<void> {
  if (process.env[envNames.secretsKeyFile]) return;
  const dataDir = process.env.TANDEM_DATA_DIR;
  if (dataDir) {
    process.env[envNames.secretsKeyFile] = secretsKeyFile(dataDir);
    return;
  }
  let noted: unknown;
  try {
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName(), Key: keys.localSecretsKeyFile }),
    );
    noted = Item?.path;
  } catch {
    // No local system running: commands that need the database say so themselves.
  }
  process.env[envNames.secretsKeyFile] =
    typeof noted === 'string' ? noted : secretsKeyFile(defaultDataDir);
}
