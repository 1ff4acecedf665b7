// The local database (dynalite) in a worker thread of its own, started by local-database.ts.
// dynalite throws any storage error (disk full, a folder it cannot write) out of a callback,
// which ends the thread it runs in: here that is this worker, not the whole local system.
// Plain JavaScript: a worker thread on Node 20 does not take tsx's loader for its entry.
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';
import { Level } from 'level';
import { tsImport } from 'tsx/esm/api';

/** @type {{ path?: string, host: string, port: number, token: string }} */
const { path, host, port, token } = workerData;
// The same guard as the API port's (request-guard.ts), loaded through tsx's API since this
// thread has no TypeScript loader of its own.
const { databaseRefusalOf, guardServer } = await tsImport('./request-guard.ts', import.meta.url);

if (path) {
  // dynalite opens its store lazily and hides why an open failed ("Database is not open"):
  // opening it once here first makes the worker fail with the cause (a held lock, EACCES,
  // no space left) before it takes a request.
  const probe = new Level(path);
  try {
    await probe.open();
  } catch (error) {
    throw error instanceof Error && error.cause instanceof Error ? error.cause : error;
  }
  await probe.close();
}

// dynalite itself answers any Host and grants every page CORS `*`: only requests with this
// machine's Host, from no web page, with the data dir's token reach it.
const server = guardServer(
  dynalite({
    ...(path ? { path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  }),
  (request) => databaseRefusalOf(request, token),
);
server.listen(port, host, () => parentPort?.postMessage({ port: server.address().port }));

parentPort?.on('message', (message) => {
  // Closes the store cleanly (its lock included), then ends the thread.
  if (message === 'stop') server.close(() => process.exit(0));
});
