// The local database (dynalite) in a worker thread of its own, started by local-database.ts.
// dynalite throws any storage error (disk full, a folder it cannot write) out of a callback,
// which ends the thread it runs in: here that is this worker, not the whole local system.
// Plain JavaScript: a worker thread on Node 20 does not take tsx's loader for its entry.
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';
import { Level } from 'level';

/** @type {{ path?: string, host: string, port: number }} */
const { path, host, port } = workerData;

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

const server = dynalite({
  ...(path ? { path } : {}),
  createTableMs: 0,
  deleteTableMs: 0,
  updateTableMs: 0,
});
server.listen(port, host, () => parentPort?.postMessage({ port: server.address().port }));

parentPort?.on('message', (message) => {
  // Closes the store cleanly (its lock included), then ends the thread.
  if (message === 'stop') server.close(() => process.exit(0));
});
