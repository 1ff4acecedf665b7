import { once } from 'node:events';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../shared/data/table-definition';
import { crc32 } from './crc32';
import { indexWriteUnits, itemBytes, writeUnits, type WireItem, type WireValue } from './item-size';

/**
 * A recording proxy in front of dynalite. The handlers do not ask for ConsumedCapacity, so
 * the proxy asks on their behalf, notes the answer and hands back the response they would
 * have had. What dynalite does not count (index writes, failed conditional writes) it
 * estimates from the items before and after each write.
 */

export interface OperationRecord {
  readonly operation: string;
  /** The kind of item touched: the sort key's prefix, or the query's prefix. */
  readonly label: string;
  readonly readUnits: number;
  /** As dynalite counted them. */
  readonly tableWriteUnits: number;
  /** Estimated: DynamoDB charges a write whose condition fails; dynalite reports nothing. */
  readonly failedConditionWriteUnits: number;
  /** Estimated, per index name, for the writes that changed an index entry. */
  readonly indexWriteUnits: Readonly<Record<string, number>>;
  /** The partition key the request names (a query's `:pk`), when it names one. */
  readonly partition?: string;
  /** The sort key of a single-item request, or the prefix a query asks for. */
  readonly sortKey?: string;
  /** When the proxy received the request and when it answered (performance.now(), ms). */
  readonly startedAt: number;
  readonly endedAt: number;
}

export interface CapacityProxy {
  readonly url: string;
  /** Returns what was recorded since the last call and starts afresh. */
  takeRecords(): OperationRecord[];
  /** Data operations the proxy passed through without measuring (none are used today). */
  readonly unmeasured: string[];
  close(): Promise<void>;
}

const measuredOperations = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'GetItem',
  'Query',
  // Never sent by the handlers: recorded so that a figure can count (and price) any that are.
  'Scan',
]);
const writeOperations = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
const tableAdministration = new Set(['CreateTable', 'DescribeTable', 'ListTables']);

interface DynamoRequest {
  readonly TableName?: string;
  readonly Key?: WireItem;
  readonly Item?: WireItem;
  readonly IndexName?: string;
  readonly ExpressionAttributeValues?: WireItem;
  readonly ReturnConsumedCapacity?: string;
}

interface DynamoResponse {
  ConsumedCapacity?: { CapacityUnits?: number };
  __type?: string;
}

