import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { parseFunderConfig } from '../../shared/config/funder-config';
import { testFunderConfig } from '../support/test-config';
import { tableName } from '../../shared/config/runtime-env';
import { takeEmailSlot } from '../../shared/data/email-rate';
import { keys } from '../../shared/data/keys';
import { sendLeadMs, waitForEmailSlot } from '../../shared/email/email-pacer';
import { useTableOfItsOwn } from '../support/own-table';

// The e-mail pacer (SPEC §7 emailRatePerSecond) against the real table: one counter item per
// second, taken with a conditional ADD, so no number of concurrent senders exceeds the rate.

beforeAll(async () => {
  await useTableOfItsOwn('email-pacer');
});

const rateItem = async (second: number) =>
  (await dynamo.send(new GetCommand({ TableName: tableName(), Key: keys.emailRate(second) }))).Item;

describe('the per-second e-mail slots', () => {
  it('gives out exactly `rate` slots of a second, however many senders ask at once', async () => {
    const second = 1_000_000_000;
    const taken = await Promise.all(Array.from({ length: 12 }, () => takeEmailSlot(second, 5)));
    expect(taken.filter(Boolean)).toHaveLength(5);
    const item = await rateItem(second);
    expect(item).toMatchObject({ pk: 'RATE#email#1000000000', sent: 5 });
    // Gone an hour later (TTL), so the table does not keep one item per second for ever.
    expect(item?.expiresAt).toBe(second + 3600);
    expect(await takeEmailSlot(second + 1, 5)).toBe(true);
  });
});

describe('waiting for a slot', () => {
  it('lets 15 senders through at no more than 5 a second, over three seconds', async () => {
    const rate = 5;
    // Start early in a second, so the three seconds are whole ones.
    await new Promise((wake) => setTimeout(wake, 1000 - (Date.now() % 1000) + 10));
    const started = Date.now();
    const released = await Promise.all(
      Array.from({ length: 15 }, async () => {
        await waitForEmailSlot(rate);
        return Date.now();
      }),
    );
    const perSecond = new Map<number, number>();
    for (const at of released) {
      const second = Math.floor(at / 1000);
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
    expect([...perSecond.values()].every((count) => count <= rate)).toBe(true);
    expect(perSecond.size).toBeGreaterThanOrEqual(3);
    // Paced, not throttled to a crawl: the third second's senders go early in it.
    expect(Math.max(...released) - started).toBeLessThan(3000);
    const seconds = [...perSecond.keys()].sort();
    for (const second of seconds)
      expect((await rateItem(second))?.sent).toBe(perSecond.get(second));
  });

  it('late in a second, takes a slot of the next one and waits for it to begin', async () => {
    // Wait until less than the lead time is left in the current second.
    await new Promise((wake) =>
      setTimeout(wake, 1000 - (Date.now() % 1000) + 1000 - sendLeadMs / 2),
    );
    const asked = Date.now();
    await waitForEmailSlot(100);
    const released = Date.now();
    expect(Math.floor(released / 1000)).toBe(Math.floor(asked / 1000) + 1);
    expect(released % 1000).toBeLessThan(1000 - sendLeadMs);
  });
});

describe('emailRatePerSecond in the funder config (SPEC §7)', () => {
  const { emailRatePerSecond: _left, ...withoutRate } = testFunderConfig;

  it("defaults to 14, SES's default sending quota", () => {
    expect(parseFunderConfig(withoutRate, 'test').emailRatePerSecond).toBe(14);
    expect(parseFunderConfig({ ...withoutRate, emailRatePerSecond: 50 }, 'test')).toMatchObject({
      emailRatePerSecond: 50,
    });
  });

  it('must be a whole number of at least 1, named when it is not', () => {
    for (const rate of [0, 2.5, '14']) {
      expect(() => parseFunderConfig({ ...withoutRate, emailRatePerSecond: rate }, 'test')).toThrow(
        /emailRatePerSecond/,
      );
    }
  });
});
