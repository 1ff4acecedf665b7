import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/aws/dynamo';
import { parseFunderConfig } from '../../shared/config/funder-config';
import {
  exampleFunderConfigPath,
  readFunderConfigFile,
} from '../../shared/config/funder-config-file';
import { tableName } from '../../shared/config/runtime-env';
import { keys } from '../../shared/data/keys';
import { createLinkToken, readLinkToken, useLinkToken } from '../../shared/data/link-tokens';
import { putContacts, removeContacts } from '../../shared/data/contacts';
import {
  chooseSessionCarrier,
  createSession,
  endSession,
  readSession,
} from '../../shared/data/sessions';
import { takeSignInMailSlot } from '../../shared/data/sign-in-rate';
import {
  contactDoneTokenMs,
  sessionMs,
  signInMailsPerHour,
  signInTokenMs,
} from '../../shared/domain/web-access';

// SPEC §9 access rules against the real table (dynalite): link tokens, the sign-in rate
// limit and sessions, each at chosen instants so expiry is tested without waiting.

const t0 = new Date('2030-05-01T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const randomHash = () => keys.hashAddress(`${Math.random()}@example.org`);

describe('link tokens', () => {
  it('stores only the hash of a token of at least 128 random bits', async () => {
    const token = await createLinkToken(
      { kind: 'signIn', addressHash: randomHash(), carrierIds: ['c-1'] },
      signInTokenMs,
      t0,
    );
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName(), Key: keys.linkToken(keys.hashSecret(token)) }),
    );
    expect(Item).toBeDefined();
    expect(JSON.stringify(Item)).not.toContain(token);
    expect(Item?.expiresAt).toBe(Math.ceil((t0.getTime() + signInTokenMs) / 1000));
  });

  it('a sign-in link is valid for 30 minutes and no longer', async () => {
    const grant = { kind: 'signIn' as const, addressHash: randomHash(), carrierIds: ['c-1'] };
    const token = await createLinkToken(grant, signInTokenMs, t0);
    expect(await readLinkToken(token, later(signInTokenMs - 1000))).toMatchObject(grant);
    // Expired but not yet deleted by TTL: still refused.
    expect(await readLinkToken(token, later(signInTokenMs))).toBeUndefined();
    const hash = keys.hashSecret(token);
    expect(await useLinkToken(hash, later(signInTokenMs + 1))).toBe(false);
  });

  it('is used once: of two concurrent uses exactly one succeeds, and it then reads as used', async () => {
    const token = await createLinkToken(
      { kind: 'signIn', addressHash: randomHash(), carrierIds: ['c-1'] },
      signInTokenMs,
      t0,
    );
    const hash = keys.hashSecret(token);
    const outcomes = await Promise.all([
      useLinkToken(hash, later(1000)),
      useLinkToken(hash, later(1000)),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await readLinkToken(token, later(2000)))?.usedAt).toBe(later(1000).toISOString());
    expect(await useLinkToken(hash, later(3000))).toBe(false);
  });

  it('a "contact done" link is valid for 14 days, for its one match', async () => {
    const token = await createLinkToken(
      { kind: 'contactDone', carrierId: 'c-9', matchId: 'm-9' },
      contactDoneTokenMs,
      t0,
    );
    expect(await readLinkToken(token, later(13 * 24 * 3600 * 1000))).toMatchObject({
      kind: 'contactDone',
      carrierId: 'c-9',
      matchId: 'm-9',
      usedAt: null,
    });
    expect(await readLinkToken(token, later(14 * 24 * 3600 * 1000))).toBeUndefined();
  });

  it('refuses unknown and malformed tokens without a lookup error', async () => {
    expect(await readLinkToken('x'.repeat(43), t0)).toBeUndefined();
    expect(await readLinkToken('../../etc', t0)).toBeUndefined();
    expect(await useLinkToken(keys.hashSecret('never-issued'), t0)).toBe(false);
  });
});

