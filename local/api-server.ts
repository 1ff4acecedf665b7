import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { invokableRoute } from '../shared/events/schedules';
import { httpRoutes, type HttpRoute } from '../shared/http/routes';
import type { LocalEventBus } from './event-bus';
import { loadHandler, localContext } from './handlers';
import { localObjectStorePath, serveObject } from './object-store';
import { refusalOf, refuse } from './request-guard';
import { localRedrivePath } from './dead-letters';
import { problems } from '../shared/http/problem';

/** Where the local bus takes PutEvents (AWS_ENDPOINT_URL_EVENTBRIDGE points here). */
export const localEventBusPath = '/_local/events';
/**
 * `POST /_local/functions/<id>` runs a scheduled function now, like `aws lambda invoke`,
 * and answers once the events it caused are processed (the operator CLI uses it).
 */
export const localInvokePath = '/_local/functions/';

/** How long a local invocation waits for the events it caused (retries can take hours). */
const invokeWaitMs = 60_000;

/** API Gateway's own payload limit; the handlers enforce their tighter ones. */
const maxRequestBytes = 10 * 1024 * 1024;

interface CompiledRoute {
  readonly route: HttpRoute;
  readonly pattern: RegExp;
  readonly parameterNames: string[];
}

const compile = (route: HttpRoute): CompiledRoute => {
  const parameterNames: string[] = [];
  // `{name+}` is API Gateway's greedy parameter: the rest of the path, slashes included.
  const source = route.path.replace(/\{(\w+)(\+?)\}/g, (_, name: string, greedy: string) => {
    parameterNames.push(name);
    return greedy ? '(.+)' : '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), parameterNames };
};

const compiledRoutes = httpRoutes.map(compile);

/**
 * The local HTTP API: turns each request into an API Gateway HTTP API (payload 2.0) event
 * for the same handler the deployed route invokes, and serves the local bus's endpoint.
 */
export function createApiServer(
  bus: LocalEventBus,
  reportsDir: string,
  /** The data dir's token (local-token.ts) that `/_local/…` requires. */
  localToken: string,
  /** Why the database fails right now (local-database.ts), or undefined while it works. */
  storeFailure: () => string | undefined = () => undefined,
): Server {
  return createServer((request, response) => {
    const refusal = refusalOf(
      request,
      new URL(request.url ?? '/', 'http://localhost').pathname,
      localToken,
    );
    if (refusal) return refuse(request, response, refusal);
    serve(request, response, bus, reportsDir, storeFailure).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`local API server error: ${String(error)}`);
    });
  });
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  bus: LocalEventBus,
  reportsDir: string,
  storeFailure: () => string | undefined,
) {
  const body = await readBody(request);
  if (body === undefined) {
    response
      .writeHead(413, { 'content-type': 'application/json' })
      .end('{"message":"Request Entity Too Large"}');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';

  if (method === 'POST' && url.pathname.replace(/\/$/, '') === localEventBusPath) {
    const input = JSON.parse(body.toString('utf8')) as { Entries?: [] };
    const output = await bus.putEvents(input.Entries ?? []);
    response
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify(output));
    return;
  }

  if (url.pathname.startsWith(`${localObjectStorePath}/`)) {
    await serveObject(
      method,
      url.pathname.slice(localObjectStorePath.length),
      body,
      reportsDir,
      response,
    );
    return;
  }

  if (method === 'POST' && url.pathname === localRedrivePath) {
    await redrive(body, response, bus);
    return;
  }

  if (method === 'POST' && url.pathname.startsWith(localInvokePath)) {
    await invoke(url.pathname.slice(localInvokePath.length), body, response, bus);
    return;
  }

  for (const { route, pattern, parameterNames } of compiledRoutes) {
    const match = pattern.exec(url.pathname);
    if (!match || route.method !== method) continue;
    const pathParameters = decodePathParameters(parameterNames, match);
    if (!pathParameters) {
      response
        .writeHead(400, { 'content-type': 'application/json' })
        .end('{"message":"Bad Request"}');
      return;
    }
    // SPEC §2: while the table fails, the API answers 503 with Retry-After and takes nothing.
    // (The web app's pages say it in the coordinator's language themselves.)
    const failure = route.path.startsWith('/v1/') && !route.public ? storeFailure() : undefined;
    if (failure) {
      const refused = problems.unavailable(new Error(failure)).toResponse();
      response.writeHead(refused.statusCode ?? 503, refused.headers as Record<string, string>);
      response.end(refused.body);
      return;
    }
    const handler = await loadHandler(route.handler);
    const event = toApiGatewayEvent(request, url, route, pathParameters, body);
    const result = (await handler(
      event,
      localContext(route.id),
    )) as APIGatewayProxyStructuredResultV2;
    // Like API Gateway (payload 2.0): each entry of `cookies` becomes one Set-Cookie header.
    const headers: Record<string, string | string[]> = {
      ...(result.headers as Record<string, string>),
    };
    if (result.cookies?.length) headers['set-cookie'] = result.cookies;
    response.writeHead(result.statusCode ?? 200, headers);
    response.end(
      result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''),
    );
    return;
  }
  response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
}

async function invoke(id: string, body: Buffer, response: ServerResponse, bus: LocalEventBus) {
  const route = invokableRoute(id);
  if (!route) {
    response
      .writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ message: `No function ${id}` }));
    return;
  }
  const handler = await loadHandler(route.handler);
  try {
    const result = await handler(
      body.length ? JSON.parse(body.toString('utf8')) : {},
      localContext(route.id),
    );
    // Its events are processed by then, unless one waits for a retry for longer.
    await bus.idleWithin(invokeWaitMs);
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(result ?? null));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response
      .writeHead(500, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errorMessage: message }));
  }
}

async function redrive(body: Buffer, response: ServerResponse, bus: LocalEventBus) {
  const { route } = (body.length ? JSON.parse(body.toString('utf8')) : {}) as { route?: string };
  try {
    const result = await bus.redrive(route);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  } catch (error) {
    const status = error instanceof RangeError ? 404 : 500;
    response
      .writeHead(status, { 'content-type': 'application/json' })
      .end(
        JSON.stringify({ errorMessage: error instanceof Error ? error.message : String(error) }),
      );
  }
}

/** The path's parameters, decoded; undefined for a malformed escape (API Gateway: 400). */
function decodePathParameters(names: readonly string[], match: RegExpExecArray) {
  try {
    return Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]),
    );
  } catch {
    return undefined;
  }
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function toApiGatewayEvent(
  request: IncomingMessage,
  url: URL,
  route: HttpRoute,
  pathParameters: Record<string, string>,
  body: Buffer,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // Like API Gateway (payload 2.0): the Cookie header arrives as the `cookies` array.
  const cookies = headers.cookie?.split(/;\s*/).filter(Boolean);
  delete headers.cookie;
  const query = url.searchParams;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: url.pathname,
    rawQueryString: query.toString(),
    headers,
    // Like API Gateway: a repeated parameter arrives as one comma-joined value.
    ...(query.size
      ? {
          queryStringParameters: Object.fromEntries(
            [...new Set(query.keys())].map((name) => [name, query.getAll(name).join(',')]),
          ),
        }
      : {}),
    pathParameters,
    ...(cookies?.length ? { cookies } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${route.method} ${route.path}`,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    // Binary-safe, like API Gateway with a binary body: the handler sees the exact bytes.
    body: body.toString('base64'),
    isBase64Encoded: true,
  };
}
