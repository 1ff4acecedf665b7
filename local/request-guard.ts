import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { localTokenHeader } from './local-token';

/** The internal endpoints of the local system: bus, object store, functions, dead letters. */
export const internalPathPrefix = '/_local/';

export interface Refusal {
  readonly status: number;
  readonly message: string;
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Why the local API must not answer a request, if it must not: a Host other than
 * 127.0.0.1 or localhost on the port the request came in on (DNS rebinding: a page from
 * another site resolved to 127.0.0.1) is 421; an internal endpoint without the data dir's
 * token is 403.
 */
export function refusalOf(
  request: IncomingMessage,
  pathname: string,
  token: string,
): Refusal | undefined {
  const port = request.socket.localPort;
  const host = (request.headers.host ?? '').toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return {
      status: 421,
      message: `This server answers only to 127.0.0.1:${port} and localhost:${port}`,
    };
  }
  const isInternal =
    pathname === internalPathPrefix.slice(0, -1) || pathname.startsWith(internalPathPrefix);
  if (isInternal) {
    const given = request.headers[localTokenHeader];
    if (typeof given !== 'string' || !sameSecret(given, token)) {
      return {
        status: 403,
        message: `Internal endpoint: send the token of the data dir (file local-token) in ${localTokenHeader}`,
      };
    }
  }
  return undefined;
}
