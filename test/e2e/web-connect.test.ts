import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appUrl as configuredAppUrl } from '../../shared/config/runtime-env';
import { createAdminApiKey, createApiKey, listCarrierApiKeys } from '../../shared/data/api-keys';
import { getCarrier } from '../../shared/data/carriers';
import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { connectTexts } from '../../shared/i18n/connect-texts';
import { languages } from '../../shared/i18n/languages';
import {
  getJson,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { uniqueAddress } from '../support/mailbox';
import { appUrl, hiddenField, openPage, postForm } from '../support/web-sign-in';

// SPEC §9 `/app/connect` (issue 18): the webhook secret and the API keys of a carrier whose
// software sends webhooks, for its lead (or its coordinator when it has none), in a real
// Chromium at phone width against this file's local system.

vi.setConfig({ testTimeout: 120_000 });

const phone = { width: 390, height: 844 };
const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let browser: Browser;
let lead: BrowserContext;
/** A carrier with a lead, its lead's and its coordinator's session cookies. */
let carrier: TestCarrier;
let leadCookie: string;
let coordinatorCookie: string;
/** A carrier without a lead: its coordinator may connect. */
let loneCarrier: TestCarrier;
let loneCookie: string;

const sessionCookie = async (address: string, carrierId: string) => {
  const { cookieValue } = await createSession({
    addressHash: keys.hashAddress(address),
    carrierIds: [carrierId],
  });
  return cookieValue;
};

const startMatch = (to: TestCarrier, matchId: string, secret: string) =>
  sendWebhook(
    to,
    webhook('match.created', {
      matchId,
      mentorId: `${matchId}-mentor`,
      menteeId: `${matchId}-mentee`,
      startedOn: '2026-11-02',
      programme: 'education_work',
    }),
    { secrets: [secret] },
  );

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  const { scroll, view } = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  )) as { scroll: number; view: number };
  expect(scroll, 'no horizontal scrolling').toBeLessThanOrEqual(view);
}

/** A German page of the lead's browser at /app/connect. */
async function connectPageOfLead(): Promise<Page> {
  const page = await lead.newPage();
  await page.goto(appUrl('/app/connect?lang=de'));
  return page;
}

/** What a carrier's secrets and keys are now: a change by a refused POST shows here. */
const secretsAndKeys = async (carrierId: string) => ({
  revision: (await getCarrier(carrierId))?.secretsRevision,
  keys: (await listCarrierApiKeys(carrierId)).map((key) => key.id),
});

beforeAll(async () => {
  const leadAddress = uniqueAddress('leitung');
  const coordinatorAddress = uniqueAddress('koordination');
  carrier = await onboardCarrier({
    name: 'Brücke e.V.',
    coordinatorEmail: coordinatorAddress,
    leadEmail: leadAddress,
    language: 'de',
  });
  const loneAddress = uniqueAddress('allein');
  loneCarrier = await onboardCarrier({ coordinatorEmail: loneAddress, language: 'de' });
  leadCookie = `tandem_session=${await sessionCookie(leadAddress, carrier.carrierId)}`;
  coordinatorCookie = `tandem_session=${await sessionCookie(coordinatorAddress, carrier.carrierId)}`;
  loneCookie = `tandem_session=${await sessionCookie(loneAddress, loneCarrier.carrierId)}`;
  browser = await launchChromium();
  lead = await browser.newContext({ viewport: phone });
  await lead.addCookies([
    { name: 'tandem_session', value: leadCookie.split('=')[1]!, url: appUrl('/') },
  ]);
});

afterAll(async () => {
  await browser?.close();
});

