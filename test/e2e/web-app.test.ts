import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweep } from '../../local/cli/commands';
import { addDays, todayIn } from '../../shared/domain/dates';
import {
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { emailsTo, uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig } from '../support/test-config';

// SPEC §9 end to end: the coordinator web app in a real Chromium against this file's local
// system (real HTTP API, bus, dynalite, local SES). Sign-in links are read from the mail the
// local SES received; every page is checked with axe-core and at phone width.

// A real browser and axe-core on two shared cores: more time than the default per test.
vi.setConfig({ testTimeout: 120_000 });

const phone = { width: 390, height: 844 };
const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let browser: Browser;
let api: string;
let alpha: TestCarrier;
let beta: TestCarrier;
let alphaAddress: string;
let betaAddress: string;

const url = (path: string) => `${api}${path}`;

// The recent matches started three days ago: not due yet, and their contacts can be recorded
// (no contact may lie after tomorrow, SPEC §2). Their first contact is due 15 days after the
// start, so a sweep 19 days after it lists them.
const recentStart = addDays(todayIn(testFunderConfig.timezone), -3);
const firstContactOn = addDays(recentStart, 1);
const sweepDay = addDays(recentStart, 19);
const germanDate = (date: string) => date.split('-').reverse().join('.');

/** Every page the tests visit is also checked for WCAG 2.2 A/AA and for phone width. */
const checked = new Set<string>();
async function checkPage(page: Page, label: string) {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${describeViolations(violations)}`).toEqual([]);
  const widths = await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  );
  const { scroll, view } = widths as { scroll: number; view: number };
  expect(scroll, `${label}: no horizontal scrolling`).toBeLessThanOrEqual(view);
  checked.add(label);
}

const newPhoneContext = (options: { javaScriptEnabled?: boolean; locale?: string } = {}) =>
  browser.newContext({ viewport: phone, ...options });

/** The last sign-in link mailed to an address. */
async function signInLinkTo(address: string): Promise<string> {
  const mails = await emailsTo(address);
  const last = mails.at(-1);
  const link = last?.body.text?.match(/https?:\/\/\S+\/app\/sign-in\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no sign-in link to ${address}`);
  return link;
}

async function askForLink(page: Page, address: string) {
  await page.goto(url('/app/sign-in'));
  await page.getByLabel(/E-Mail-Adresse|E-mail address/).fill(address);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button').click(),
  ]);
  await processed();
}

/** Signs in through the e-mail link; returns the signed-in page. */
async function signIn(context: BrowserContext, address: string): Promise<Page> {
  const page = await context.newPage();
  await askForLink(page, address);
  await page.goto(await signInLinkTo(address));
  await page.getByRole('button').click();
  await page.waitForURL(/\/app\/(matches|carriers)$/);
  return page;
}

/** The check-in form's fields as the browser would post them (hidden ones included). */
async function checkInFormBody(page: Page): Promise<string> {
  const form = page.locator('form', { has: page.locator('#checkin-occurredOn') });
  const body = new URLSearchParams();
  for (const name of ['formToken', 'nonce']) {
    body.set(name, await form.locator(`input[name=${name}]`).inputValue());
  }
  for (const name of ['occurredOn', 'with', 'channel']) {
    body.set(name, await page.locator(`#checkin-${name}`).inputValue());
  }
  if (await page.locator('#checkin-concern').isChecked()) body.set('concern', 'on');
  return body.toString();
}

const startMatch = (carrier: TestCarrier, matchId: string, startedOn: string) =>
  sendWebhook(
    carrier,
    webhook('match.created', {
      matchId,
      mentorId: `${matchId}-mentor`,
      menteeId: `${matchId}-mentee`,
      startedOn,
      programme: 'education_work',
    }),
  );

