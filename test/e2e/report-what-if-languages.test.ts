import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuro, formatShare } from '../../functions/reports/render/display-format';
import { renderFunderSummaryHtml } from '../../functions/reports/render/funder-summary-html';
import type { GroupUnits } from '../../shared/domain/reports/funding-comparison';
import type { Language } from '../../shared/i18n/languages';
import { launchChromium } from '../support/browser';
import { funderSummary } from '../support/sample-reports';

// Issue 18: the funder summary's what-if form (SPEC §6) writes its amounts and shares in the
// page's language, as the server writes every other figure (display-format.ts), in a real
// Chromium; its one script is the same for every language, so the CSP hash stays one.

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const rates = { per_new_match: 200, per_active_month: 20, per_supported_month: 30 };
const units = {
  all: { per_new_match: 97, per_active_month: 2561.7, per_supported_month: 2004 },
  otherCarriers: { per_new_match: 88, per_active_month: 2156.1, per_supported_month: 1652 },
} satisfies GroupUnits;

const amountOf = (group: keyof typeof units) =>
  Math.round(
    (rates.per_new_match * units[group].per_new_match +
      rates.per_active_month * units[group].per_active_month +
      rates.per_supported_month * units[group].per_supported_month) *
      100,
  ) / 100;

let browser: Browser;
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tandem-what-if-languages-'));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * The what-if table's cells of `otherCarriers` once the script has run on the page, after
 * typing `typed` (field id → text) into the rate fields.
 */
async function whatIfCells(language: Language, typed: Record<string, string> = {}) {
  const html = await renderFunderSummaryHtml(
    funderSummary,
    { funderName: 'Beispiel-Stiftung', period },
    { rates, units },
    language,
  );
  const file = join(directory, `funder-summary-${language}.html`);
  await writeFile(file, html);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    for (const [field, text] of Object.entries(typed)) await page.fill(`#${field}`, text);
    const row = page.locator('#funding-what-if tr[data-group="otherCarriers"]');
    const cell = (what: string) => row.locator(`[data-what-if="${what}"] bdi[dir="ltr"]`);
    const cells = {
      amount: await cell('amount').innerText(),
      share: await cell('share').innerText(),
    };
    expect(errors).toEqual([]);
    return cells;
  } finally {
    await context.close();
  }
}

describe('the what-if form in the page’s language (issue 18)', () => {
  it.each(['en', 'tr', 'ar', 'fa', 'de'] as const)(
    'writes amounts and shares as the %s page writes its other figures',
    async (language) => {
      const cells = await whatIfCells(language);
      const share = Math.round((amountOf('otherCarriers') / amountOf('all')) * 10_000) / 10_000;
      expect(cells).toEqual({
        amount: formatEuro(language, amountOf('otherCarriers')),
        share: formatShare(language, share),
      });
    },
    60_000,
  );

  it.each([
    ['fa', '۰', '۱۲٫۵'],
    ['ar', '٠', '١٢٫٥'],
  ] as const)(
    'takes rates typed in %s digits with its decimal separator',
    async (language, zero, twelveAndAHalf) => {
      const cells = await whatIfCells(language, {
        'what-if-per_new_match': zero,
        'what-if-per_active_month': zero,
        'what-if-per_supported_month': twelveAndAHalf,
      });
      const amount = (group: keyof typeof units) => 12.5 * units[group].per_supported_month;
      const share = Math.round((amount('otherCarriers') / amount('all')) * 10_000) / 10_000;
      expect(cells).toEqual({
        amount: formatEuro(language, amount('otherCarriers')),
        share: formatShare(language, share),
      });
    },
    60_000,
  );
});