describe('the connection page (SPEC §9)', () => {
  it('shows the carrier id, the webhook URL from the config and a link to /docs, in 7 languages, axe-clean at 390 px', async () => {
    const page = await connectPageOfLead();
    const main = await page.locator('main').innerText();
    expect(main).toContain(carrier.carrierId);
    expect(main).toContain(`${configuredAppUrl()}/v1/carriers/${carrier.carrierId}/webhooks`);
    expect(await page.locator('main a[href="/docs"]').count()).toBe(1);
    // The app's navigation links here for the lead.
    expect(await page.locator('nav.app-links a[href="/app/connect"]').innerText()).toBe(
      'Anbindung',
    );
    for (const language of languages) {
      await page.goto(appUrl(`/app/connect?lang=${language}`));
      expect(await page.locator('h1').innerText()).toBe(connectTexts[language].title);
      await expectAccessible(page);
    }
    await page.close();
  });

  it('takes the webhook URL from the config, never from the Host header', async () => {
    const answer = await fetch(appUrl('/app/connect'), {
      headers: { cookie: leadCookie, 'x-forwarded-host': 'evil.example', host: 'evil.example' },
    });
    const body = await answer.text();
    expect(body).not.toContain('evil.example');
    expect(body).toContain(`${configuredAppUrl()}/v1/carriers/${carrier.carrierId}/webhooks`);
  });

  it('issues a new secret shown once (no-store, not in the URL) that verifies a webhook, and the old one still does', async () => {
    const page = await connectPageOfLead();
    const answered = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Neues Secret erzeugen' }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const secret = await page.locator('.notice code').innerText();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(carrier.webhookSecret);
    expect(page.url()).toBe(appUrl('/app/connect/secret'));
    expect(await page.locator('.notice').innerText()).toContain('Das bisherige Secret gilt bis');
    await expectAccessible(page);

    expect((await startMatch(carrier, 'k-new-secret', secret)).status).toBe(202);
    expect((await startMatch(carrier, 'k-old-secret', carrier.webhookSecret)).status).toBe(202);
    await processed();
    // Shown once: the page opened again does not hold it.
    await page.goto(appUrl('/app/connect'));
    expect(await page.content()).not.toContain(secret);
    await page.close();
  });

  it('creates a key shown once that reads the carrier’s matches, and a revoked one gets 401', async () => {
    expect((await startMatch(carrier, 'k-read', carrier.webhookSecret)).status).toBe(202);
    await processed();
    const page = await connectPageOfLead();
    await page.getByRole('button', { name: 'Neuen API-Schlüssel erzeugen' }).click();
    const apiKey = await page.locator('.notice code').innerText();
    expect(apiKey).toMatch(/^tdm_/);
    await expectAccessible(page);
    const read = await getJson(`/v1/carriers/${carrier.carrierId}/matches/k-read`, apiKey);
    expect(read.status).toBe(200);

    await page.goto(appUrl('/app/connect'));
    expect(await page.content()).not.toContain(apiKey);
    const created = (await listCarrierApiKeys(carrier.carrierId)).at(-1)!;
    await page.getByRole('button', { name: `Schlüssel ${created.id} widerrufen` }).click();
    expect(await page.locator('.notice').innerText()).toContain(created.id);
    expect((await listCarrierApiKeys(carrier.carrierId)).map((key) => key.id)).not.toContain(
      created.id,
    );
    const refused = await getJson(`/v1/carriers/${carrier.carrierId}/matches/k-read`, apiKey);
    expect(refused.status).toBe(401);
    await page.close();
  });

  it('lists keys with id, created and expires, never the key, and only the carrier’s own', async () => {
    const page = await connectPageOfLead();
    const items = page.locator('.api-keys > li');
    const own = await listCarrierApiKeys(carrier.carrierId);
    expect(await items.count()).toBe(own.length);
    const first = await items.first().innerText();
    expect(first).toContain(own[0]!.id);
    expect(first).toMatch(/Läuft ab\s+nie/);
    expect(await page.content()).not.toContain(carrier.apiKey);
    expect(await page.content()).not.toContain(loneCarrier.apiKey);
    if (process.env.TANDEM_WRITE_SCREENSHOTS === '1') {
      await mkdir(screenshotsDir, { recursive: true });
      await page.screenshot({ path: `${screenshotsDir}web-connect-phone.png`, fullPage: true });
    }
    await page.close();
  });

  it('answers 404 to revoking another carrier’s key or the admin key, which keep working', async () => {
    const formToken = hiddenField(
      await (await openPage('/app/connect', leadCookie)).text(),
      'formToken',
    )!;
    const adminKey = await createAdminApiKey();
    const otherKey = await createApiKey({ kind: 'carrier', carrierId: loneCarrier.carrierId });
    const idOf = (key: string) => keys.apiKeyId(keys.hashApiKey(key));
    for (const key of [adminKey, otherKey, loneCarrier.apiKey]) {
      const answer = await postForm(
        '/app/connect/revoke',
        { formToken, keyId: idOf(key) },
        leadCookie,
      );
      expect(answer.status).toBe(404);
    }
    const stillReads = await getJson(`/v1/carriers/${loneCarrier.carrierId}/matches`, otherKey);
    expect(stillReads.status).toBe(200);
    expect((await getJson(`/v1/carriers/${carrier.carrierId}/matches`, adminKey)).status).toBe(200);
  });
});

