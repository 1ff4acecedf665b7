import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../local/cli/commands';
import { startSesRateLimit, type SesRateLimit } from '../../local/ses-server';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { emailsTo, sentEmails, uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';

// Issue 11 / SPEC §7–8: the local SES throttles above TANDEM_SES_MAX_RATE with SES's own
// error, and a sweep over 40 carriers still sends every digest exactly once, paced to the
// funder's emailRatePerSecond, with nothing dead-lettered.

const maxRate = 4;
const carrierCount = 40;
let limit: SesRateLimit;

interface Contact {
  readonly carrier: TestCarrier;
  readonly coordinator: string;
}
let contacts: Contact[] = [];

/** Sends the SES limiter took, per second of arrival, as the local SES stored them. */
const sentPerSecond = async (addresses: ReadonlySet<string>) => {
  const counts = new Map<number, number>();
  for (const email of await sentEmails()) {
    if (!email.destination.to.some((to) => addresses.has(to))) continue;
    const at = (email as unknown as { at: number }).at;
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return counts;
};

const deadLetterFiles = async (): Promise<string[]> => {
  const dir = join(localSystem().dataDir, 'dead-letters');
  try {
    return await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
};

beforeAll(async () => {
  await useTableOfItsOwn('paced-email');
  // This file's SES client goes through a limiter at 4 e-mails a second, as
  // `TANDEM_SES_MAX_RATE=4 npm start` does (the suite's system shares one SES, so the limiter
  // is put in front of it here; the SDK reads its endpoint at the first send).
  limit = await startSesRateLimit({
    host: '127.0.0.1',
    upstream: localSystem().urls.ses,
    maxRatePerSecond: maxRate,
  });
  process.env.AWS_ENDPOINT_URL_SESV2 = limit.url;
  process.env.TANDEM_FUNDER_CONFIG_JSON = JSON.stringify({
    ...JSON.parse(process.env.TANDEM_FUNDER_CONFIG_JSON!),
    emailRatePerSecond: maxRate,
  });

  contacts = [];
  for (let start = 0; start < carrierCount; start += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, carrierCount - start) }, async () => {
        const coordinator = uniqueAddress('koordination');
        const carrier = await onboardCarrier({ coordinatorEmail: coordinator, language: 'de' });
        await sendWebhook(
          carrier,
          webhook('match.created', {
            matchId: 'm-1',
            mentorId: 'p-1',
            menteeId: 'p-2',
            startedOn: '2030-01-01',
            programme: 'leisure_culture',
          }),
        );
        return { carrier, coordinator };
      }),
    );
    contacts.push(...batch);
  }
  await processed();
}, 120_000);

afterAll(() => new Promise<void>((done) => limit.server.close(() => done())));

describe('paced e-mail (SPEC §7 emailRatePerSecond, §8 TANDEM_SES_MAX_RATE)', () => {
  it("refuses sends above the rate with SES's throttling error, as the real SDK sees it", async () => {
    const client = new SESv2Client({ endpoint: limit.url, maxAttempts: 1 });
    const to = uniqueAddress('limit-check');
    // Wait for a fresh second, so that the burst falls into one.
    await new Promise((wake) => setTimeout(wake, 1000 - (Date.now() % 1000) + 20));
    const outcomes = await Promise.allSettled(
      Array.from({ length: maxRate + 3 }, () =>
        client.send(
          new SendEmailCommand({
            FromEmailAddress: 'noreply@example.org',
            Destination: { ToAddresses: [to] },
            Content: { Simple: { Subject: { Data: 'x' }, Body: { Text: { Data: 'x' } } } },
          }),
        ),
      ),
    );
    client.destroy();
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const outcome of refused) {
      const error = (outcome as PromiseRejectedResult).reason as TooManyRequestsException;
      expect(error).toBeInstanceOf(TooManyRequestsException);
      expect(error.$metadata.httpStatusCode).toBe(429);
    }
    expect(await emailsTo(to)).toHaveLength(maxRate);
    // Let the burst's second pass before the sweep starts.
    await new Promise((wake) => setTimeout(wake, 1000));
  });

  it('sends every digest of a sweep over 40 carriers exactly once, at 4 a second, with no dead letter', async () => {
    const refusedBefore = limit.refused();
    const started = Date.now();
    const result = await sweep(localSystem().urls.api, '2030-01-17', { pollMs: 100 });
    const seconds = (Date.now() - started) / 1000;
    expect(result).toEqual({ date: '2030-01-17', overdue: carrierCount, emailsSent: carrierCount });

    for (const { coordinator } of contacts) expect(await emailsTo(coordinator)).toHaveLength(1);
    // 40 e-mails at 4 a second: ten seconds, the first four at once.
    expect(seconds).toBeGreaterThanOrEqual(carrierCount / maxRate - 1.5);
    expect(seconds).toBeLessThan(carrierCount / maxRate + 8);
    const perSecond = await sentPerSecond(new Set(contacts.map((contact) => contact.coordinator)));
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(maxRate);
    // The pacer keeps within the rate; a send that still arrives a moment late is refused,
    // retried by the SDK and sent once (counted above).
    expect(limit.refused() - refusedBefore).toBeLessThan(4);
    await processed();
    expect(await deadLetterFiles()).toEqual([]);
  }, 90_000);

  it('sends nothing on a second sweep of the same day', async () => {
    const result = await sweep(localSystem().urls.api, '2030-01-17', { pollMs: 100 });
    expect(result).toEqual({ date: '2030-01-17', overdue: carrierCount, emailsSent: 0 });
    await processed();
    for (const { coordinator } of contacts) expect(await emailsTo(coordinator)).toHaveLength(1);
    expect(await deadLetterFiles()).toEqual([]);
  }, 60_000);
});
