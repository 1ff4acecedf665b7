import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { startSesServer } from './ses-server';
import type { FunderConfig } from '../shared/config/funder-config';
import { createApiServer, localEventBusPath } from './api-server';
import { localObjectStorePath, localReportsDir } from './object-store';
import { applyLocalAwsEnvironment, localBusName, localTableName } from './aws-environment';
import { LocalEventBus } from './event-bus';
import { startScheduler } from './scheduler';
import { ensureTable } from './table';

export const host = '127.0.0.1';

export interface LocalSystemOptions {
  readonly config: FunderConfig;
  /** Data lives under it: the database, dead letters, later reports. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly apiPort: number;
  readonly dynamodbPort: number;
  readonly sesPort: number;
  /** Keep the database in memory instead of under dataDir (tests). */
  readonly inMemory?: boolean;
  /** Use a database that is already running instead of starting one. */
  readonly dynamodbEndpoint?: string;
  /** Use a mail server that is already running instead of starting one. */
  readonly sesEndpoint?: string;
  readonly retryBaseDelayMs?: number;
  /** Run the daily schedules (off in tests, which invoke functions themselves). */
  readonly schedules?: boolean;
  readonly log?: (message: string) => void;
}

export interface LocalSystem {
  readonly urls: { api: string; dynamodb: string; ses: string; eventBridge: string; s3: string };
  readonly dataDir: string;
  readonly bus: LocalEventBus;
  stop(): Promise<void>;
}

async function listen(server: Server, port: number): Promise<string> {
  server.listen(port, host);
  await once(server, 'listening');
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

const close = (server: Server) =>
  new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections?.();
  });

/** Starts the whole system on one machine: database, mail, bus and HTTP API. */
export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const servers: Server[] = [];
  try {
    let dynamodbUrl = options.dynamodbEndpoint;
    if (!dynamodbUrl) {
      const database = dynalite({
        ...(options.inMemory ? {} : { path: join(dataDir, 'dynamodb') }),
        createTableMs: 0,
        deleteTableMs: 0,
        updateTableMs: 0,
      });
      servers.push(database);
      dynamodbUrl = await listen(database, options.dynamodbPort);
    }
    let sesUrl = options.sesEndpoint;
    if (!sesUrl) {
      const ses = await startSesServer({ host, port: options.sesPort });
      servers.push(ses);
      sesUrl = `http://${host}:${(ses.address() as AddressInfo).port}`;
    }
    const bus = new LocalEventBus({
      busName: localBusName,
      deadLetterDir: join(dataDir, 'dead-letters'),
      ...(options.retryBaseDelayMs === undefined
        ? {}
        : { retryBaseDelayMs: options.retryBaseDelayMs }),
      ...(options.log ? { log: options.log } : {}),
    });
    const api = createApiServer(bus, localReportsDir(dataDir));
    servers.push(api);
    const apiUrl = await listen(api, options.apiPort);
    const urls = {
      api: apiUrl,
      dynamodb: dynamodbUrl,
      ses: sesUrl,
      eventBridge: `${apiUrl}${localEventBusPath}`,
      s3: `${apiUrl}${localObjectStorePath}`,
    };
    applyLocalAwsEnvironment(urls, options.config);
    const client = new DynamoDBClient({ endpoint: urls.dynamodb });
    await ensureTable(client, localTableName);
    client.destroy();
    const stopScheduler = options.schedules
      ? startScheduler(options.config, options.log ?? (() => undefined))
      : () => undefined;
    return {
      urls,
      dataDir,
      bus,
      stop: async () => {
        stopScheduler();
        await bus.idle();
        for (const server of servers.reverse()) await close(server);
      },
    };
  } catch (error) {
    for (const server of servers.reverse()) await close(server);
    throw error;
  }
}
