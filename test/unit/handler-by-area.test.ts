import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handlerByArea } from '../../functions/web/handler-by-area';

// functions/web/handler-by-area.ts: an area's code is loaded with the first request for it,
// once, and only for a path of that area.

const get = (path: string): LambdaEvent => ({
  version: '2.0',
  routeKey: 'GET /app/office/{proxy+}',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'localhost' },
  requestContext: {
    accountId: '000000000000',
    authentication: null,
    authorizer: {},
    apiId: 'test',
    domainName: 'localhost',
    domainPrefix: 'test',
    http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    requestId: 'test',
    routeKey: 'GET /app/office/{proxy+}',
    stage: '$default',
    time: '',
    timeEpoch: 0,
  },
  body: null,
  isBase64Encoded: false,
});

const context = {} as LambdaContext;

function areasCountingLoads(failFirstLoadOf?: string) {
  const loads: string[] = [];
  const area = (name: string) => async () => {
    loads.push(name);
    if (name === failFirstLoadOf && loads.filter((loaded) => loaded === name).length === 1) {
      throw new Error('the chunk could not be read');
    }
    return new Hono().get(`/office/${name}/:id`, (c) => c.text(`${name} ${c.req.param('id')}`));
  };
  return { loads, areas: { carriers: area('carriers'), staff: area('staff') } };
}

/** hono's answer for API Gateway. */
const answer = (value: unknown) => value as { statusCode: number; body: string };

describe('a function that serves several areas', () => {
  it('loads an area with its first request, once, and no other area', async () => {
    const { loads, areas } = areasCountingLoads();
    const handler = handlerByArea('/app/office/', areas);
    expect(loads).toEqual([]);
    const first = answer(await handler(get('/app/office/staff/s1'), context));
    expect(first).toMatchObject({ statusCode: 200, body: 'staff s1' });
    await handler(get('/app/office/staff/s2'), context);
    expect(loads).toEqual(['staff']);
    const carriers = answer(await handler(get('/app/office/carriers/c1'), context));
    expect(carriers).toMatchObject({ statusCode: 200, body: 'carriers c1' });
    expect(loads).toEqual(['staff', 'carriers']);
  });

  it('answers a path of no area with the not-found page, loading nothing', async () => {
    const { loads, areas } = areasCountingLoads();
    const handler = handlerByArea('/app/office/', areas);
    for (const path of ['/app/office/periods/p1', '/app/office/', '/app/office/toString/x']) {
      expect(answer(await handler(get(path), context)).statusCode).toBe(404);
    }
    expect(loads).toEqual([]);
  });

  it('tries a load that failed again with the next request', async () => {
    const { loads, areas } = areasCountingLoads('staff');
    const handler = handlerByArea('/app/office/', areas);
    await expect(handler(get('/app/office/staff/s1'), context)).rejects.toThrow(
      /could not be read/,
    );
    const retried = answer(await handler(get('/app/office/staff/s1'), context));
    expect(retried).toMatchObject({ statusCode: 200, body: 'staff s1' });
    expect(loads).toEqual(['staff', 'staff']);
  });
});
