import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../local/table';
import { envNames } from '../../shared/config/runtime-env';
import { localSystem } from './local-system-instance';

/**
 * Gives the current test file a table of its own on the shared database. Sweeps and period
 * closes cover every carrier of a table, so a file that counts them exactly needs its own.
 */
export async function useTableOfItsOwn(label: string): Promise<string> {
  const table = `tandem-${label}-${randomUUID().slice(0, 8)}`;
  const client = new DynamoDBClient({ endpoint: localSystem().urls.dynamodb });
  await ensureTable(client, table);
  client.destroy();
  process.env[envNames.tableName] = table;
  return table;
}
