import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sesLocal from 'aws-ses-v2-local';
import { guardServer, mailPageRefusalOf, refuse } from './request-guard';

type StartSesServer = typeof sesLocal;

// aws-ses-v2-local is CommonJS with `exports.default`: Node's ESM loader hands over the
// whole exports object, bundlers and vitest the function itself. Accept both.
export const startSesServer: StartSesServer =
  (sesLocal as unknown as { default?: StartSesServer }).default ?? sesLocal;

/**
 * The local SES with its page of sent mail, which holds sign-in and contact-done links: it
 * answers only to this machine's names and to no other site's page (request-guard.ts).
 */
export async function startLocalSes(options: { host: string; port: number }): Promise<Server> {
  return guardServer(await startSesServer(options), mailPageRefusalOf);
}

/** SPEC §8: e-mails per second the local SES takes before it throttles (unset: no limit). */
export const sesMaxRateVariable = 'TANDEM_SES_MAX_RATE';

/** `TANDEM_SES_MAX_RATE` as a number, or undefined when unset; anything else stops the start. */
export function sesMaxRateFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env[sesMaxRateVariable];
  if (value === undefined || value === '') return undefined;
  const rate = Number(value);
  if (!Number.isInteger(rate) || rate < 1) {
    throw new Error(`${sesMaxRateVariable} must be a whole number of e-mails per second ≥ 1`);
  }
  return rate;
}

/** The requests that send mail, by SES v2's REST paths. */
const sendPaths = new Set(['/v2/email/outbound-emails', '/v2/email/outbound-bulk-emails']);

/**
 * SES v2's answer to a send above the account's sending rate, as the real service gives it
 * (HTTP 429, the error type in `x-amzn-ErrorType`): the real SDK turns it into a
 * `TooManyRequestsException`, retries it a few times, then throws it.
 */
function refuseAsThrottled(response: ServerResponse): void {
  response.writeHead(429, {
    'content-type': 'application/json',
    'x-amzn-errortype': 'TooManyRequestsException',
    'x-amzn-requestid': randomUUID(),
  });
  response.end(JSON.stringify({ message: 'Maximum sending rate exceeded.' }));
}

export interface SesRateLimit {
  readonly server: Server;
  readonly url: string;
  /** Sends refused so far (each a throttling error the SDK saw). */
  readonly refused: () => number;
  /** Sends let through so far, and when the first and the last were (epoch ms; 0: none yet). */
  readonly admitted: () => {
    readonly count: number;
    readonly firstAt: number;
    readonly lastAt: number;
  };
}

export interface SesRateLimitOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The local SES it fronts. */
  readonly upstream: string;
  readonly maxRatePerSecond: number;
}

/**
 * A small proxy in front of the local SES that, like a real account, takes at most
 * `maxRatePerSecond` sends in each second and refuses the rest with SES's throttling error.
 * Everything else (the mail page, the store) passes through unchanged.
 */
export async function startSesRateLimit(options: SesRateLimitOptions): Promise<SesRateLimit> {
  const upstream = new URL(options.upstream);
  let second = 0;
  let sentThisSecond = 0;
  let refused = 0;
  let admittedCount = 0;
  let firstAdmittedAt = 0;
  let lastAdmittedAt = 0;

  /** Counts a send in its second (by arrival, as SES does); false when the second is full. */
  const admit = (): boolean => {
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) {
      second = now;
      sentThisSecond = 0;
    }
    if (sentThisSecond >= options.maxRatePerSecond) return false;
    sentThisSecond++;
    admittedCount++;
    lastAdmittedAt = Date.now();
    firstAdmittedAt ||= lastAdmittedAt;
    return true;
  };

  const server = createServer((incoming, response) => {
    // It passes the mail page through: the same guard as the SES it fronts.
    const refusal = mailPageRefusalOf(incoming);
    if (refusal) return refuse(incoming, response, refusal);
    const path = (incoming.url ?? '/').split('?')[0]!;
    if (incoming.method === 'POST' && sendPaths.has(path) && !admit()) {
      refused++;
      incoming.resume();
      refuseAsThrottled(response);
      return;
    }
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', (error) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`local SES unreachable: ${error.message}`);
    });
    incoming.pipe(forwarded);
  });
  server.listen(options.port ?? 0, options.host);
  await once(server, 'listening');
  return {
    server,
    url: `http://${options.host}:${(server.address() as AddressInfo).port}`,
    refused: () => refused,
    admitted: () => ({ count: admittedCount, firstAt: firstAdmittedAt, lastAt: lastAdmittedAt }),
  };
}
