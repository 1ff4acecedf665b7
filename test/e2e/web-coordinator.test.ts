import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { funderConfig } from '../../shared/config/runtime-env';
import { keys } from '../../shared/data/keys';
import { createLinkToken } from '../../shared/data/link-tokens';
import { createSession } from '../../shared/data/sessions';
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
import { uniqueAddress } from '../support/mailbox';

// SPEC §9 "What a coordinator who has nothing but Tandem also needs" and the web parts of
// issues 17 and 18, in a real Chromium at phone width against this file's local system.

vi.setConfig({ testTimeout: 120_000 });

const phone = { width: 390, height: 844 };
// Letters of a right-to-left script at the end: without isolation they would pull the
// neutral characters after the name (the address's "@", dots) into their direction.
const carrierName = 'Brücke e.V. جسر';

let browser: Browser;
let context: BrowserContext;
let carrier: TestCarrier;
let address: string;
let today: string;

const url = (path: string) => `${localSystem().urls.api}${path}`;

/** A page of the signed-in context, in German (a `?lang=` before is remembered in a cookie). */
async function germanPage(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url('/app/matches?lang=de'));
  return page;
}

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  const { scroll, view } = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  )) as { scroll: number; view: number };
  expect(scroll, 'no horizontal scrolling').toBeLessThanOrEqual(view);
}

const startMatch = (matchId: string, startedOn: string) =>
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

const checkIn = (matchId: string, occurredOn: string, with_: 'mentor' | 'both', concern: boolean) =>
  sendWebhook(
    carrier,
    webhook('checkin.recorded', {
      checkInId: `${matchId}-${occurredOn}`,
      matchId,
      occurredOn,
      with: with_,
      channel: 'phone',
      concern,
    }),
  );

/** What the character-position check uses of the page's globals (the tests have no DOM types). */
interface BrowserGlobals {
  readonly document: {
    createRange(): {
      setStart(node: unknown, offset: number): void;
      setEnd(node: unknown, offset: number): void;
      getBoundingClientRect(): { left: number; width: number };
    };
  };
}

/** The characters of an element's text in the order they stand on the screen, left to right. */
const visualText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const text = element.firstChild?.textContent ?? '';
      const node = element.firstChild!;
      const placed: { left: number; char: string }[] = [];
      for (let i = 0; i < text.length; i++) {
        const range = (globalThis as unknown as BrowserGlobals).document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width > 0) placed.push({ left: box.left, char: text[i]! });
      }
      return placed
        .sort((a, b) => a.left - b.left)
        .map((p) => p.char)
        .join('');
    });

beforeAll(async () => {
  today = todayIn(funderConfig().timezone);
  address = uniqueAddress('koordination');
  carrier = await onboardCarrier({ name: carrierName, coordinatorEmail: address, language: 'de' });
  // r-old: started 100 days ago, never a contact: overdue and the mentee not reached.
  await startMatch('r-old', addDays(today, -100));
  // r-concern: a contact with the mentor 3 days ago noted a concern.
  await startMatch('r-concern', addDays(today, -10));
  await checkIn('r-concern', addDays(today, -3), 'mentor', true);
  // r-new: started 5 days ago, nothing due yet.
  await startMatch('r-new', addDays(today, -5));
  // r-late: its first contact comes late, 35 days after the start (SPEC §5 first month).
  await startMatch('r-late', addDays(today, -40));
  // d-1: started on 1 October 2026, the date of issue 18.
  await startMatch('d-1', '2026-10-01');
  await processed();
  const { cookieValue } = await createSession({
    addressHash: keys.hashAddress(address),
    carrierIds: [carrier.carrierId],
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: phone });
  await context.addCookies([{ name: 'tandem_session', value: cookieValue, url: url('/') }]);
});

afterAll(async () => {
  await browser?.close();
});

