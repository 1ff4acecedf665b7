import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { TestProject } from 'vitest/node';
import { localTableName } from '../../local/aws-environment';
import { startLocalSes } from '../../local/ses-server';
import { ensureTable } from '../../local/table';
import { chromiumExecutable } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
  }
}

/**
 * One real dynalite and one local SES for the whole run, on free ports. Each test file
 * then starts its own bus and HTTP API against them (setup-local-system.ts).
 */
export default async function setup(project: TestProject) {
  // Unpacks the npm Chromium (where Debian's is missing) once, before the workers start.
  process.env.TANDEM_CHROMIUM = await chromiumExecutable();
  const database: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  database.listen(0, '127.0.0.1');
  await once(database, 'listening');
  const dynamodbEndpoint = `http://127.0.0.1:${(database.address() as AddressInfo).port}`;
  const ses = await startLocalSes({ host: '127.0.0.1', port: 0 });
  const sesEndpoint = `http://127.0.0.1:${(ses.address() as AddressInfo).port}`;

  const client = new DynamoDBClient({
    endpoint: dynamodbEndpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(client, localTableName);
  client.destroy();

  project.provide('dynamodbEndpoint', dynamodbEndpoint);
  project.provide('sesEndpoint', sesEndpoint);
  return async () => {
    await new Promise((done) => ses.close(done));
    await new Promise((done) => database.close(done));
  };
}
