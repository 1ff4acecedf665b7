import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../shared/data/sessions';
import { getMatch, onboardCarrier, processed, type TestCarrier } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';

// `/app/import` in real Chromium (SPEC §10): upload, the preview with counts and every error
// (nothing stored yet), the confirm button, the result; every page checked with axe-core.

const names = ['Jürgen Weiß', 'Zoë Brandt', 'Kurt Döring'];

const germanExcel = Buffer.from(
  [
    'Tandem-ID;Mentor:in;Mentor:in-ID;Mentee-ID;Beginn;Art der Patenschaft;Ende;Beendigungsgrund',
    'W-1;Jürgen Weiß;WP-1;WE-1;03.02.2025;Bildung und Arbeit;;',
    'W-2;Zoë Brandt;WP-2;WE-2;01.03.2025;Lesen und Sprache;30.09.2025;Ziel erreicht',
    'W-3;Kurt Döring;Kurt Döring;WE-3;01.03.2025;Lesen und Sprache;;',
  ].join('\r\n'),
  'latin1',
);

let browser: Browser;
let context: BrowserContext;
let carrier: TestCarrier;
let dir: string;

const expectAccessible = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-import-web-'));
  await writeFile(join(dir, 'tandems.csv'), germanExcel);
  await writeFile(join(dir, 'too-large.csv'), Buffer.alloc(3 * 1024 * 1024 + 1, 0x41));
  await writeFile(join(dir, 'notes.csv'), 'Name;Notiz\r\nJürgen Weiß;Hallo\r\n', 'latin1');
  carrier = await onboardCarrier();
  const { cookieValue } = await createSession([carrier.carrierId]);
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addCookies([
    { name: 'tandem_session', value: cookieValue, url: localSystem().urls.api },
  ]);
});

afterAll(async () => {
  await browser?.close();
});

describe('/app/import', () => {
  it('previews, stores nothing until confirmed, then imports', async () => {
    const page = await context.newPage();
    await page.goto(`${localSystem().urls.api}/app/import`);
    expect(await page.locator('h1').innerText()).toBe('Liste importieren');
    await expectAccessible(page);

    await page.setInputFiles('#file', join(dir, 'tandems.csv'));
    await page.click('button[type=submit]:not(.secondary)');
    expect(await page.locator('h1').innerText()).toBe('Vorschau des Imports');
    const preview = await page.locator('main').innerText();
    expect(preview).toContain('neu: 2');
    expect(preview).toContain('Mentor:in-ID');
    expect(preview).toContain('looks like a name');
    await expectAccessible(page);
    await processed();
    expect(await carrierItems(carrier.carrierId)).toEqual([]);

    await page.click('text=Jetzt importieren');
    expect(await page.locator('h1').innerText()).toBe('Import abgeschlossen');
    expect(await page.locator('main').innerText()).toContain('neu: 2');
    await expectAccessible(page);
    await processed();
    expect((await getMatch(carrier, 'W-1')).body).toMatchObject({
      status: 'active',
      programme: 'education_work',
    });
    expect((await getMatch(carrier, 'W-2')).body).toMatchObject({
      status: 'ended',
      endReason: 'goal_reached',
    });
    expect((await getMatch(carrier, 'W-3')).status).toBe(404);
    const stored = JSON.stringify(await carrierItems(carrier.carrierId));
    for (const name of names) expect(stored).not.toContain(name);
    await page.close();
  }, 120_000);

  it('refuses a file over the limit, naming it, and a file without known columns', async () => {
    const page = await context.newPage();
    await page.goto(`${localSystem().urls.api}/app/import`);
    await page.setInputFiles('#file', join(dir, 'too-large.csv'));
    const [tooLarge] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/app/import')),
      page.click('button[type=submit]:not(.secondary)'),
    ]);
    expect(tooLarge.status()).toBe(413);
    expect(await page.locator('#file-error').innerText()).toContain('3 MB');
    await expectAccessible(page);

    await page.setInputFiles('#file', join(dir, 'notes.csv'));
    const [unknown] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/app/import')),
      page.click('button[type=submit]:not(.secondary)'),
    ]);
    expect(unknown.status()).toBe(422);
    expect(await page.locator('#file-error').innerText()).toContain('Tandem-ID');
    await page.close();
  }, 120_000);

  it.each([
    ['ar', 'rtl', 'استيراد قائمة'],
    ['fa', 'rtl', 'وارد کردن فهرست'],
    ['tr', 'ltr', 'Liste içe aktar'],
    ['uk', 'ltr', 'Імпортувати список'],
    ['ru', 'ltr', 'Импортировать список'],
  ])('speaks %s (%s) on the upload page', async (language, direction, title) => {
    const page = await context.newPage();
    await page.goto(`${localSystem().urls.api}/app/import?lang=${language}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await page.locator('html').getAttribute('dir')).toBe(direction);
    expect(await page.locator('h1').innerText()).toBe(title);
    await expectAccessible(page);
    await page.close();
  });

  it('refuses an upload from another origin and without a session', async () => {
    const crossSite = await fetch(`${localSystem().urls.api}/app/import`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'multipart/form-data; boundary=x',
      },
      body: '--x--\r\n',
    });
    expect(crossSite.status).toBe(403);
    const anonymous = await fetch(`${localSystem().urls.api}/app/import`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
  });
});
