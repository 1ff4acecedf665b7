import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localContext } from '../../local/handlers';
import { envNames } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';
import { eventRoutes, retryDelaySeconds } from '../../shared/events/routes';

// A failed queue record gets its route's next retry delay through the real SQS client's
// ChangeMessageVisibility, sent to a small HTTP endpoint that records what the SDK sent.

interface SqsRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

const requests: SqsRequest[] = [];
let server: Server;
let queueUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  queueUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/000000000000/tandem-digests`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

afterEach(() => {
  requests.length = 0;
  delete process.env[envNames.queueUrl];
});

const digestRoute = eventRoutes.find((route) => route.id === 'SendReminderDigest')!;
const { retry } = digestRoute.delivery;

const digestDetail = (level: 1 | 2) => ({
  carrierId: 'c-1',
  date: '2030-01-17',
  level,
  matches: [{ matchId: 'm-1', nextDueOn: '2030-01-16', overdueDays: 1 }],
});

const record = (id: string, detail: unknown, receiveCount: number): SQSRecord =>
  ({
    messageId: id,
    receiptHandle: `receipt-${id}`,
    body: JSON.stringify({ 'detail-type': 'CheckInOverdue', source: 'tandem.reminders', detail }),
    attributes: { ApproximateReceiveCount: String(receiveCount) },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-central-1:000000000000:tandem-digests',
    awsRegion: 'eu-central-1',
  }) as unknown as SQSRecord;

/** Level 1 succeeds, level 2 fails: a consumer of the digest route's detail type. */
const processed: unknown[] = [];
const handler = consumer('CheckInOverdue', async (detail) => {
  if (detail.level === 2) throw new Error('SES is throttling');
  processed.push(detail);
});

const run = (records: SQSRecord[]) =>
  handler({ Records: records } as SQSEvent, localContext(digestRoute.id));

describe('retry delays of failed queue records (issue 11)', () => {
  it('reports only the failed record and sets its visibility to the next growing delay', async () => {
    process.env[envNames.queueUrl] = queueUrl;
    const result = await run([record('ok', digestDetail(1), 1), record('bad', digestDetail(2), 3)]);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    expect(processed).toHaveLength(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['x-amz-target']).toBe('AmazonSQS.ChangeMessageVisibility');
    expect(requests[0]!.body).toEqual({
      QueueUrl: queueUrl,
      ReceiptHandle: 'receipt-bad',
      VisibilityTimeout: retryDelaySeconds(retry, 3),
    });
    expect(retryDelaySeconds(retry, 3)).toBeGreaterThan(retryDelaySeconds(retry, 2));
  });

  it('leaves the last attempt alone, so the queue dead-letters it at once', async () => {
    process.env[envNames.queueUrl] = queueUrl;
    const result = await run([record('last', digestDetail(2), retry.maxAttempts)]);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'last' }] });
    expect(requests).toEqual([]);
  });

  it('sets no delay where no queue is named (the local bus waits by itself)', async () => {
    const result = await run([record('local', digestDetail(2), 1)]);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'local' }] });
    expect(requests).toEqual([]);
  });

  it('still reports the failure when the queue cannot be reached', async () => {
    process.env[envNames.queueUrl] = 'http://127.0.0.1:1/000000000000/gone';
    const result = await run([record('unreachable', digestDetail(2), 1)]);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'unreachable' }] });
  });
});