describe('who may use it (SPEC §9: the lead, or the coordinator without one)', () => {
  it('gives the coordinator of a carrier with a lead a 403 “only your lead” page and no link', async () => {
    const page = await browser.newPage({ viewport: phone });
    await page
      .context()
      .addCookies([
        { name: 'tandem_session', value: coordinatorCookie.split('=')[1]!, url: appUrl('/') },
      ]);
    const answer = await page.goto(appUrl('/app/connect?lang=ar'));
    expect(answer?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe(connectTexts.ar.onlyLeadTitle);
    expect(await page.content()).not.toContain(carrier.carrierId + '/webhooks');
    expect(await page.locator('button', { hasText: connectTexts.ar.rotateSecret }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto(appUrl('/app/matches'));
    expect(await page.locator('nav.app-links a[href="/app/connect"]').count()).toBe(0);
    await page.close();
  });

  it('refuses the coordinator’s POSTs with 403 and changes nothing', async () => {
    const before = await secretsAndKeys(carrier.carrierId);
    const formToken = hiddenField(
      await (await openPage('/app/matches', coordinatorCookie)).text(),
      'formToken',
    )!;
    for (const action of ['secret', 'keys']) {
      const answer = await postForm(`/app/connect/${action}`, { formToken }, coordinatorCookie);
      expect(answer.status).toBe(403);
      expect(await answer.text()).not.toMatch(/whsec_|tdm_/);
    }
    const keyId = before.keys[0]!;
    expect(
      (await postForm('/app/connect/revoke', { formToken, keyId }, coordinatorCookie)).status,
    ).toBe(403);
    expect(await secretsAndKeys(carrier.carrierId)).toEqual(before);
  });

  it('lets the coordinator of a carrier without a lead use it', async () => {
    const answer = await openPage('/app/connect', loneCookie);
    expect(answer.status).toBe(200);
    const body = await answer.text();
    expect(body).toContain(`/v1/carriers/${loneCarrier.carrierId}/webhooks`);
    expect(body).toContain('href="/app/connect"');
  });
});

describe('state changes only by a POST from the app', () => {
  it('refuses a cross-site POST with 403 and changes nothing', async () => {
    const before = await secretsAndKeys(carrier.carrierId);
    const formToken = hiddenField(
      await (await openPage('/app/connect', leadCookie)).text(),
      'formToken',
    )!;
    for (const action of ['secret', 'keys', 'revoke']) {
      const answer = await fetch(appUrl(`/app/connect/${action}`), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          origin: 'https://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
          cookie: leadCookie,
        },
        body: new URLSearchParams({ formToken, keyId: before.keys[0]! }).toString(),
      });
      expect(answer.status, action).toBe(403);
    }
    // Without the form token, from the app's own origin: refused too.
    expect((await postForm('/app/connect/keys', {}, leadCookie)).status).toBe(403);
    expect(await secretsAndKeys(carrier.carrierId)).toEqual(before);
  });

  it('changes nothing on a GET of a form’s address', async () => {
    const before = await secretsAndKeys(carrier.carrierId);
    const answer = await openPage('/app/connect/secret', leadCookie);
    expect(answer.status).toBe(404);
    expect(await secretsAndKeys(carrier.carrierId)).toEqual(before);
  });
});
