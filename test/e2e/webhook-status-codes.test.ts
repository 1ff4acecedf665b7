import { afterEach, describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { eventBridge } from '../../shared/aws/event-bridge';
import { maxWebhookBodyBytes } from '../../functions/ingest/raw-body';
import {
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { carrierItems } from '../support/table';

const matchCreated = () =>
  webhook('match.created', {
    matchId: 'm-1',
    mentorId: 'p-1',
    menteeId: 'p-2',
    startedOn: '2025-02-03',
    programme: 'education_work',
  });

const expectNothingStored = async (carrier: TestCarrier) => {
  await processed();
  expect(await carrierItems(carrier.carrierId)).toEqual([]);
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('POST /v1/carriers/{carrierId}/webhooks: the status codes of SPEC §2', () => {
  it('202 for a signed, valid webhook, and 202 again for a duplicate webhook-id, counted once', async () => {
    const carrier = await onboardCarrier();
    const body = webhook('checkin.recorded', {
      checkInId: 'ci-1',
      matchId: 'm-1',
      occurredOn: '2025-02-10',
      with: 'both',
      channel: 'phone',
    });
    for (let delivery = 0; delivery < 3; delivery++) {
      const response = await sendWebhook(carrier, body, { webhookId: 'msg_dup' });
      expect(response.status).toBe(202);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ status: 'accepted', webhookId: 'msg_dup' });
    }
    await processed();
    const { body: match } = await getMatch(carrier, 'm-1');
    expect(match).toMatchObject({ status: 'pending', checkIns: { count: 1 } });
  });

  it('400 for a body that is not JSON, leaving nothing behind', async () => {
    const carrier = await onboardCarrier();
    const response = await sendWebhook(carrier, undefined, {
      rawBody: '{"type": "match.created",',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400, title: 'Bad request' });
    await expectNothingStored(carrier);
  });

  it('401 with byte-identical bodies for a bad signature, an unknown carrier and a stale or future timestamp', async () => {
    const carrier = await onboardCarrier();
    const other = await onboardCarrier();
    const body = matchCreated();
    const cases = await Promise.all([
      sendWebhook(carrier, body, { secrets: [other.webhookSecret] }),
      sendWebhook({ ...carrier, carrierId: 'c-does-not-exist' }, body),
      sendWebhook(carrier, body, { signedAt: new Date(Date.now() - 6 * 60_000) }),
      sendWebhook(carrier, body, { signedAt: new Date(Date.now() + 6 * 60_000) }),
      sendWebhook(carrier, body, { headers: { 'webhook-signature': '' } }),
      sendWebhook(carrier, body, { headers: { 'webhook-signature': 'v1,bm90IGEgc2lnbmF0dXJl' } }),
      sendWebhook(carrier, body, { headers: { 'webhook-timestamp': 'yesterday' } }),
      sendWebhook({ ...carrier, carrierId: encodeURIComponent('bad#id') }, body),
    ]);
    const bodies = await Promise.all(cases.map((response) => response.text()));
    expect(cases.map((response) => response.status)).toEqual(cases.map(() => 401));
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0] ?? '')).toMatchObject({ status: 401, title: 'Unauthorized' });
    await expectNothingStored(carrier);
  });

  it('accepts a timestamp inside the ±5 minute tolerance', async () => {
    const carrier = await onboardCarrier();
    const response = await sendWebhook(carrier, matchCreated(), {
      signedAt: new Date(Date.now() - 4 * 60_000),
    });
    expect(response.status).toBe(202);
  });

  it('accepts several space-separated signatures when one of them is valid', async () => {
    const carrier = await onboardCarrier();
    const stranger = await onboardCarrier();
    const response = await sendWebhook(carrier, matchCreated(), {
      secrets: [stranger.webhookSecret, carrier.webhookSecret],
    });
    expect(response.status).toBe(202);
  });

  it('413 for a body over 64 KiB, even when signed', async () => {
    const carrier = await onboardCarrier();
    const rawBody = JSON.stringify({ ...matchCreated(), padding: 'x'.repeat(maxWebhookBodyBytes) });
    const response = await sendWebhook(carrier, undefined, { rawBody });
    expect(response.status).toBe(413);
    await expectNothingStored(carrier);
  });

  it('accepts a body of exactly 64 KiB as far as size goes (then judges its schema)', async () => {
    const carrier = await onboardCarrier();
    const base = JSON.stringify(matchCreated());
    const rawBody = `${base.slice(0, -1)}${' '.repeat(maxWebhookBodyBytes - base.length)}}`;
    expect(Buffer.byteLength(rawBody)).toBe(maxWebhookBodyBytes);
    expect((await sendWebhook(carrier, undefined, { rawBody })).status).toBe(202);
  });

  it('415 for a body that is not application/json', async () => {
    const carrier = await onboardCarrier();
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/jsonp',
    ]) {
      const response = await sendWebhook(carrier, matchCreated(), { contentType });
      expect(response.status).toBe(415);
    }
    expect(
      (
        await sendWebhook(carrier, matchCreated(), {
          contentType: 'application/json; charset=utf-8',
        })
      ).status,
    ).toBe(202);
  });

  it('422 listing {path, message} for valid JSON that breaks the schema, storing nothing', async () => {
    const carrier = await onboardCarrier();
    const response = await sendWebhook(carrier, {
      type: 'match.created',
      timestamp: 'not a time',
      data: {
        matchId: 'm 1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-02-30',
        programme: 'chess',
        mentorName: 'Erika Mustermann',
      },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem).toMatchObject({
      status: 422,
      type: expect.any(String),
      title: expect.any(String),
    });
    expect(problem.errors.map((error) => error.path).sort()).toEqual([
      'data.matchId',
      'data.mentorName',
      'data.programme',
      'data.startedOn',
      'timestamp',
    ]);
    for (const error of problem.errors) expect(error.message).toEqual(expect.any(String));
    await expectNothingStored(carrier);
  });

  it('422 for an unknown webhook type', async () => {
    const carrier = await onboardCarrier();
    const response = await sendWebhook(carrier, {
      type: 'match.paused',
      timestamp: new Date().toISOString(),
      data: {},
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors[0]?.path).toBe('type');
  });

  it('503 with Retry-After when the bus fails; the partner retry succeeds and counts once', async () => {
    const carrier = await onboardCarrier();
    const body = webhook('checkin.recorded', {
      checkInId: 'ci-1',
      matchId: 'm-1',
      occurredOn: '2025-02-10',
      with: 'mentor',
      channel: 'video',
    });
    vi.spyOn(eventBridge, 'call').mockRejectedValueOnce(new Error('bus unreachable') as never);
    const failed = await sendWebhook(carrier, body, { webhookId: 'msg_retry' });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(failed.headers.get('content-type')).toBe('application/problem+json');
    await expectNothingStored(carrier);

    const retried = await sendWebhook(carrier, body, { webhookId: 'msg_retry' });
    expect(retried.status).toBe(202);
    await processed();
    expect((await getMatch(carrier, 'm-1')).body).toMatchObject({ checkIns: { count: 1 } });
  });

  it('503 when PutEvents answers 200 but fails the entry (partial failure)', async () => {
    const carrier = await onboardCarrier();
    vi.spyOn(eventBridge, 'call').mockResolvedValueOnce({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }],
    } as never);
    const response = await sendWebhook(carrier, matchCreated());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).not.toBeNull();
    await expectNothingStored(carrier);
  });

  it('503, not 401, when the table cannot be read to find the carrier secret', async () => {
    const carrier = await onboardCarrier();
    vi.spyOn(dynamo, 'send').mockRejectedValueOnce(new Error('throttled') as never);
    const response = await sendWebhook(carrier, matchCreated());
    expect(response.status).toBe(503);
    vi.restoreAllMocks();
    await expectNothingStored(carrier);
  });
});
