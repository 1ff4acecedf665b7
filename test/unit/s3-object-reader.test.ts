import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { HttpRequest } from '@smithy/core/protocols';
import { HttpResponse } from '@smithy/core/protocols';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createObjectReader } from '../../shared/aws/s3-object-reader';
import {
  roleCredentials as credentials,
  signedHeadersOf,
  signingDateOf,
  stubFunctionEnvironment,
} from '../support/sigv4';

// The report pages read S3 without the S3 client (shared/aws/s3-object-reader.ts). No AWS
// account is at hand, so the request is checked against the one the real S3 client signs for
// the same object at the same moment: same address, same signed headers, same signature.

const bucket = 'tandem-reportbucket-1a2b3c4d5e6f';
// A period id may hold ':' and '.', which S3 keys carry percent-encoded in the path.
const key = '2026-h1:pilot/2026-12-05T10:00:00.000Z-ab/summary.ar.html';

/** What the real S3 client sends for GetObject (answered with a 404 here, never sent). */
async function requestOfTheS3Client(): Promise<HttpRequest> {
  let sent: HttpRequest | undefined;
  const client = new S3Client({
    region: 'eu-central-1',
    credentials,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        sent = request;
        const body = Readable.from([
          '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>-</Message></Error>',
        ]);
        return { response: new HttpResponse({ statusCode: 404, headers: {}, body }) };
      },
    },
  });
  await client.send(new GetObjectCommand({ Bucket: bucket, Key: key })).catch(() => undefined);
  if (!sent) throw new Error('the S3 client sent nothing');
  return sent;
}

describe('reading a report file without the S3 client', () => {
  beforeEach(() => {
    stubFunctionEnvironment();
    vi.stubEnv('AWS_ENDPOINT_URL_S3', '');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('sends the S3 client’s address and signs the headers it signs', async () => {
    const expected = await requestOfTheS3Client();
    const signingDate = signingDateOf(expected);
    const actual = await createObjectReader().signedRequest(bucket, key, signingDate);

    expect(actual.method).toBe('GET');
    expect(actual.hostname).toBe(expected.hostname);
    expect(actual.hostname).toBe(`${bucket}.s3.eu-central-1.amazonaws.com`);
    expect(actual.path).toBe(expected.path);
    expect(actual.query).toEqual(expected.query);
    expect(actual.path).toContain('2026-h1%3Apilot/');
    // The S3 client also signs a header this reader does not send (x-amz-checksum-mode, to
    // check a checksum it reads back): every header the reader signs, the S3 client signs too.
    const readerSigns = signedHeadersOf(actual);
    expect(readerSigns).toEqual([
      'host',
      'x-amz-content-sha256',
      'x-amz-date',
      'x-amz-security-token',
    ]);
    for (const header of readerSigns) {
      expect(signedHeadersOf(expected)).toContain(header);
      expect(actual.headers[header]).toBe(expected.headers[header]);
    }
  });

  it('gives the same signature as the SDK signer over the S3 client’s own headers', async () => {
    const expected = await requestOfTheS3Client();
    const extra = Object.fromEntries(
      signedHeadersOf(expected)
        .filter(
          (name) =>
            !['host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-security-token'].includes(name),
        )
        .map((name) => [name, expected.headers[name]]),
    );
    const reader = createObjectReader();
    reader.useHeaders(async () => extra);
    const signingDate = signingDateOf(expected);
    const actual = await reader.signedRequest(bucket, key, signingDate);
    expect(signedHeadersOf(actual)).toEqual(signedHeadersOf(expected));
    expect(actual.headers.authorization).toBe(expected.headers.authorization);
  });

  it('goes to the endpoint of AWS_ENDPOINT_URL_S3 path style, as the local object store wants', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_S3', 'http://127.0.0.1:3000/_local/s3');
    const request = await createObjectReader().signedRequest(
      'tandem-reports',
      'p1/r1/summary.json',
    );
    expect(`${request.protocol}//${request.hostname}:${request.port}${request.path}`).toBe(
      'http://127.0.0.1:3000/_local/s3/tandem-reports/p1/r1/summary.json',
    );
    expect(request.headers.host).toBe('127.0.0.1:3000');
  });

  describe('over HTTP', () => {
    let server: Server;
    const answers: { status: number; body: string }[] = [];
    const seen: string[] = [];
    beforeEach(async () => {
      answers.length = 0;
      seen.length = 0;
      server = createServer((request, response) => {
        seen.push(
          `${request.method} ${request.url} ${request.headers.authorization ? 'signed' : ''}`,
        );
        const answer = answers.shift() ?? { status: 500, body: '' };
        response.writeHead(answer.status).end(answer.body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      vi.stubEnv('AWS_ENDPOINT_URL_S3', `http://127.0.0.1:${port}/s3`);
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const s3Error = (code: string) => `<?xml version="1.0"?><Error><Code>${code}</Code></Error>`;

    it('gives the body, after another try when S3 was briefly unavailable', async () => {
      answers.push({ status: 503, body: s3Error('SlowDown') }, { status: 200, body: 'تقرير' });
      expect(await createObjectReader().read('b', 'p/r/report.json')).toBe('تقرير');
      expect(seen).toEqual([
        'GET /s3/b/p/r/report.json?x-id=GetObject signed',
        'GET /s3/b/p/r/report.json?x-id=GetObject signed',
      ]);
    });

    it('gives nothing for a missing key, whether S3 says NoSuchKey or (without ListBucket) AccessDenied', async () => {
      answers.push({ status: 404, body: s3Error('NoSuchKey') });
      answers.push({ status: 403, body: s3Error('AccessDenied') });
      const reader = createObjectReader();
      expect(await reader.read('b', 'missing.json')).toBeUndefined();
      expect(await reader.read('b', 'missing.json')).toBeUndefined();
    });

    it('fails on any other refusal, at once, naming S3’s code', async () => {
      answers.push({ status: 403, body: s3Error('SignatureDoesNotMatch') });
      await expect(createObjectReader().read('b', 'k.json')).rejects.toThrow(
        /403 SignatureDoesNotMatch/,
      );
      expect(seen).toHaveLength(1);
    });

    it('gives up after three tries', async () => {
      answers.push(
        { status: 500, body: s3Error('InternalError') },
        { status: 500, body: s3Error('InternalError') },
        { status: 500, body: s3Error('InternalError') },
      );
      await expect(createObjectReader().read('b', 'k.json')).rejects.toThrow(/500 InternalError/);
      expect(seen).toHaveLength(3);
    });
  });
});