describe('the list that tells (SPEC §9, §5 at risk)', () => {
  it('shows codes, programme, a recent concern and the at-risk reasons of each match', async () => {
    const page = await germanPage();
    await page.goto(url('/app/matches'));
    await expectAccessible(page);
    const old = await page.locator('.matches > li', { hasText: 'r-old' }).innerText();
    expect(old).toContain('r-old-mentor');
    expect(old).toContain('r-old-mentee');
    expect(old).toContain('Bildung und Arbeit');
    expect(old).toContain('überfällig, Mentee nicht erreicht');
    const concern = await page.locator('.matches > li', { hasText: 'r-concern' }).innerText();
    expect(concern).toMatch(/Anliegen \(letzte 60 Tage\)\s+ja/);
    expect(concern).toMatch(/Gefahr eines frühen Endes\s+Anliegen/);
    const fresh = await page.locator('.matches > li', { hasText: 'r-new' }).innerText();
    expect(fresh).toMatch(/Gefahr eines frühen Endes\s+keine/);
    await page.close();
  });

  it('filters ?risk=true and ?concern=true', async () => {
    const page = await germanPage();
    const listed = async (path: string) => {
      await page.goto(url(path));
      return (await page.locator('.matches h2').allInnerTexts()).map((id) =>
        id.replace(/^Tandem\s+/, ''),
      );
    };
    const atRisk = await listed('/app/matches?risk=true');
    expect(atRisk).toEqual(expect.arrayContaining(['r-old', 'r-concern']));
    expect(atRisk).not.toContain('r-new');
    expect(await listed('/app/matches?concern=true')).toEqual(['r-concern']);
    expect(await page.locator('main a[aria-current=page]').innerText()).toBe('Mit Anliegen');
    await expectAccessible(page);
    await page.close();
  });

  it('says on the match page which reasons hold and what each means, in the page’s language', async () => {
    const page = await germanPage();
    await page.goto(url('/app/matches/r-old'));
    const main = await page.locator('main').innerText();
    expect(main).toContain('Der nächste Kontakt ist seit mindestens 14 Tagen überfällig.');
    expect(main).toContain('In den letzten 60 Tagen gab es keinen Kontakt mit der Mentee.');
    expect(main).not.toContain('Bei einem Kontakt in den letzten 60 Tagen');
    await expectAccessible(page);
    for (const language of ['ar', 'fa'] as const) {
      await page.goto(url(`/app/matches/r-old?lang=${language}`));
      expect(await page.locator('.risk li').count()).toBe(2);
      await expectAccessible(page);
    }
    await page.close();
  });
});

