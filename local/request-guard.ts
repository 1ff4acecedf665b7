import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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

/** The names this machine's own pages and clients reach a port by. */
const ownHosts = (request: IncomingMessage) => {
  const port = request.socket.localPort;
  return [`127.0.0.1:${port}`, `localhost:${port}`];
};

/**
 * A Host other than 127.0.0.1 or localhost on the port the request came in on is 421: a
 * page from another site whose name was resolved to 127.0.0.1 (DNS rebinding).
 */
export function hostRefusal(request: IncomingMessage): Refusal | undefined {
  const hosts = ownHosts(request);
  if (hosts.includes((request.headers.host ?? '').toLowerCase())) return undefined;
  return { status: 421, message: `This server answers only to ${hosts.join(' and ')}` };
}

/**
 * A request another site's page made is 403: its `Origin` is not this port's own, or the
 * browser says it is cross-site (`Sec-Fetch-Site`, also on requests without `Origin`).
 */
export function foreignPageRefusal(request: IncomingMessage): Refusal | undefined {
  const origin = request.headers.origin?.toLowerCase();
  const site = request.headers['sec-fetch-site'];
  const ownOrigin = origin === undefined || ownHosts(request).some((h) => origin === `http://${h}`);
  if (ownOrigin && (site === undefined || site === 'same-origin' || site === 'none')) {
    return undefined;
  }
  return { status: 403, message: 'This server answers only its own pages, not another site' };
}

/** Without the data dir's token in `x-tandem-local-token`: 403. */
export function tokenRefusal(request: IncomingMessage, token: string): Refusal | undefined {
  const given = request.headers[localTokenHeader];
  if (typeof given === 'string' && sameSecret(given, token)) return undefined;
  return {
    status: 403,
    message: `Send the token of the data dir (file local-token) in ${localTokenHeader}`,
  };
}

/**
 * Why the local API must not answer a request, if it must not: a foreign Host is 421; an
 * internal endpoint without the data dir's token is 403.
 */
export function refusalOf(
  request: IncomingMessage,
  pathname: string,
  token: string,
): Refusal | undefined {
  const isInternal =
    pathname === internalPathPrefix.slice(0, -1) || pathname.startsWith(internalPathPrefix);
  return hostRefusal(request) ?? (isInternal ? tokenRefusal(request, token) : undefined);
}

/**
 * The local database answers only the handlers and the CLI: its own Host, no web page (it
 * would grant any page CORS `*`), and the data dir's token, which its SDK clients send.
 */
export const databaseRefusalOf = (request: IncomingMessage, token: string): Refusal | undefined =>
  hostRefusal(request) ?? foreignPageRefusal(request) ?? tokenRefusal(request, token);

/**
 * The local mail page is for a person at this machine's browser: its own Host, and no other
 * site's page may read the sign-in links in it.
 */
export const mailPageRefusalOf = (request: IncomingMessage): Refusal | undefined =>
  hostRefusal(request) ?? foreignPageRefusal(request);

/** Answers a refusal before the body is read: nothing of it is stored or acted on. */
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal) {
  response
    .writeHead(refusal.status, { 'content-type': 'application/json', connection: 'close' })
    .end(JSON.stringify({ message: refusal.message }));
  request.resume();
}

/**
 * Puts `refusalFor` in front of a server a library made (dynalite, the local SES): its own
 * request handler sees only the requests that pass.
 */
export function guardServer(
  server: Server,
  refusalFor: (request: IncomingMessage) => Refusal | undefined,
): Server {
  const handlers = server.listeners('request') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const refusal = refusalFor(request);
    if (refusal) return refuse(request, response, refusal);
    for (const handler of handlers) handler.call(server, request, response);
  });
  return server;
}
