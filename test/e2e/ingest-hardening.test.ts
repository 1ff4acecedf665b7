import { createHmac, randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { addDays, todayIn } from '../../shared/domain/dates';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';
import { testFunderConfig } from '../support/test-config';

// Issue 8: input that ingest accepts can always be stored, the signature covers the raw
// bytes, a 422 stays small, and unsigned floods for made-up carriers cost no reads.

afterEach(() => {
  vi.restoreAllMocks();
});

const expectNothingStored = async (carrier: TestCarrier) => {
  await processed();
  expect(await carrierItems(carrier.carrierId)).toEqual([]);
};

/** A Standard Webhooks signature computed over the exact bytes (not over decoded text). */
function signBytes(secret: string, webhookId: string, timestamp: number, body: Buffer): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = Buffer.concat([Buffer.from(`${webhookId}.${timestamp}.`), body]);
  return `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
}

/** POSTs raw bytes with the given signature header. */
async function postBytes(
  carrier: TestCarrier,
  body: Buffer,
  signature: (webhookId: string, timestamp: number) => string,
  contentType = 'application/json',
): Promise<Response> {
  const webhookId = `msg_${randomUUID()}`;
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(`${localSystem().urls.api}/v1/carriers/${carrier.carrierId}/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'webhook-id': webhookId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature(webhookId, timestamp),
    },
    body,
  });
}

const erasedBodyWith = (idBytes: Buffer) =>
  Buffer.concat([
    Buffer.from(
      '{"type":"participant.erased","timestamp":"2025-02-03T10:00:00Z","data":{"participantId":"p-',
    ),
    idBytes,
    Buffer.from('"}}'),
  ]);

const fundingBody = (amountEur: number) =>
  webhook('funding.reported', { periodId: '2025', sources: [{ kind: 'foundation', amountEur }] });

describe('numbers the table cannot store are a 422, not a 202 and a dead letter', () => {
  it.each([
    ['2^53+1', '9007199254740993'],
    ['1e20', '1e20'],
    ['1e308', '1e308'],
    ['1e-200', '1e-200'],
  ])('422 for amountEur %s', async (_label, literal) => {
    const carrier = await onboardCarrier();
    const deadLettersBefore = localSystem().bus.deadLetters.length;
    const rawBody = JSON.stringify(fundingBody(1)).replace(
      '"amountEur":1',
      `"amountEur":${literal}`,
    );
    expect(rawBody).toContain(literal);
    const response = await sendWebhook(carrier, undefined, { rawBody });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(['data.sources.0.amountEur']);
    await expectNothingStored(carrier);
    expect(localSystem().bus.deadLetters.length).toBe(deadLettersBefore);
  });

  it('stores the largest and the smallest amount it accepts exactly', async () => {
    const carrier = await onboardCarrier();
    const body = webhook('funding.reported', {
      periodId: '2025',
      sources: [
        { kind: 'foundation', amountEur: 999_999_999_999.99 },
        { kind: 'donations', amountEur: 0.01 },
      ],
      volunteerCount: 10_000_000,
      paidStaffHours: 10_000_000,
    });
    expect((await sendWebhook(carrier, body)).status).toBe(202);
    await processed();
    const [funding] = await carrierItems(carrier.carrierId);
    expect(funding).toMatchObject({
      sources: body.data.sources,
      volunteerCount: 10_000_000,
      paidStaffHours: 10_000_000,
    });
  });
});

describe('facts in the future are refused (issue 16, SPEC §2)', () => {
  const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
  const tomorrow = () => addDays(todayIn(testFunderConfig.timezone), 1);
  const checkIn = (occurredOn: string, timestamp: string) =>
    webhook(
      'checkin.recorded',
      {
        checkInId: `ci-${randomUUID()}`,
        matchId: 'm-1',
        occurredOn,
        with: 'both',
        channel: 'phone',
      },
      timestamp,
    );
  const refusedPaths = async (response: Response) => {
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    for (const error of problem.errors) expect(error.message).toMatch(/at most/);
    return problem.errors.map((error) => error.path);
  };

  it('422 for a timestamp more than 5 minutes after receipt, and for one in 2099', async () => {
    const carrier = await onboardCarrier();
    const created = (timestamp: string) =>
      webhook(
        'match.created',
        {
          matchId: 'm-1',
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn: '2025-02-03',
          programme: 'other',
        },
        timestamp,
      );
    expect(await refusedPaths(await sendWebhook(carrier, created(minutes(6))))).toEqual([
      'timestamp',
    ]);
    expect(
      await refusedPaths(await sendWebhook(carrier, created('2099-01-01T00:00:00+14:00'))),
    ).toEqual(['timestamp']);
    await expectNothingStored(carrier);
    // A partner's clock a little ahead is fine.
    expect((await sendWebhook(carrier, created(minutes(4)))).status).toBe(202);
  });

  it('422 for an occurredOn after tomorrow in the funder’s time zone; tomorrow is taken', async () => {
    const carrier = await onboardCarrier();
    const now = new Date().toISOString();
    expect(
      await refusedPaths(await sendWebhook(carrier, checkIn(addDays(tomorrow(), 1), now))),
    ).toEqual(['data.occurredOn']);
    expect(
      await refusedPaths(await sendWebhook(carrier, checkIn('2099-12-31', minutes(60)))),
    ).toEqual(['timestamp', 'data.occurredOn']);
    await expectNothingStored(carrier);
    expect((await sendWebhook(carrier, checkIn(tomorrow(), now))).status).toBe(202);
  });
});