interface Upstream {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const readBody = async (stream: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const keyOf = (input: DynamoRequest): WireItem | undefined => {
  const source = input.Key ?? input.Item;
  const partitionKey = source?.[tableDefinition.partitionKey];
  const sortKey = source?.[tableDefinition.sortKey];
  if (!partitionKey || !sortKey) return undefined;
  return { [tableDefinition.partitionKey]: partitionKey, [tableDefinition.sortKey]: sortKey };
};

const prefixOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'S' in value && typeof value.S === 'string'
    ? (value.S.split('#')[0] ?? value.S)
    : '?';

function labelOf(operation: string, input: DynamoRequest): string {
  if (operation === 'Scan') return input.IndexName ? `index ${input.IndexName}` : 'table';
  if (operation !== 'Query') return prefixOf(keyOf(input)?.[tableDefinition.sortKey]);
  if (input.IndexName) return `index ${input.IndexName}`;
  // The sort-key prefix the query asks for; the partition value is the carrier's.
  const prefix = Object.values(input.ExpressionAttributeValues ?? {}).find(
    (value) => 'S' in value && !value.S.startsWith('CARRIER#'),
  );
  return prefix ? prefixOf(prefix) : 'partition';
}

const stringOf = (value: WireValue | undefined): string | undefined =>
  value && 'S' in value ? value.S : undefined;

/** The partition and sort key (or sort-key prefix) a request names, for timelines. */
function keysOf(operation: string, input: DynamoRequest) {
  if (operation === 'Scan') return {};
  if (operation !== 'Query') {
    const key = keyOf(input);
    return {
      partition: stringOf(key?.[tableDefinition.partitionKey]),
      sortKey: stringOf(key?.[tableDefinition.sortKey]),
    };
  }
  const values = input.ExpressionAttributeValues ?? {};
  return { partition: stringOf(values[':pk']), sortKey: stringOf(values[':prefix']) };
}

export async function startCapacityProxy(databaseUrl: string): Promise<CapacityProxy> {
  const database = new URL(databaseUrl);
  const agent = new Agent({ keepAlive: true });
  // The proxy's own look-ups go straight to dynalite, so they are never recorded.
  const lookups = new DynamoDBClient({
    endpoint: databaseUrl,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const records: OperationRecord[] = [];
  const unmeasured: string[] = [];

  const readItem = async (tableName: string | undefined, key: WireItem | undefined) => {
    if (!tableName || !key) return undefined;
    const { Item } = await lookups.send(
      // The wire format and the SDK's AttributeValue agree on every type the table holds.
      new GetItemCommand({
        TableName: tableName,
        Key: key as Record<string, AttributeValue>,
        ConsistentRead: true,
      }),
    );
    return Item as WireItem | undefined;
  };

  const forward = (request: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const upstream = httpRequest(
        {
          host: database.hostname,
          port: database.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, 'content-length': String(body.length) },
          agent,
        },
        (response) => {
          readBody(response).then(
            (responseBody) =>
              resolve({
                status: response.statusCode ?? 502,
                headers: response.headers,
                body: responseBody,
              }),
            reject,
          );
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const relay = (upstream: Upstream, response: ServerResponse) => {
    const headers: IncomingHttpHeaders = { ...upstream.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    headers['content-length'] = String(upstream.body.length);
    // The body may have changed: a stale checksum would make a checking client retry.
    if (headers['x-amz-crc32'] !== undefined) headers['x-amz-crc32'] = String(crc32(upstream.body));
    response.writeHead(upstream.status, headers).end(upstream.body);
  };

  async function measure(operation: string, request: IncomingMessage, body: Buffer) {
    const startedAt = performance.now();
    const input = JSON.parse(body.toString('utf8')) as DynamoRequest;
    const callerAsked = (input.ReturnConsumedCapacity ?? 'NONE') !== 'NONE';
    const isWrite = writeOperations.has(operation);
    const before = isWrite ? await readItem(input.TableName, keyOf(input)) : undefined;
    const upstream = await forward(
      request,
      Buffer.from(
        JSON.stringify({
          ...input,
          ReturnConsumedCapacity: callerAsked ? input.ReturnConsumedCapacity : 'TOTAL',
        }),
      ),
    );
    const output = JSON.parse(upstream.body.toString('utf8') || '{}') as DynamoResponse;
    const units = output.ConsumedCapacity?.CapacityUnits ?? 0;
    const succeeded = upstream.status === 200;
    const conditionFailed = output.__type?.endsWith('#ConditionalCheckFailedException') ?? false;

    let failedConditionWriteUnits = 0;
    const indexUnits: Record<string, number> = {};
    if (isWrite && succeeded) {
      const after =
        operation === 'PutItem'
          ? input.Item
          : operation === 'UpdateItem'
            ? await readItem(input.TableName, keyOf(input))
            : undefined;
      for (const index of Object.values(tableDefinition.indexes)) {
        const indexWrites = indexWriteUnits(before, after, index);
        if (indexWrites > 0) indexUnits[index.name] = indexWrites;
      }
    } else if (isWrite && conditionFailed) {
      // Charged by the larger of the existing item and, for a put, the item sent.
      failedConditionWriteUnits = Math.max(
        before ? writeUnits(itemBytes(before)) : 1,
        operation === 'PutItem' && input.Item ? writeUnits(itemBytes(input.Item)) : 1,
      );
    }
    records.push({
      operation: succeeded || conditionFailed ? operation : `${operation} (failed)`,
      label: labelOf(operation, input),
      readUnits: succeeded && !isWrite ? units : 0,
      tableWriteUnits: succeeded && isWrite ? units : 0,
      failedConditionWriteUnits,
      indexWriteUnits: indexUnits,
      ...keysOf(operation, input),
      startedAt,
      endedAt: performance.now(),
    });

    if (callerAsked || output.ConsumedCapacity === undefined) return upstream;
    delete output.ConsumedCapacity;
    return { ...upstream, body: Buffer.from(JSON.stringify(output)) };
  }

  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      if (measuredOperations.has(operation)) {
        relay(await measure(operation, request, body), response);
        return;
      }
      if (!tableAdministration.has(operation)) unmeasured.push(operation);
      relay(await forward(request, body), response);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`capacity proxy: ${String(error)}`);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    takeRecords: () => records.splice(0),
    unmeasured,
    close: async () => {
      lookups.destroy();
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
