import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../local/table';
import { tableDefinition } from '../../shared/data/table-definition';
import { localSystem } from '../support/local-system-instance';

const client = new DynamoDBClient({ endpoint: localSystem().urls.dynamodb });
afterAll(() => client.destroy());

/** A table as an older Tandem made it: the base keys and the `due` index only. */
async function olderTable(client: DynamoDBClient): Promise<string> {
  const table = `tandem-older-${randomUUID().slice(0, 8)}`;
  const { due } = tableDefinition.indexes;
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', due.partitionKey, due.sortKey].map((name) => ({
        AttributeName: name,
        AttributeType: 'S',
      })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: due.name,
          KeySchema: [
            { AttributeName: due.partitionKey, KeyType: 'HASH' },
            { AttributeName: due.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
    }),
  );
  // Like DynamoDB, dynalite takes writes only once a new table is ACTIVE.
  while (
    (await client.send(new DescribeTableCommand({ TableName: table }))).Table?.TableStatus !==
    'ACTIVE'
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (let index = 0; index < 60; index++) {
    await client.send(
      new PutItemCommand({
        TableName: table,
        Item: {
          pk: { S: `CARRIER#c-${index % 3}` },
          sk: { S: `MATCH#m-${index}` },
          n: { N: `${index}` },
        },
      }),
    );
  }
  return table;
}

const indexNames = async (table: string, client: DynamoDBClient) =>
  (
    (await client.send(new DescribeTableCommand({ TableName: table }))).Table
      ?.GlobalSecondaryIndexes ?? []
  )
    .map((index) => index.IndexName)
    .sort();

const itemCount = async (table: string, client: DynamoDBClient) =>
  (await client.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).Count;

const declared = Object.values(tableDefinition.indexes)
  .map((index) => index.name)
  .sort();

describe('a local table made by an older Tandem', () => {
  it('is rebuilt with every declared index, keeping every item', async () => {
    const table = await olderTable(client);
    const dir = await mkdtemp(join(tmpdir(), 'tandem-rebuild-'));
    const said: string[] = [];
    await ensureTable(client, table, { rebuildDir: dir, log: (line) => said.push(line) });
    expect(await indexNames(table, client)).toEqual(declared);
    expect(await itemCount(table, client)).toBe(60);
    expect(existsSync(join(dir, 'table-rebuild.jsonl'))).toBe(false);
    expect(said.join('\n')).toMatch(/older Tandem.*carrierDue/);
  });

  it('goes on from its saved items after a crash between dropping and refilling the table', async () => {
    const table = await olderTable(client);
    const dir = await mkdtemp(join(tmpdir(), 'tandem-rebuild-'));
    // What a crash right after saving leaves: the complete file, the old table still there.
    const { Items = [] } = await client.send(new ScanCommand({ TableName: table }));
    await writeFile(
      join(dir, 'table-rebuild.jsonl'),
      Items.map((item) => `${JSON.stringify(item)}\n`).join(''),
    );
    await ensureTable(client, table, { rebuildDir: dir });
    expect(await indexNames(table, client)).toEqual(declared);
    expect(await itemCount(table, client)).toBe(60);
    expect(existsSync(join(dir, 'table-rebuild.jsonl'))).toBe(false);
  });

  it('is refused with the missing indexes named when there is nowhere to keep the items', async () => {
    const table = await olderTable(client);
    await expect(ensureTable(client, table)).rejects.toThrow(/no index .*carrierDue/);
    expect(await itemCount(table, client)).toBe(60);
  });

  // DynamoDB, and dynalite too, removes a table a moment after DeleteTable answers: made anew
  // meanwhile, the new table was refused as in use and then went with the old one.
  it('waits for the old table to be gone before making it anew', async () => {
    const slowDeletes = dynalite({ createTableMs: 0, deleteTableMs: 300, updateTableMs: 0 });
    await new Promise<void>((resolve) => slowDeletes.listen(0, '127.0.0.1', resolve));
    const { port } = slowDeletes.address() as AddressInfo;
    const slowClient = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}` });
    try {
      const table = await olderTable(slowClient);
      const dir = await mkdtemp(join(tmpdir(), 'tandem-rebuild-'));
      await ensureTable(slowClient, table, { rebuildDir: dir });
      expect(await indexNames(table, slowClient)).toEqual(declared);
      expect(await itemCount(table, slowClient)).toBe(60);
    } finally {
      slowClient.destroy();
      await new Promise((resolve) => slowDeletes.close(resolve));
    }
  });
});