beforeAll(async () => {
  // Sweeps cover every carrier of a table: this file's sweep sees only its own carriers.
  await useTableOfItsOwn('web-app');
  api = localSystem().urls.api;
  alphaAddress = uniqueAddress('koordination');
  betaAddress = uniqueAddress('koordination');
  [alpha, beta] = await Promise.all([
    onboardCarrier({ coordinatorEmail: alphaAddress, language: 'de' }),
    onboardCarrier({ coordinatorEmail: betaAddress, language: 'en' }),
  ]);
  await startMatch(alpha, 'm-a1', recentStart);
  await startMatch(alpha, 'm-a2', recentStart);
  await startMatch(alpha, 'm-a3', '2025-01-01');
  await startMatch(beta, 'm-b1', recentStart);
  await processed();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('sign-in by e-mail link (SPEC §9)', () => {
  it('answers a known and an unknown address with the same page, and mails only the known', async () => {
    const context = await newPhoneContext();
    const page = await context.newPage();
    const unknown = uniqueAddress('unbekannt');
    await askForLink(page, unknown);
    const unknownAnswer = await page.locator('main').innerText();
    await checkPage(page, 'link sent');
    await askForLink(page, alphaAddress);
    expect(await page.locator('main').innerText()).toBe(unknownAnswer);
    expect(await emailsTo(unknown)).toEqual([]);
    const [mail] = await emailsTo(alphaAddress);
    expect(mail?.body.text).toContain(`${api}/app/sign-in/`);
    expect(mail?.body.html).toContain(`${api}/app/sign-in/`);
    await context.close();
  });

  it('changes nothing on a scanner GET; the button signs in; the link then is used up', async () => {
    const context = await newPhoneContext();
    const page = await context.newPage();
    await askForLink(page, alphaAddress);
    const link = await signInLinkTo(alphaAddress);
    expect(link.startsWith(`${api}/app/sign-in/`)).toBe(true);
    // The token: at least 128 random bits (base64url, 43 characters for 256 bits).
    expect(link.split('/').at(-1)!.length).toBeGreaterThanOrEqual(22);

    // A mail scanner opens the link, twice: one button, no script, nothing changes.
    for (let scan = 0; scan < 2; scan++) {
      const scanned = await fetch(link, { redirect: 'manual' });
      expect(scanned.status).toBe(200);
      expect(scanned.headers.get('referrer-policy')).toBe('no-referrer');
      expect(scanned.headers.get('cache-control')).toBe('no-store');
      expect(scanned.headers.get('set-cookie')).toBeNull();
      const body = await scanned.text();
      expect(body).not.toMatch(/<script/i);
      expect(body.match(/<button/g)).toHaveLength(1);
    }

    await page.goto(link);
    await checkPage(page, 'confirm sign-in');
    await page.getByRole('button').click();
    await page.waitForURL(url('/app/matches'));
    const [session] = (await context.cookies()).filter((c) => c.name === 'tandem_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    // Used: the page offers a new link, and posting it again starts no session.
    const used = await fetch(link, { redirect: 'manual' });
    expect(used.status).toBe(410);
    expect(await used.text()).toContain('href="/app/sign-in"');
    const again = await fetch(link, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: api, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
    const other = await context.newPage();
    await other.goto(link);
    await checkPage(other, 'invalid link');

    // Signing out ends the session on the server: the old cookie opens nothing.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(url('/app/sign-in'));
    const replay = await fetch(url('/app/matches'), {
      redirect: 'manual',
      headers: { cookie: `tandem_session=${session!.value}` },
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/app/sign-in');
    await context.close();
  });

  it('offers a choice of carrier when the address belongs to several', async () => {
    const shared = uniqueAddress('koordination');
    const [first, second] = await Promise.all([
      onboardCarrier({ coordinatorEmail: shared, name: 'Erster Träger e.V.' }),
      onboardCarrier({ coordinatorEmail: uniqueAddress('k'), leadEmail: shared }),
    ]);
    const context = await newPhoneContext();
    const page = await signIn(context, shared);
    expect(page.url()).toBe(url('/app/carriers'));
    await checkPage(page, 'choose carrier');
    expect(await page.locator('main').innerText()).toContain(first.carrierId);
    expect(await page.locator('main').innerText()).toContain(second.carrierId);
    await page.locator('form', { hasText: first.carrierId }).getByRole('button').click();
    await page.waitForURL(url('/app/matches'));
    await context.close();
  });
});

describe('the signed-in pages and their forms (SPEC §9)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // A German phone, as the carrier's coordinator would have (date fields show DD.MM.YYYY).
    context = await newPhoneContext({ locale: 'de-DE' });
    page = await signIn(context, alphaAddress);
  });
  afterAll(() => context?.close());

  it('lists the carrier’s matches, most overdue first, with filters', async () => {
    await page.goto(url('/app/matches'));
    await checkPage(page, 'match list');
    const ids = await page.locator('.matches h2').allInnerTexts();
    // m-a3 started in 2025, so it is overdue today; the recent ones are not due yet.
    expect(ids.map((id) => id.replace(/^Tandem\s+/, ''))).toEqual(['m-a3', 'm-a1', 'm-a2']);
    expect(ids.join()).not.toContain('m-b1');
    await page.goto(url('/app/matches?overdue=true'));
    expect(await page.locator('.matches h2').allInnerTexts()).toEqual(['Tandem m-a3']);
    await page.goto(url('/app/matches?status=ended'));
    expect(await page.locator('.matches > li').count()).toBe(0);
    if (process.env.TANDEM_WRITE_SCREENSHOTS === '1') {
      await mkdir(screenshotsDir, { recursive: true });
      await page.goto(url('/app/matches'));
      await page.screenshot({ path: `${screenshotsDir}web-match-list-phone.png`, fullPage: true });
    }
  });

  it('answers another carrier’s match with 404', async () => {
    const response = await page.goto(url('/app/matches/m-b1'));
    expect(response?.status()).toBe(404);
    await checkPage(page, 'not found');
  });

  it('adds a new match through the form, as the same fact a webhook makes', async () => {
    await page.goto(url('/app/matches/new'));
    await checkPage(page, 'new match');
    expect(await page.locator('main').innerText()).toContain('keine Namen');
    await page.getByLabel('Tandem-Kennung (freiwillig)').fill('m-web-1');
    await page.getByLabel('Kennung Mentor:in').fill('P-17');
    await page.getByLabel('Kennung Mentee').fill('P-18');
    await page.getByLabel('Beginn').fill('2030-02-01');
    await page.getByLabel('Programm').selectOption('reading_language');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/app\/matches\/m-web-1\?created=1$/);
    await processed();
    const { status, body } = await getMatch(alpha, 'm-web-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'active',
      mentorId: 'P-17',
      menteeId: 'P-18',
      startedOn: '2030-02-01',
      programme: 'reading_language',
      group: false,
    });
  });

  it('refuses an invalid check-in with 422, each error next to its field, nothing stored', async () => {
    await page.goto(url('/app/matches/m-a1'));
    await checkPage(page, 'match page');
    await page.locator('#checkin-occurredOn').fill('');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/check-ins')),
      page.getByRole('button', { name: 'Speichern' }).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.waitForLoadState();
    await checkPage(page, 'match page with errors');
    for (const field of ['occurredOn', 'with', 'channel']) {
      const control = page.locator(`#checkin-${field}`);
      expect(await control.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).toContain(`checkin-${field}-error`);
      expect((await page.locator(`#checkin-${field}-error`).innerText()).length).toBeGreaterThan(5);
    }
    expect(await page.locator('#checkin-occurredOn-error').innerText()).toContain('JJJJ-MM-TT');
    await processed();
    expect((await getMatch(alpha, 'm-a1')).body.checkIns).toMatchObject({ count: 0 });
  });

  it('records a check-in once, however often the same form is sent', async () => {
    await page.goto(url('/app/matches/m-a1'));
    await page.locator('#checkin-occurredOn').fill(firstContactOn);
    await page.locator('#checkin-with').selectOption('both');
    await page.locator('#checkin-channel').selectOption('phone');
    await page.locator('#checkin-concern').check();
    if (process.env.TANDEM_WRITE_SCREENSHOTS === '1') {
      await page.locator('#checkin-occurredOn').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshotsDir}web-check-in-phone.png` });
    }
    // The same form, sent twice as a double click would, then once more after "back".
    const fields = await checkInFormBody(page);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const send = () =>
      fetch(url('/app/matches/m-a1/check-ins'), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          origin: api,
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: fields,
      });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((answer) => answer.status)).toEqual([303, 303]);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\?saved=1$/);
    await processed();
    const { body } = await getMatch(alpha, 'm-a1');
    expect(body.checkIns).toMatchObject({ count: 1, lastOn: firstContactOn });
    await page.reload();
    expect(await page.locator('main').innerText()).toContain(germanDate(firstContactOn));
  });

  it('refuses a cross-site POST with 403 and stores nothing', async () => {
    await page.goto(url('/app/matches/m-a2'));
    await page.locator('#checkin-occurredOn').fill('2030-01-05');
    await page.locator('#checkin-with').selectOption('mentor');
    await page.locator('#checkin-channel').selectOption('video');
    const fields = await checkInFormBody(page);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const post = (headers: Record<string, string>, body = fields) =>
      fetch(url('/app/matches/m-a2/check-ins'), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, ...headers },
        body,
      });
    const form_ = 'application/x-www-form-urlencoded';
    expect((await post({ origin: 'https://evil.example', 'content-type': form_ })).status).toBe(
      403,
    );
    expect((await post({ 'content-type': form_ })).status).toBe(403);
    expect(
      (await post({ origin: api, 'content-type': 'application/json' }, JSON.stringify({}))).status,
    ).toBe(403);
    // Same origin but without the session's form token: refused as well.
    expect(
      (await post({ origin: api, 'content-type': form_ }, fields.replace(/formToken=[^&]*/, '')))
        .status,
    ).toBe(403);
    // A real browser posting from another site is refused too.
    const evil = await context.newPage();
    await evil.route('https://evil.example/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${url('/app/matches/m-a2/check-ins')}"><input name="occurredOn" value="2030-01-05"><button>go</button></form>`,
      }),
    );
    await evil.goto('https://evil.example/');
    const [crossSite] = await Promise.all([
      evil.waitForResponse((r) => r.url().endsWith('/check-ins')),
      evil.getByRole('button').click(),
    ]);
    expect(crossSite.status()).toBe(403);
    await processed();
    expect((await getMatch(alpha, 'm-a2')).body.checkIns).toMatchObject({ count: 0 });
  });

  it('ends a match through the form', async () => {
    await page.goto(url('/app/matches/m-web-1'));
    await page.locator('#end-endedOn').fill('2030-06-30');
    await page.locator('#end-reason').selectOption('goal_reached');
    await page.getByRole('button', { name: 'Tandem beenden' }).click();
    await page.waitForURL(/\?saved=1$/);
    await processed();
    expect((await getMatch(alpha, 'm-web-1')).body).toMatchObject({
      status: 'ended',
      endedOn: '2030-06-30',
      endReason: 'goal_reached',
    });
  });

  it('switches language on every page; Arabic and Persian pages are right-to-left', async () => {
    for (const language of ['ar', 'fa'] as const) {
      await page.goto(url(`/app/matches?lang=${language}`));
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await checkPage(page, `match list (${language})`);
      await page.goto(url('/app/matches/m-a1'));
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      // Gregorian dates, ids isolated left-to-right.
      expect(await page.locator('main').innerText()).toContain(recentStart.slice(0, 4));
      expect(await page.locator('bdi[dir=ltr]', { hasText: 'm-a1' }).count()).toBeGreaterThan(0);
      await checkPage(page, `match page (${language})`);
    }
    await page.goto(url('/app/matches?lang=de'));
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  });
});