describe('dates and names in right-to-left pages (SPEC §9, issue 16 point 14)', () => {
  it('shows 1 October 2026 unscrambled in Arabic and Persian, with no direction marks', async () => {
    const page = await germanPage();
    const expected = { ar: '01/10/2026', fa: '2026/10/01' } as const;
    for (const language of ['ar', 'fa'] as const) {
      await page.goto(url(`/app/matches/d-1?lang=${language}`));
      const started = page.locator('time[datetime="2026-10-01"]');
      expect(await started.first().innerText()).toBe(expected[language]);
      expect(await visualText(page, 'time[datetime="2026-10-01"]')).toBe(expected[language]);
      await expectAccessible(page);
    }
    await page.close();
  });

  it('names the carrier, isolated, and the signed-in address on every page', async () => {
    const page = await germanPage();
    for (const path of ['/app/matches', '/app/matches/new', '/app/matches/r-old', '/app/import']) {
      await page.goto(url(path));
      const header = page.locator('header');
      expect(await header.locator('bdi', { hasText: carrierName }).count(), path).toBe(1);
      expect(await header.innerText(), path).toContain(address);
      const links = await header
        .locator('nav.app-links a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      // A coordinator of a carrier without a lead may also use the connection page (SPEC §9).
      expect(links, path).toEqual([
        '/app/matches',
        '/app/matches/new',
        '/app/import',
        '/app/reports',
        '/app/funding',
        '/app/connect',
      ]);
    }
    await page.close();
  });

  it('keeps the language switch to one line of a phone screen until it is opened', async () => {
    const page = await germanPage();
    await page.goto(url('/app/matches?lang=ar'));
    const languages = page.locator('header .languages');
    const closed = await languages.boundingBox();
    expect(closed!.height).toBeLessThanOrEqual(60);
    // Opened without JavaScript (a <details>), every language is a link.
    await languages.locator('summary').click();
    expect(await languages.locator('a[hreflang]').count()).toBe(7);
    await expectAccessible(page);
    await page.close();
  });
});

describe('a match just submitted (SPEC §9)', () => {
  it('is "being saved", never "not found", until it is stored', async () => {
    const page = await germanPage();
    // Its fact on the bus, not yet in the table: what the redirect after the form leads to.
    const waiting = await page.goto(url('/app/matches/m-not-yet?created=1'));
    expect(waiting?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Wird gespeichert');
    expect(await page.locator('main a').getAttribute('href')).toBe(
      '/app/matches/m-not-yet?created=1',
    );
    await expectAccessible(page);
    // An address nobody was sent to stays "not found".
    expect((await page.goto(url('/app/matches/m-not-yet')))?.status()).toBe(404);

    await page.goto(url('/app/matches/new'));
    await page.getByLabel('Tandem-Kennung (freiwillig)').fill('m-fresh');
    await page.getByLabel('Kennung Mentor:in').fill('P-1');
    await page.getByLabel('Kennung Mentee').fill('P-2');
    await page.getByLabel('Beginn').fill(today);
    await page.getByLabel('Programm').selectOption('other');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/app\/matches\/m-fresh\?created=1$/);
    expect(await page.locator('h1').innerText()).not.toBe('Nicht gefunden');
    await processed();
    await page.reload();
    expect(await page.locator('h1').innerText()).toContain('m-fresh');
    await page.close();
  });
});

describe('check-ins through the web forms', () => {
  it('after a late first contact the match is not already overdue (SPEC §5 first month)', async () => {
    const page = await germanPage();
    await page.goto(url('/app/matches/r-late'));
    await page.locator('#checkin-occurredOn').fill(addDays(today, -5));
    await page.locator('#checkin-with').selectOption('both');
    await page.locator('#checkin-channel').selectOption('in_person');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\?saved=1$/);
    await processed();
    // step 15: due max(start + 30, contact + 15) = today + 10, not start + 30 = today − 10.
    expect((await getMatch(carrier, 'r-late')).body.checkIns).toMatchObject({
      count: 1,
      nextDueOn: addDays(today, 10),
      overdueDays: 0,
    });
    await page.reload();
    const overdue = page
      .locator('dt', { hasText: 'Tage überfällig' })
      .locator('xpath=following-sibling::dd[1]');
    expect(await overdue.innerText()).toBe('–');
    await page.close();
  });

  it('"contact done" records with one tap: today, with both, in person; it has the concern box', async () => {
    const token = await createLinkToken(
      { kind: 'contactDone', carrierId: carrier.carrierId, matchId: 'r-new' },
      14 * 24 * 3600 * 1000,
    );
    const noScript = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(url(`/app/r/${token}`));
    expect(await page.locator('#checkin-occurredOn').inputValue()).toBe(today);
    expect(await page.locator('#checkin-with').inputValue()).toBe('both');
    expect(await page.locator('#checkin-channel').inputValue()).toBe('in_person');
    expect(await page.locator('#checkin-concern').isChecked()).toBe(false);
    await page.getByRole('button').click();
    await page.waitForURL(/\?recorded=1$/);
    await processed();
    expect((await getMatch(carrier, 'r-new')).body.checkIns).toMatchObject({
      count: 1,
      lastOn: today,
    });
    await noScript.close();
    const checker = await context.newPage();
    await checker.goto(url(`/app/r/${token}`));
    await expectAccessible(checker);
    await checker.close();
  });
});
