import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DecryptCommand, EncryptCommand, GenerateMacCommand, KMSClient } from '@aws-sdk/client-kms';
import type { HttpRequest } from '@smithy/core/protocols';
import { HttpResponse } from '@smithy/core/protocols';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putEvents } from '../../shared/aws/event-bridge';
import { AwsServiceError, createJsonRpcClient } from '../../shared/aws/json-rpc-client';
import { kmsDecrypt, kmsEncrypt, kmsHmacSha256 } from '../../shared/aws/kms';
import {
  roleCredentials as credentials,
  signedHeadersOf,
  signingDateOf,
  stubFunctionEnvironment,
} from '../support/sigv4';

// PutEvents and KMS's calls are signed POSTs without their SDK clients
// (shared/aws/json-rpc-client.ts). No AWS account is at hand, so each request is checked
// against the one the real client signs for the same input at the same moment: same address,
// same body to the byte, same signature.

const eventBridgeService = {
  signingName: 'events',
  targetPrefix: 'AWSEvents',
  endpointVariable: 'AWS_ENDPOINT_URL_EVENTBRIDGE',
};
const kmsService = {
  signingName: 'kms',
  targetPrefix: 'TrentService',
  endpointVariable: 'AWS_ENDPOINT_URL_KMS',
};

/** A request handler that keeps what the SDK client sends and answers `output`. */
function capturing(output: object) {
  const sent: HttpRequest[] = [];
  const requestHandler = {
    handle: async (request: HttpRequest) => {
      sent.push(request);
      const body = Readable.from([JSON.stringify(output)]);
      return { response: new HttpResponse({ statusCode: 200, headers: {}, body }) };
    },
  };
  return { sent, requestHandler };
}

/** The SDK client's headers that this client does not send itself (its invocation id, …). */
const sdkOnlyHeaders = (request: HttpRequest) =>
  Object.fromEntries(
    signedHeadersOf(request)
      .filter(
        (name) =>
          ![
            'host',
            'content-type',
            'content-length',
            'x-amz-target',
            'x-amz-date',
            'x-amz-security-token',
          ].includes(name),
      )
      .map((name) => [name, request.headers[name]!]),
  );

/** The two requests are the same to AWS: address, target, body and signature. */
async function expectSameRequest(
  service: typeof kmsService,
  operation: string,
  input: object,
  expected: HttpRequest,
) {
  const client = createJsonRpcClient(service);
  client.useHeaders(async () => sdkOnlyHeaders(expected));
  const actual = await client.signedRequest(operation, input, signingDateOf(expected));
  expect(actual.method).toBe('POST');
  expect(`${actual.hostname}${actual.path}`).toBe(`${expected.hostname}${expected.path}`);
  expect(actual.hostname).toBe(`${service.signingName}.eu-central-1.amazonaws.com`);
  expect(actual.headers['x-amz-target']).toBe(expected.headers['x-amz-target']);
  expect(actual.headers['content-type']).toBe(expected.headers['content-type']);
  // The SDK client's body is bytes, this client's the same text.
  expect(actual.body).toBe(new TextDecoder().decode(expected.body as Uint8Array));
  expect(signedHeadersOf(actual)).toEqual(signedHeadersOf(expected));
  expect(actual.headers.authorization).toBe(expected.headers.authorization);
}

