import { randomBytes } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MiddlewareStack } from '@smithy/types';
import { writeFileDurably } from './durable-files';

/**
 * The local system's internal endpoints (`/_local/…`: the bus, the object store, function
 * invocation, dead letters) take requests only with this token. It lives in
 * `<dataDir>/local-token`, readable by its owner only; the CLI reads it from there, the SDK
 * clients of the handlers in the same process send it through a middleware. A web page
 * cannot send the header without a CORS preflight, which the local API never grants.
 */
export const localTokenHeader = 'x-tandem-local-token';

export const localTokenFile = (dataDir: string): string => join(dataDir, 'local-token');

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The data dir's token: the one already there, else a new random one (mode 0600). */
export async function ensureLocalToken(dataDir: string): Promise<string> {
  const file = localTokenFile(dataDir);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (tokenPattern.test(existing)) {
      await chmod(file, 0o600);
      return existing;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  await writeFileDurably(file, `${token}\n`);
  await chmod(file, 0o600);
  return token;
}

/** The data dir of `npm start` and of the CLI (SPEC §8). */
export const localDataDir = (): string => resolve(process.env.TANDEM_DATA_DIR ?? '.tandem');

const tokensByApiUrl = new Map<string, string>();

/** A local system in this process tells callers in this process its token. */
export const rememberLocalToken = (apiUrl: string, token: string): void => {
  tokensByApiUrl.set(apiUrl, token);
};

/**
 * The token for the local system at `apiUrl`: known when it runs in this process, else read
 * from the data dir (TANDEM_DATA_DIR, default `.tandem`), as the CLI does.
 */
export async function localTokenFor(apiUrl: string): Promise<string> {
  const known = tokensByApiUrl.get(apiUrl);
  if (known) return known;
  const file = localTokenFile(localDataDir());
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    throw new Error(
      `Cannot read the local system's token ${file} (${(error as Error).message}): run the command as the user of \`npm start\`, with the same TANDEM_DATA_DIR`,
      { cause: error },
    );
  }
}

/** Any AWS SDK v3 client (its middleware stack is what the token needs). */
interface SdkClient {
  // The stack's input and output types differ per client; the middleware touches neither.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly middlewareStack: MiddlewareStack<any, any>;
}

/**
 * Makes an SDK client send the token with every request (a build-step middleware). Given
 * a function, the token is read at the first request: a command that never reaches the
 * local system needs none.
 */
export function sendLocalToken(client: SdkClient, token: string | (() => Promise<string>)): void {
  let known: Promise<string> | undefined;
  const tokenNow = () => (known ??= typeof token === 'string' ? Promise.resolve(token) : token());
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers[localTokenHeader] = await tokenNow();
      return next(args);
    },
    { step: 'build', name: 'tandemLocalToken', override: true },
  );
}