describe('the sign-in rate limit', () => {
  it('allows five sign-in e-mails per address and hour, even when asked for at once', async () => {
    const address = randomHash();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => takeSignInMailSlot(address, later(60_000))),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(signInMailsPerHour);
    expect(await takeSignInMailSlot(address, later(59 * 60_000))).toBe(false);
    // Another address is counted on its own; an hour after the sends, one may go again.
    expect(await takeSignInMailSlot(randomHash(), later(60_000))).toBe(true);
    expect(await takeSignInMailSlot(address, later(61 * 60_000))).toBe(true);
  });

  it('counts any 60 minutes, not clock hours: no 10 links in 2 minutes across an hour (issue 16)', async () => {
    const address = randomHash();
    const at = (iso: string) => new Date(`2030-05-01T${iso}Z`);
    const before = ['10:59:00', '10:59:10', '10:59:20', '10:59:30', '10:59:40'];
    for (const time of before) expect(await takeSignInMailSlot(address, at(time))).toBe(true);
    const after = ['11:00:00', '11:00:10', '11:00:20', '11:00:30', '11:00:40'];
    for (const time of after) expect(await takeSignInMailSlot(address, at(time)), time).toBe(false);
    expect(await takeSignInMailSlot(address, at('11:58:59'))).toBe(false);
    // The window slides: each send frees its slot 60 minutes after it went, one at a time.
    expect(await takeSignInMailSlot(address, at('11:59:00'))).toBe(true);
    expect(await takeSignInMailSlot(address, at('11:59:05'))).toBe(false);
    expect(await takeSignInMailSlot(address, at('11:59:10'))).toBe(true);
  });
});

describe('sessions', () => {
  /** An address that is a contact of these carriers, as `carriers add` leaves it. */
  async function contactOf(...carrierIds: string[]) {
    const address = `${Math.random()}@example.org`;
    for (const carrierId of carrierIds) await putContacts({ carrierId, coordinatorEmail: address });
    return { address, addressHash: keys.hashAddress(address), carrierIds };
  }

  it('last 12 hours, checked on every read, and end on sign-out', async () => {
    const { cookieValue, session } = await createSession(await contactOf('c-1'), t0);
    expect(session.carrierId).toBe('c-1');
    expect(await readSession(cookieValue, later(sessionMs - 1000))).toMatchObject({
      carrierId: 'c-1',
      formToken: session.formToken,
    });
    expect(await readSession(cookieValue, later(sessionMs))).toBeUndefined();
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName(), Key: keys.session(keys.hashSecret(cookieValue)) }),
    );
    // Kept under the cookie's hash only, with a TTL for the table to clear it later.
    expect(JSON.stringify(Item)).not.toContain(cookieValue);
    expect(Item?.expiresAt).toBe(Math.ceil((t0.getTime() + sessionMs) / 1000));

    await endSession(session);
    expect(await readSession(cookieValue, later(1000))).toBeUndefined();
  });

  it('chooses no carrier for an address that belongs to several', async () => {
    const { cookieValue, session } = await createSession(await contactOf('c-1', 'c-2'), t0);
    expect(session.carrierId).toBeNull();
    expect((await readSession(cookieValue, later(1000)))?.carrierIds).toEqual(['c-1', 'c-2']);
  });

  it('covers only the carriers the address is still a contact of (issue 16)', async () => {
    const contact = await contactOf('c-1', 'c-2');
    const first = await createSession(contact, t0);
    await chooseSessionCarrier(first.session, 'c-1');
    await removeContacts('c-1', [contact.addressHash]);
    // At once, without touching the session: c-1 is gone from it, c-2 stays.
    expect(await readSession(first.cookieValue, later(1000))).toMatchObject({
      carrierIds: ['c-2'],
      carrierId: null,
    });
    // A link sent before the removal starts no session for c-1 either.
    const second = await createSession(contact, later(2000));
    expect(second.session).toMatchObject({ carrierIds: ['c-2'], carrierId: 'c-2' });
    await removeContacts('c-2', [contact.addressHash]);
    expect(await readSession(first.cookieValue, later(3000))).toBeUndefined();
    expect(await readSession(second.cookieValue, later(3000))).toBeUndefined();
    // Made a contact again: a new sign-in works, the ended sessions stay ended.
    await putContacts({ carrierId: 'c-2', coordinatorEmail: contact.address });
    expect(await readSession(second.cookieValue, later(4000))).toBeUndefined();
    const third = await createSession(contact, later(5000));
    expect((await readSession(third.cookieValue, later(6000)))?.carrierId).toBe('c-2');
  });

  it('refuses a missing or forged cookie', async () => {
    expect(await readSession(undefined, t0)).toBeUndefined();
    expect(await readSession('forged-value-that-was-never-issued', t0)).toBeUndefined();
  });
});

describe('appUrl in the funder config (SPEC §7)', () => {
  const base = readFunderConfigFile(exampleFunderConfigPath);

  it('takes an https URL, without its trailing slash', () => {
    const config = parseFunderConfig({ ...base, appUrl: 'https://app.example.org/' }, 'test');
    expect(config.appUrl).toBe('https://app.example.org');
  });

  it.each(['http://app.example.org', 'app.example.org', 'javascript:alert(1)'])(
    'refuses %s, naming the field',
    (appUrl) => {
      expect(() => parseFunderConfig({ ...base, appUrl }, 'test')).toThrow(/appUrl/);
    },
  );
});
