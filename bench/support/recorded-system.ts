import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { startCapacityProxy } from './capacity-proxy';
import { startBenchSystem } from './local-system';

/**
 * An in-memory dynalite, the capacity-recording proxy in front of it, and the local system
 * talking through the proxy; plus a client that goes straight to dynalite, for loading and
 * scanning without being recorded.
 */
export async function startRecordedSystem() {
  const database = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  database.listen(0, '127.0.0.1');
  await once(database, 'listening');
  const databaseUrl = `http://127.0.0.1:${(database.address() as AddressInfo).port}`;
  const proxy = await startCapacityProxy(databaseUrl);
  const bench = await startBenchSystem({ dynamodbEndpoint: proxy.url });
  const direct = new DynamoDBClient({ endpoint: databaseUrl });
  const directDocuments = DynamoDBDocumentClient.from(direct);
  return {
    bench,
    system: bench.system,
    proxy,
    direct,
    directDocuments,
    stop: async () => {
      directDocuments.destroy();
      direct.destroy();
      await bench.stop();
      await proxy.close();
      await new Promise<void>((done) => database.close(() => done()));
    },
  };
}
