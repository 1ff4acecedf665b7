import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { fileProblemText } from '../../shared/i18n/import-file-texts';
import { rowProblemText } from '../../shared/i18n/import-row-texts';
import type { Language } from '../../shared/i18n/languages';
import type { FileProblem } from '../../shared/import/file-problems';
import type { RowProblem } from '../../shared/import/row-problems';
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

// Rows with one problem each (two in row 4); UTF-8, so `Müller-7` is an id with an umlaut.
const badRows = [
  'Tandem-ID;Mentor:in-ID;Mentee-ID;Beginn;Art der Patenschaft',
  'L-1;LP-1;;03.02.2025;Bildung und Arbeit',
  'L-2;LP-2;LE-2;bald;Bildung und Arbeit',
  'L-3;Kurt Döring;LE-3;01.03.2025;Sport',
  'L-4;LP-4;LE-4;31.02.2025;Lesen und Sprache',
  'L-5;LP-5;LE-5;01.03.2025;Lesen und Sprache',
  'L-5;LP-6;LE-6;01.03.2025;Lesen und Sprache',
  'L-7;Müller-7;LE-7;01.03.2025;Lesen und Sprache',
].join('\r\n');

/** What the CLI says about these rows; none of it may show on a Turkish or Arabic page. */
const englishMessages = [
  'is empty',
  'must be a date like',
  'looks like a name',
  'is not one of',
  'is not a real calendar date',
  'is already in row',
  'must be 1–64 characters',
];

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
  await writeFile(join(dir, 'bad-rows.csv'), badRows, 'utf8');
  // Its own headers: "Nr." and "Startdatum" are no header SPEC §10 knows. MAP-1 is old.
  const recent = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
  await writeFile(
    join(dir, 'own-headers.csv'),
    `Nr.;Mentor-ID;Mentee-ID;Startdatum;Programm\r\nMAP-1;MP-1;ME-1;03.02.2025;Bildung und Arbeit\r\nMAP-2;MP-2;ME-2;${recent};Lesen und Sprache\r\n`,
  );
  await writeFile(
    join(dir, 'broken-quote.csv'),
    'Tandem-ID;Beginn\nW-1;01.02.2025\n"W-2;02.02.2025\nW-3;03.02.2025\n',
  );
  // The Excel format before 2007 begins with the OLE compound file signature.
  await writeFile(
    join(dir, 'old.xls'),
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
  );
  carrier = await onboardCarrier();
  const { cookieValue } = await createSession({
    addressHash: keys.hashAddress('koordination@example.org'),
    carrierIds: [carrier.carrierId],
  });
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
  // First in the file: the import's routes once joined the pages' app after its router was
  // built by the first page opened, and /app/import then answered 500 (issue 18).
  it('opens after another page of the app was opened first', async () => {
    const page = await context.newPage();
    const list = await page.goto(`${localSystem().urls.api}/app/matches`);
    expect(list?.status()).toBe(200);
    const upload = await page.goto(`${localSystem().urls.api}/app/import`);
    expect(upload?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Liste importieren');
    const back = await page.goto(`${localSystem().urls.api}/app/matches`);
    expect(back?.status()).toBe(200);
    await page.close();
  });

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
    // The page's language, German here; the CLI says the same in English.
    expect(preview).toContain('Das sieht nach einem Namen aus');
    expect(preview).not.toContain('looks like a name');
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

  it('offers a mapping for a list with its own headers at 390 px, then previews and imports', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${localSystem().urls.api}/app/import`);
    await page.setInputFiles('#file', join(dir, 'own-headers.csv'));
    await page.click('button[type=submit]:not(.secondary)');
    expect(await page.locator('h1').innerText()).toBe('Vorschau des Imports');
    const mapping = await page.locator('main').innerText();
    // One message and a choice per missing field, not the same error on every row.
    expect(mapping).toContain('Spalten zuordnen');
    expect(mapping).not.toContain('neu: 0');
    expect(mapping).not.toContain(
      rowProblemText('de', { code: 'missingColumn', header: 'Tandem-ID' }),
    );
    expect(await page.locator('text=Jetzt importieren').count()).toBe(0);
    expect(await page.locator('select').count()).toBe(2);
    const options = await page.locator('#map-startedOn option').allInnerTexts();
    expect(options.slice(1)).toEqual(['Nr.', 'Mentor-ID', 'Mentee-ID', 'Startdatum', 'Programm']);
    await expectAccessible(page);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(
      390,
    );

    await page.selectOption('#map-matchId', 'Nr.');
    await page.selectOption('#map-startedOn', 'Startdatum');
    await page.click('text=Zuordnen und Vorschau anzeigen');
    const preview = await page.locator('main').innerText();
    expect(preview).toContain('neu: 2');
    expect(preview).toContain('Sofort mehr als 60 Tage überfällig\n1');
    expect(await page.locator('#overdue-at-once').innerText()).toContain(
      'erscheinen in der nächsten Erinnerung',
    );
    await expectAccessible(page);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(
      390,
    );
    await processed();
    expect(JSON.stringify(await carrierItems(carrier.carrierId))).not.toContain('MAP-1');

    await page.click('text=Jetzt importieren');
    expect(await page.locator('h1').innerText()).toBe('Import abgeschlossen');
    await processed();
    expect((await getMatch(carrier, 'MAP-1')).body).toMatchObject({ status: 'active' });
    expect((await getMatch(carrier, 'MAP-2')).body).toMatchObject({ status: 'active' });
    await page.close();
  }, 180_000);

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

  it.each([
    ['tr', 'ltr', ['Hücre boş.', 'Bu tarih takvimde yok.', 'zaten 6. satırda var']],
    ['ar', 'rtl', ['الخلية فارغة.', 'هذا التاريخ غير موجود في التقويم.', 'في الصف 6']],
  ] as const)(
    'shows every row error of the preview in %s (%s)',
    async (language: Language, direction, phrases) => {
      const page = await context.newPage();
      await page.goto(`${localSystem().urls.api}/app/import?lang=${language}`);
      await page.setInputFiles('#file', join(dir, 'bad-rows.csv'));
      await page.click('button[type=submit]:not(.secondary)');
      expect(await page.locator('html').getAttribute('dir')).toBe(direction);
      const rows = await page
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
        );
      const said = (problem: RowProblem) => rowProblemText(language, problem);
      expect(rows.slice(0, 6)).toEqual([
        ['2', 'Mentee-ID', said({ code: 'empty' })],
        ['3', 'Beginn', said({ code: 'dateFormat' })],
        ['4', 'Mentor:in-ID', said({ code: 'looksLikeName' })],
        ['4', 'Art der Patenschaft', expect.stringContaining('Freizeit und Kultur') as string],
        ['5', 'Beginn', said({ code: 'notACalendarDate' })],
        ['7', 'Tandem-ID', said({ code: 'duplicateTandem', matchId: 'L-5', earlierRow: 6 })],
      ]);
      expect(rows[6]?.slice(0, 2)).toEqual(['8', 'Mentor:in-ID']);
      expect(rows).toHaveLength(7);
      const preview = await page.locator('main').innerText();
      for (const phrase of phrases) expect(preview).toContain(phrase);
      for (const english of englishMessages) expect(preview).not.toContain(english);
      await expectAccessible(page);
      await page.close();
    },
    120_000,
  );

  it.each([
    ['tr', 'notes.csv', { code: 'noColumns' }],
    ['ar', 'old.xls', { code: 'oldExcel' }],
    ['uk', 'broken-quote.csv', { code: 'malformedCsv', line: 3 }],
  ] as const)(
    'says in %s why %s cannot be imported',
    async (language: Language, name, problem: FileProblem) => {
      const page = await context.newPage();
      await page.goto(`${localSystem().urls.api}/app/import?lang=${language}`);
      await page.setInputFiles('#file', join(dir, name));
      const [refused] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/app/import')),
        page.click('button[type=submit]:not(.secondary)'),
      ]);
      expect(refused.status()).toBe(422);
      const said = await page.locator('#file-error').innerText();
      expect(said).toContain(fileProblemText(language, problem));
      expect(said).not.toContain(fileProblemText('en', problem));
      await expectAccessible(page);
      await page.close();
    },
    120_000,
  );

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