describe('AWS JSON 1.1 calls without the SDK clients', () => {
  beforeEach(() => {
    stubFunctionEnvironment();
    vi.stubEnv('AWS_ENDPOINT_URL_EVENTBRIDGE', '');
    vi.stubEnv('AWS_ENDPOINT_URL_KMS', '');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('PutEvents: the EventBridge client’s request, body and signature', async () => {
    const { sent, requestHandler } = capturing({ FailedEntryCount: 0, Entries: [] });
    const entries = [
      {
        Source: 'tandem.webhooks',
        DetailType: 'CheckInRecorded',
        Detail: JSON.stringify({ carrierId: 'c-1', data: { note: 'ä – ع' } }),
        EventBusName: 'tandem-bus',
      },
      { Source: 'tandem.app', DetailType: 'MatchEnded', Detail: '{}', EventBusName: 'tandem-bus' },
    ];
    await new EventBridgeClient({ region: 'eu-central-1', credentials, requestHandler }).send(
      new PutEventsCommand({ Entries: entries }),
    );
    await expectSameRequest(eventBridgeService, 'PutEvents', { Entries: entries }, sent[0]!);
  });

  it('Encrypt, Decrypt and GenerateMac: the KMS client’s requests, bodies and signatures', async () => {
    const keyId = 'arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { sent, requestHandler } = capturing({});
    const sdk = new KMSClient({ region: 'eu-central-1', credentials, requestHandler });
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const sealed = Buffer.from('ciphertext blob \u0000\u00ff', 'latin1');
    await sdk.send(
      new EncryptCommand({
        KeyId: keyId,
        Plaintext: Buffer.from(secret, 'utf8'),
        EncryptionContext: { tandem: 'carrier:c-1' },
      }),
    );
    await sdk.send(
      new DecryptCommand({ CiphertextBlob: sealed, EncryptionContext: { tandem: 'carrier:c-1' } }),
    );
    await sdk.send(
      new GenerateMacCommand({
        Message: Buffer.from('p-2', 'utf8'),
        KeyId: keyId,
        MacAlgorithm: 'HMAC_SHA_256',
      }),
    );
    // The inputs as shared/aws/kms.ts writes them.
    await expectSameRequest(
      kmsService,
      'Encrypt',
      {
        KeyId: keyId,
        Plaintext: Buffer.from(secret).toString('base64'),
        EncryptionContext: { tandem: 'carrier:c-1' },
      },
      sent[0]!,
    );
    await expectSameRequest(
      kmsService,
      'Decrypt',
      { CiphertextBlob: sealed.toString('base64'), EncryptionContext: { tandem: 'carrier:c-1' } },
      sent[1]!,
    );
    await expectSameRequest(
      kmsService,
      'GenerateMac',
      {
        Message: Buffer.from('p-2').toString('base64'),
        KeyId: keyId,
        MacAlgorithm: 'HMAC_SHA_256',
      },
      sent[2]!,
    );
  });

  describe('over HTTP', () => {
    let server: Server;
    const answers: { status: number; body: object; headers?: Record<string, string> }[] = [];
    const seen: { headers: IncomingHttpHeaders; url: string; body: unknown }[] = [];
    beforeEach(async () => {
      answers.length = 0;
      seen.length = 0;
      server = createServer(async (request, response) => {
        seen.push({
          headers: request.headers,
          url: request.url ?? '',
          body: JSON.parse(await text(request)),
        });
        const answer = answers.shift() ?? { status: 500, body: {} };
        response
          .writeHead(answer.status, {
            'content-type': 'application/x-amz-json-1.1',
            ...answer.headers,
          })
          .end(JSON.stringify(answer.body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      vi.stubEnv('AWS_ENDPOINT_URL_EVENTBRIDGE', `http://127.0.0.1:${port}/_local/events`);
      vi.stubEnv('AWS_ENDPOINT_URL_KMS', `http://127.0.0.1:${port}/kms`);
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('puts events at the endpoint of AWS_ENDPOINT_URL_EVENTBRIDGE and gives the bus’s answer', async () => {
      answers.push({ status: 200, body: { FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] } });
      const entry = { Source: 's', DetailType: 'T', Detail: '{}', EventBusName: 'b' };
      expect(await putEvents([entry])).toEqual({
        FailedEntryCount: 0,
        Entries: [{ EventId: 'e-1' }],
      });
      expect(seen[0]!.url).toBe('/_local/events');
      expect(seen[0]!.headers['x-amz-target']).toBe('AWSEvents.PutEvents');
      expect(seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
      expect(seen[0]!.body).toEqual({ Entries: [entry] });
    });

    it('sends the extra headers it is given (the local system’s token)', async () => {
      answers.push({ status: 200, body: {} });
      const client = createJsonRpcClient(eventBridgeService);
      client.useHeaders(async () => ({ 'x-tandem-local-token': 'secret-token' }));
      await client.call('PutEvents', { Entries: [] });
      expect(seen[0]!.headers['x-tandem-local-token']).toBe('secret-token');
    });

    it('encrypts, decrypts and hashes with KMS’s base64 blobs', async () => {
      answers.push(
        { status: 200, body: { CiphertextBlob: 'c2VhbGVk', KeyId: 'k' } },
        { status: 200, body: { Plaintext: Buffer.from('whsec_ä').toString('base64') } },
        { status: 200, body: { Mac: Buffer.from([0, 1, 254, 255]).toString('base64') } },
      );
      expect(await kmsEncrypt('k', 'whsec_ä', { tandem: 'carrier:c-1' })).toBe('c2VhbGVk');
      expect(await kmsDecrypt('c2VhbGVk', { tandem: 'carrier:c-1' })).toBe('whsec_ä');
      expect(await kmsHmacSha256('k', 'p-2')).toBe('0001feff');
      expect(seen.map(({ headers, body }) => [headers['x-amz-target'], body])).toEqual([
        [
          'TrentService.Encrypt',
          {
            KeyId: 'k',
            Plaintext: Buffer.from('whsec_ä').toString('base64'),
            EncryptionContext: { tandem: 'carrier:c-1' },
          },
        ],
        [
          'TrentService.Decrypt',
          { CiphertextBlob: 'c2VhbGVk', EncryptionContext: { tandem: 'carrier:c-1' } },
        ],
        [
          'TrentService.GenerateMac',
          {
            Message: Buffer.from('p-2').toString('base64'),
            KeyId: 'k',
            MacAlgorithm: 'HMAC_SHA_256',
          },
        ],
      ]);
    });

    it('fails at once on a refusal, named as the SDK names it', async () => {
      answers.push({
        status: 400,
        body: {
          __type: 'com.amazonaws.kms#InvalidCiphertextException',
          message: 'wrong encryption context',
        },
      });
      const failure = await kmsDecrypt('c2VhbGVk', { tandem: 'carrier:c-2' }).catch((e) => e);
      expect(failure).toBeInstanceOf(AwsServiceError);
      expect(failure).toMatchObject({
        name: 'InvalidCiphertextException',
        statusCode: 400,
        message: 'InvalidCiphertextException: wrong encryption context',
      });
      expect(seen).toHaveLength(1);
    });

    it('tries again after throttling and a 5xx, and gives up after three tries', async () => {
      answers.push(
        { status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } },
        { status: 500, body: { __type: 'InternalException' } },
        { status: 200, body: { Entries: [{ EventId: 'e-1' }] } },
      );
      expect(await putEvents([])).toEqual({ Entries: [{ EventId: 'e-1' }] });
      expect(seen).toHaveLength(3);

      seen.length = 0;
      answers.push(
        { status: 503, body: {}, headers: { 'x-amzn-errortype': 'ServiceUnavailable:http://x' } },
        { status: 503, body: {}, headers: { 'x-amzn-errortype': 'ServiceUnavailable:http://x' } },
        { status: 503, body: {}, headers: { 'x-amzn-errortype': 'ServiceUnavailable:http://x' } },
      );
      await expect(putEvents([])).rejects.toMatchObject({
        name: 'ServiceUnavailable',
        statusCode: 503,
      });
      expect(seen).toHaveLength(3);
    });
  });
});
