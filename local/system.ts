import { once } from 'node:events';
import { chmod, mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { sesMaxRateFromEnv, startLocalSes, startSesRateLimit } from './ses-server';
import type { FunderConfig } from '../shared/config/funder-config';
import { createApiServer, localEventBusPath } from './api-server';
import { localObjectStorePath, localReportsDir } from './object-store';
import { applyLocalAwsEnvironment, localBusName, localTableName } from './aws-environment';
import { LocalEventBus } from './event-bus';
import { startScheduler } from './scheduler';
import { ensureTable } from './table';
import { startLocalDatabase, type LocalDatabase } from './local-database';
import {
  ensureLocalToken,
  localTokenHeader,
  rememberLocalToken,
  sendLocalToken,
} from './local-token';
import { envNames } from '../shared/config/runtime-env';
import { recordLocalSecretsKey, useLocalSecretsKey } from './secrets-key';

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
  /** Sends per second the local SES takes before it throttles (default `TANDEM_SES_MAX_RATE`). */
  readonly sesMaxRate?: number;
  /** The first retry after this many ms, the later ones in proportion (tests). */
  readonly retryBaseDelayMs?: number;
  /** Multiplies the routes' retry delays (1, the default, is as deployed). */
  readonly retryDelayScale?: number;
  /** How long `stop()` keeps delivering pending events (default 3 s); the rest waits on disk. */
  readonly shutdownDrainMs?: number;
  /** Run the daily schedules (off in tests, which invoke functions themselves). */
  readonly schedules?: boolean;
  readonly log?: (message: string) => void;
}

export interface LocalSystem {
  readonly urls: { api: string; dynamodb: string; ses: string; eventBridge: string; s3: string };
  readonly dataDir: string;
  readonly bus: LocalEventBus;
  /** The token `/_local/…` requires (also in `<dataDir>/local-token`). */
  readonly localToken: string;
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
  const localToken = await prepareDataDir(dataDir);
  await useLocalSecretsKey(dataDir);
  const servers: Server[] = [];
  let database: LocalDatabase | undefined;
  try {
    let dynamodbUrl = options.dynamodbEndpoint;
    if (!dynamodbUrl) {
      database = await startLocalDatabase({
        host,
        port: options.dynamodbPort,
        ...(options.inMemory ? {} : { path: join(dataDir, 'dynamodb') }),
        token: localToken,
        log: options.log ?? (() => undefined),
      });
      dynamodbUrl = database.url;
    }
    let sesUrl = options.sesEndpoint;
    if (!sesUrl) {
      const ses = await startLocalSes({ host, port: options.sesPort });
      servers.push(ses);
      sesUrl = `http://${host}:${(ses.address() as AddressInfo).port}`;
    }
    const sesMaxRate = options.sesMaxRate ?? sesMaxRateFromEnv();
    if (sesMaxRate !== undefined) {
      // SPEC §8: the handlers' SES client goes through a limiter that throttles like SES.
      const limit = await startSesRateLimit({
        host,
        upstream: sesUrl,
        maxRatePerSecond: sesMaxRate,
      });
      servers.push(limit.server);
      sesUrl = limit.url;
    }
    const bus = new LocalEventBus({
      busName: localBusName,
      queueDir: join(dataDir, 'bus'),
      deadLetterDir: join(dataDir, 'dead-letters'),
      ...(options.retryBaseDelayMs === undefined
        ? {}
        : { retryBaseDelayMs: options.retryBaseDelayMs }),
      ...(options.retryDelayScale === undefined
        ? {}
        : { retryDelayScale: options.retryDelayScale }),
      ...(options.log ? { log: options.log } : {}),
    });
    const api = createApiServer(bus, localReportsDir(dataDir), localToken, () =>
      database?.failure(),
    );
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
    await authorizeLocalClients(localToken);
    rememberLocalToken(apiUrl, localToken);
    // Links in e-mails point at this system's own web app (SPEC §7), unless the config names one.
    process.env[envNames.appUrl] = apiUrl;
    const client = new DynamoDBClient({ endpoint: urls.dynamodb });
    sendLocalToken(client, localToken);
    await ensureTable(client, localTableName, {
      rebuildDir: dataDir,
      ...(options.log ? { log: options.log } : {}),
    });
    await recordLocalSecretsKey(dataDir);
    client.destroy();
    // Delivers what the last run left on the queues; the handlers' clients are ready now.
    await bus.open();
    const stopScheduler = options.schedules
      ? startScheduler(options.config, options.log ?? (() => undefined))
      : () => undefined;
    return {
      urls,
      dataDir,
      bus,
      localToken,
      stop: async () => {
        stopScheduler();
        const left = await bus.stop({ drainMs: options.shutdownDrainMs ?? 3_000 });
        if (left > 0) {
          options.log?.(`${left} event(s) not yet processed stay in ${join(dataDir, 'bus')}`);
        }
        for (const server of servers.reverse()) await close(server);
        await database?.stop();
      },
    };
  } catch (error) {
    for (const server of servers.reverse()) await close(server);
    await database?.stop();
    throw error;
  }
}

/**
 * Creates the data dir for its owner only (0700, also when it exists: webhook secrets and
 * the token are in it) and its token; names the folder and the cause when it cannot.
 */
async function prepareDataDir(dataDir: string): Promise<string> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await chmod(dataDir, 0o700);
    return await ensureLocalToken(dataDir);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Tandem cannot use its data dir ${dataDir}: ${cause}`, { cause: error });
  }
}

/**
 * The handlers' clients for the database, the bus and the object store send the token (the
 * SDK clients through a middleware added here, the signed requests of shared/aws/ as an extra
 * header): the handlers stay as deployed. Loaded only now, once the local endpoints are in the
 * environment.
 */
async function authorizeLocalClients(token: string): Promise<void> {
  const [{ dynamo }, { eventBridge }, { s3 }, { s3Reader }] = await Promise.all([
    import('../shared/aws/dynamo'),
    import('../shared/aws/event-bridge'),
    import('../shared/aws/s3'),
    import('../shared/aws/s3-object-reader'),
  ]);
  sendLocalToken(dynamo, token);
  sendLocalToken(s3, token);
  const withToken = async () => ({ [localTokenHeader]: token });
  eventBridge.useHeaders(withToken);
  s3Reader.useHeaders(withToken);
}