describe('the signature covers the raw bytes (UTF-8 only)', () => {
  it('400, not 401, for a correctly signed body that is not valid UTF-8', async () => {
    const carrier = await onboardCarrier();
    const body = erasedBodyWith(Buffer.from([0xff]));
    const response = await postBytes(carrier, body, (id, ts) =>
      signBytes(carrier.webhookSecret, id, ts, body),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 400,
      detail: expect.stringMatching(/UTF-8/),
    });
    await expectNothingStored(carrier);
  });

  it('no two byte strings verify with one signature: a lossy decoding no longer matches', async () => {
    const carrier = await onboardCarrier();
    // Both decode, lossily, to the same text with U+FFFD; that text is what gets signed.
    const first = erasedBodyWith(Buffer.from([0xff]));
    const second = erasedBodyWith(Buffer.from([0xc3, 0x28]).subarray(0, 1));
    expect(first.equals(second)).toBe(false);
    expect(first.toString('utf8')).toBe(second.toString('utf8'));
    const lossyText = first.toString('utf8');
    const signLossy = (id: string, ts: number) =>
      new Webhook(carrier.webhookSecret).sign(id, new Date(ts * 1000), lossyText);
    expect((await postBytes(carrier, first, signLossy)).status).toBe(400);
    expect((await postBytes(carrier, second, signLossy)).status).toBe(400);
    // The text itself, sent as its own UTF-8 bytes, verifies (and then fails the id rule).
    expect((await postBytes(carrier, Buffer.from(lossyText, 'utf8'), signLossy)).status).toBe(422);
    await expectNothingStored(carrier);
  });

  it('400 for a byte order mark and for a charset other than UTF-8, even when signed', async () => {
    const carrier = await onboardCarrier();
    const json = Buffer.from(
      JSON.stringify(webhook('participant.erased', { participantId: 'p-1' })),
    );
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]);
    const signed = (body: Buffer) => (id: string, ts: number) =>
      signBytes(carrier.webhookSecret, id, ts, body);
    expect((await postBytes(carrier, withBom, signed(withBom))).status).toBe(400);
    for (const contentType of [
      'application/json; charset=iso-8859-1',
      'application/json; charset="utf-16"',
      'application/json;charset=windows-1252',
    ]) {
      expect((await postBytes(carrier, json, signed(json), contentType)).status).toBe(400);
    }
    await expectNothingStored(carrier);
    for (const contentType of [
      'application/json; charset="UTF-8"',
      'application/json; charset=utf8',
    ]) {
      expect((await postBytes(carrier, json, signed(json), contentType)).status).toBe(202);
    }
  });
});

describe('the 422 error list is capped', () => {
  it('lists the first 20 errors and counts the rest', async () => {
    const carrier = await onboardCarrier();
    const data: Record<string, unknown> = { participantId: 'p-1' };
    for (let field = 0; field < 3000; field++) data[`field${field}`] = 'x';
    const response = await sendWebhook(carrier, {
      type: 'participant.erased',
      timestamp: new Date().toISOString(),
      data,
    });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text.length).toBeLessThan(4096);
    const problem = JSON.parse(text) as { errors: { path: string }[]; moreErrors: number };
    expect(problem.errors).toHaveLength(20);
    expect(problem.errors[0]?.path).toBe('data.field0');
    expect(problem.moreErrors).toBe(2980);
    await expectNothingStored(carrier);
  });

  it('has no moreErrors member when every error is listed', async () => {
    const carrier = await onboardCarrier();
    const response = await sendWebhook(carrier, {
      type: 'participant.erased',
      timestamp: new Date().toISOString(),
      data: { participantId: 'p 1', name: 'Erika' },
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem.errors).toHaveLength(2);
    expect(problem).not.toHaveProperty('moreErrors');
  });
});

describe('unknown carriers', () => {
  const profileReads = (spy: { mock: { calls: unknown[][] } }, carrierId: string) =>
    spy.mock.calls.filter(([command]) => {
      if (!(command instanceof GetCommand)) return false;
      return String(command.input.Key?.pk).includes(carrierId);
    }).length;

  it('are cached briefly: a flood of unsigned requests costs one read, not one each', async () => {
    const unknown = {
      carrierId: `c-${randomUUID().slice(0, 8)}`,
      webhookSecret: 'whsec_AAAA',
      apiKey: '',
    };
    const send = vi.spyOn(dynamo, 'send');
    const statuses: number[] = [];
    for (let request = 0; request < 20; request++) {
      statuses.push(
        (await sendWebhook(unknown, webhook('participant.erased', { participantId: 'p-1' })))
          .status,
      );
    }
    expect(statuses).toEqual(statuses.map(() => 401));
    expect(profileReads(send, unknown.carrierId)).toBeLessThanOrEqual(2);
  });

  it('cost the same signature work as a known carrier (a dummy secret is checked)', async () => {
    const known = await onboardCarrier();
    const unknown = { ...known, carrierId: `c-${randomUUID().slice(0, 8)}` };
    const body = webhook('participant.erased', { participantId: 'p-1' });
    const verify = vi.spyOn(Webhook.prototype, 'verify');
    const stranger = 'whsec_' + Buffer.alloc(32, 9).toString('base64');
    expect((await sendWebhook(known, body, { secrets: [stranger] })).status).toBe(401);
    const knownChecks = verify.mock.calls.length;
    verify.mockClear();
    expect((await sendWebhook(unknown, body, { secrets: [stranger] })).status).toBe(401);
    expect(knownChecks).toBeGreaterThan(0);
    expect(verify.mock.calls.length).toBe(knownChecks);
  });
});
