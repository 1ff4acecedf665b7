import { existsSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition, type IndexDefinition } from '../shared/data/table-definition';

const toGlobalSecondaryIndex = (index: IndexDefinition): GlobalSecondaryIndex => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' },
    { AttributeName: index.sortKey, KeyType: 'RANGE' },
  ],
  Projection:
    index.projection === 'INCLUDE'
      ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.nonKeyAttributes] }
      : { ProjectionType: index.projection },
});

export interface EnsureTableOptions {
  /**
   * Where a table made by an older Tandem (without an index declared today) is kept while it
   * is rebuilt: dynalite cannot add an index to a table, so the items are written to a file
   * there, the table is made anew and the items are put back. Without it such a table is an
   * error that names the missing indexes.
   */
  readonly rebuildDir?: string;
  readonly log?: (message: string) => void;
}

/**
 * Creates the table as the CDK stack declares it, unless it is there already; a table that
 * lacks an index declared since is rebuilt with it (see `EnsureTableOptions.rebuildDir`).
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  options: EnsureTableOptions = {},
): Promise<void> {
  const snapshot = options.rebuildDir ? join(options.rebuildDir, rebuildFileName) : undefined;
  // A rebuild that stopped after its file was complete goes on from the file.
  if (snapshot && existsSync(snapshot)) {
    return rebuildFromSnapshot(client, tableName, snapshot, options.log);
  }
  const missing = await missingIndexes(client, tableName);
  if (missing === undefined) return createTable(client, tableName);
  if (missing.length === 0) return waitUntilActive(client, tableName);
  if (!snapshot) {
    throw new Error(
      `Table ${tableName} has no index ${missing.join(', ')}: it was made by an older Tandem`,
    );
  }
  options.log?.(
    `The local table was made by an older Tandem (no index ${missing.join(', ')}): rebuilding it, its items kept in ${snapshot} meanwhile`,
  );
  await saveItems(client, tableName, snapshot);
  return rebuildFromSnapshot(client, tableName, snapshot, options.log);
}

const rebuildFileName = 'table-rebuild.jsonl';

/** The declared indexes the table lacks; undefined when there is no table. */
async function missingIndexes(
  client: DynamoDBClient,
  tableName: string,
): Promise<string[] | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    return Object.values(tableDefinition.indexes)
      .map((index) => index.name)
      .filter((name) => !present.has(name));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/** Makes the table anew with every index and puts the saved items back; then drops the file. */
async function rebuildFromSnapshot(
  client: DynamoDBClient,
  tableName: string,
  snapshot: string,
  log: ((message: string) => void) | undefined,
): Promise<void> {
  const missing = await missingIndexes(client, tableName);
  if (missing !== undefined && missing.length > 0) {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    await waitUntilDeleted(client, tableName);
  }
  if (missing === undefined || missing.length > 0) await createTable(client, tableName);
  else await waitUntilActive(client, tableName);
  const restored = await restoreItems(client, tableName, snapshot);
  await rm(snapshot);
  log?.(`The local table is rebuilt with every index (${restored} items kept)`);
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const indexes = Object.values(tableDefinition.indexes);
  const keyAttributes = [
    tableDefinition.partitionKey,
    tableDefinition.sortKey,
    ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keyAttributes.map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: indexes.map(toGlobalSecondaryIndex),
      }),
    );
  } catch (error) {
    // Another process created it at the same moment: what we wanted.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilActive(client, tableName);
}

/**
 * dynalite, like DynamoDB, deletes a table a moment after DeleteTable answers: a table created
 * meanwhile under the same name would be refused as in use, and then go with the old one.
 */
async function waitUntilDeleted(client: DynamoDBClient, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Table ${tableName} was not deleted`);
}

/** dynalite, like DynamoDB, takes writes only once a new table is ACTIVE. */
async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Table ${tableName} did not become active`);
}

/** Writes every item of the table to `snapshot` (complete, or not there: renamed when done). */
async function saveItems(client: DynamoDBClient, tableName: string, snapshot: string) {
  const partial = `${snapshot}.partial`;
  const file = await open(partial, 'w', 0o600);
  try {
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }),
      );
      const lines = (page.Items ?? []).map((item) => `${JSON.stringify(item)}\n`).join('');
      if (lines) await file.write(lines);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(partial, snapshot);
}

/** Puts the saved items back, 25 a call; a put of the same item again changes nothing. */
async function restoreItems(
  client: DynamoDBClient,
  tableName: string,
  snapshot: string,
): Promise<number> {
  const items = (await readFile(snapshot, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, AttributeValue>);
  for (let start = 0; start < items.length; start += 25) {
    let requests: WriteRequest[] | undefined = items
      .slice(start, start + 25)
      .map((item) => ({ PutRequest: { Item: item } }));
    while (requests?.length) {
      const result: BatchWriteItemCommandOutput = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = result.UnprocessedItems?.[tableName];
    }
  }
  return items.length;
}