describe('"contact done" from a reminder digest (SPEC §5, §9)', () => {
  it('records the check-in once from the link of a real sweep’s digest, without JavaScript or session', async () => {
    // m-a2 is due 15 days after its start: the sweep 19 days after lists it in alpha's digest.
    await sweep(api, sweepDay);
    const digest = (await emailsTo(alphaAddress)).find((mail) => mail.body.text?.includes('m-a2'));
    const links = [...(digest?.body.text ?? '').matchAll(/https?:\/\/\S+\/app\/r\/[\w-]+/g)].map(
      (found) => found[0],
    );
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(digest?.body.html).toContain(links[0]);
    // Find the link of m-a2 (the digest lists m-a1 too).
    const context = await newPhoneContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    let found = false;
    for (const link of links) {
      await page.goto(link);
      if ((await page.locator('main').innerText()).includes('m-a2')) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    expect(await context.cookies()).toEqual([]);
    // axe-core needs JavaScript: the same page (a GET changes nothing) in a context with it.
    const checker = await newPhoneContext();
    const checkerPage = await checker.newPage();
    await checkerPage.goto(page.url());
    await checkPage(checkerPage, 'contact done');
    // Today in the funder's time zone is the default date.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(),
    );
    expect(await page.locator('#checkin-occurredOn').inputValue()).toBe(today);
    await page.locator('#checkin-occurredOn').fill(today);
    await page.locator('#checkin-with').selectOption('mentee');
    await page.locator('#checkin-channel').selectOption('in_person');
    await page.getByRole('button').click();
    await page.waitForURL(/\?recorded=1$/);
    expect(await page.locator('main').innerText()).toContain('Danke');
    await checkerPage.goto(page.url());
    await checkPage(checkerPage, 'contact recorded');
    await checker.close();
    await processed();
    expect((await getMatch(alpha, 'm-a2')).body.checkIns).toMatchObject({
      count: 1,
      lastOn: today,
    });

    // Back and send again: nothing more is recorded, and the page says so.
    await page.goBack();
    const again = await page.goto(page.url().replace(/\?recorded=1$/, ''));
    expect(again?.status()).toBe(200);
    expect(await page.locator('main').innerText()).toContain('bereits eingetragen');
    await processed();
    expect((await getMatch(alpha, 'm-a2')).body.checkIns).toMatchObject({ count: 1 });
    await context.close();
  });
});

describe('every page', () => {
  it('was checked with axe-core and at phone width', () => {
    expect([...checked]).toEqual(
      expect.arrayContaining([
        'link sent',
        'confirm sign-in',
        'invalid link',
        'choose carrier',
        'match list',
        'match page',
        'match page with errors',
        'new match',
        'not found',
        'contact done',
        'contact recorded',
        'match list (ar)',
        'match page (fa)',
      ]),
    );
  });

  it('loads nothing from another host and runs no script (strict CSP)', async () => {
    const response = await fetch(url('/app/sign-in'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('script-src');
    const html = await response.text();
    expect(html).not.toMatch(/<script|style=|https?:\/\//i);
    const context = await newPhoneContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url('/app/sign-in'));
    await checkPage(page, 'sign-in');
    expect(requests.every((request) => request.startsWith(`${api}/app/`))).toBe(true);
    await context.close();
  });
});
