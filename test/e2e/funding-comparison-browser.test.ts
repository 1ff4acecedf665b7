import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFunderSummaryHtml } from '../../functions/reports/render/funder-summary-html';
import { reportPageScriptSources } from '../../functions/reports/render/funding-what-if-script';
import {
  compareFundingModels,
  publishableGroupUnits,
  ratesOfModel,
  type ComparedCarrier,
} from '../../shared/domain/reports/funding-comparison';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { funderSummary } from '../support/sample-reports';

// SPEC §6 "Comparing funding models" on the funder summary page, in a real Chromium: the
// groups' shares under the three models and the more/less counts are there without script;
// with script, the what-if form recomputes the groups' shares from the per-group units the
// page carries, allowed by the page's CSP through the script's hash, fetching nothing.

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const rates = { per_new_match: 200, per_active_month: 20, per_supported_month: 30 };
const k = 5;

/** Twelve carriers: 5 migrant organisations; 6 reporting with municipal funds, 2 without. */
const carriers: ComparedCarrier[] = Array.from({ length: 12 }, (_, index) => ({
  units: {
    per_new_match: index < 5 ? 1 + (index % 2) : 6 + index,
    per_active_month: (900 + 137 * index) / 30,
    per_supported_month: index < 5 ? 40 + index : 12 + (index % 4),
  },
  migrantOrganisation: index < 5,
  withMunicipalFunds: index % 3 === 0 ? null : index < 9,
}));

const unitSum = (members: readonly ComparedCarrier[], model: keyof typeof rates) =>
  members.reduce((sum, carrier) => sum + carrier.units[model], 0);

/** Each group's share for `given` rates, computed here from the carriers themselves. */
function expectedShare(given: typeof rates, member: (carrier: ComparedCarrier) => boolean): number {
  const amount = (members: readonly ComparedCarrier[]) =>
    (Object.keys(given) as (keyof typeof rates)[]).reduce(
      (sum, model) => sum + given[model] * unitSum(members, model),
      0,
    );
  return Math.round((amount(carriers.filter(member)) / amount(carriers)) * 10_000) / 10_000;
}

const percentText = (share: number) =>
  new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 2 }).format(share);

let browser: Browser;
let directory: string;
let file: string;
let html: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tandem-funding-comparison-'));
  file = join(directory, 'funder-summary.html');
  const baseline = ratesOfModel('per_new_match', rates.per_new_match);
  const summary = {
    ...funderSummary,
    fundingComparison: {
      per_active_month: compareFundingModels(
        carriers,
        ratesOfModel('per_active_month', rates.per_active_month),
        baseline,
        k,
      ),
      per_supported_month: compareFundingModels(
        carriers,
        ratesOfModel('per_supported_month', rates.per_supported_month),
        baseline,
        k,
      ),
    },
  };
  html = await renderFunderSummaryHtml(
    summary,
    { funderName: 'Beispiel-Stiftung', period },
    { rates, units: publishableGroupUnits(carriers, k) },
    'de',
  );
  await writeFile(file, html);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(
  javaScriptEnabled: boolean,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
) {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, url, requests, errors };
}

const cellText = (page: Page, group: string, what: string) =>
  page.locator(`#funding-what-if tr[data-group="${group}"] [data-what-if="${what}"]`).innerText();

describe('the funding comparison section of the funder summary page', () => {
  it('allows its one inline script by hash, and carries per-group units only', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    const executable = scripts.filter(([, attributes]) => !/application\/json/.test(attributes!));
    expect(executable).toHaveLength(1);
    expect(executable[0]![1]).toBe('');
    const hash = `'sha256-${createHash('sha256').update(executable[0]![2]!).digest('base64')}'`;
    expect(reportPageScriptSources).toEqual([hash]);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policy).toContain(`script-src ${hash}`);
    expect(policy).toContain("default-src 'none'");

    const data = JSON.parse(
      /<script type="application\/json" id="funding-what-if-data">([^<]*)<\/script>/.exec(
        html,
      )![1]!,
    ) as { groups: Record<string, Record<string, number>> };
    // Migrant organisations (5) and others (7) are shown; the 2 reporting carriers without
    // municipal funds are suppressed, and so are the 6 with them, their complement (SPEC §6).
    expect(Object.keys(data.groups).sort()).toEqual([
      'all',
      'migrantOrganisations',
      'otherCarriers',
    ]);
    expect(data.groups.migrantOrganisations!.per_supported_month).toBe(
      unitSum(carriers.slice(0, 5), 'per_supported_month'),
    );
    // Nothing of a single carrier: no per-carrier array, no carrier's own units.
    expect(JSON.stringify(data)).not.toMatch(/\[/);
  });

  it('shows the three models, the counts and the charts without JavaScript; the form stays hidden', async () => {
    const { page, url, requests, errors } = await open(false);
    try {
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      const section = page.locator('#funding-comparison');
      await expect(section.isVisible()).resolves.toBe(true);
      const text = await section.innerText();
      for (const words of [
        'Fördermodelle: Wer bekäme mehr, wer weniger?',
        'Bekämen mehr',
        'Bekämen weniger',
        'Pro begleitetem Monat',
        'unterdrückt (k-Anonymität)',
      ]) {
        expect(text).toContain(words);
      }
      const migrantShare = expectedShare(
        { per_new_match: 0, per_active_month: 0, per_supported_month: 30 },
        (carrier) => carrier.migrantOrganisation,
      );
      expect(
        await section
          .locator(
            '[data-figure="fundingComparison.per_supported_month.groups.migrantOrganisations.share"]',
          )
          .getAttribute('data-value'),
      ).toBe(String(migrantShare));
      // No chart of the municipal-funds pair: both are suppressed.
      expect(await section.locator('figure.chart svg').count()).toBe(2);
      expect(await page.locator('#funding-what-if').isVisible()).toBe(false);
      // axe-core runs in the test with script below (it needs the page's timers).
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('fits a phone screen without sideways scrolling of the page', async () => {
    const { page } = await open(true, { width: 390, height: 844 });
    try {
      const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect(scrollWidth).toBeLessThanOrEqual(390);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('recomputes the groups’ shares in the browser for the rates typed in', async () => {
    const { page, url, requests, errors } = await open(true);
    try {
      const form = page.locator('#funding-what-if');
      await expect(form.isVisible()).resolves.toBe(true);
      const migrant = (carrier: ComparedCarrier) => carrier.migrantOrganisation;
      // At first: the funder's rates, all three models mixed.
      expect(await cellText(page, 'migrantOrganisations', 'share')).toBe(
        percentText(expectedShare(rates, migrant)),
      );
      expect(await cellText(page, 'all', 'share')).toBe(percentText(1));
      expect(await cellText(page, 'migrantOrganisations', 'baselineShare')).toBe(
        percentText(
          expectedShare(
            { per_new_match: 200, per_active_month: 0, per_supported_month: 0 },
            migrant,
          ),
        ),
      );

      // Support-based only, with a decimal comma as Germans type it.
      await page.fill('#what-if-per_new_match', '0');
      await page.fill('#what-if-per_active_month', '0');
      await page.fill('#what-if-per_supported_month', '12,5');
      const supportOnly = { per_new_match: 0, per_active_month: 0, per_supported_month: 12.5 };
      expect(await cellText(page, 'migrantOrganisations', 'share')).toBe(
        percentText(expectedShare(supportOnly, migrant)),
      );
      expect(await cellText(page, 'otherCarriers', 'share')).toBe(
        percentText(expectedShare(supportOnly, (carrier) => !carrier.migrantOrganisation)),
      );
      expect(await cellText(page, 'all', 'amount')).toBe(
        new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(
          12.5 * unitSum(carriers, 'per_supported_month'),
        ),
      );
      const status = page.locator('#funding-what-if [data-what-if="status"]');
      expect(await status.isVisible()).toBe(false);

      // A negative rate is refused, visibly.
      await page.fill('#what-if-per_supported_month', '-3');
      expect(await status.isVisible()).toBe(true);
      expect(await cellText(page, 'migrantOrganisations', 'share')).toBe('–');
      expect(await page.getAttribute('#what-if-per_supported_month', 'aria-invalid')).toBe('true');
      await page.fill('#what-if-per_supported_month', '30');
      expect(await status.isVisible()).toBe(false);

      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);

      const screenshot = join(directory, 'funding-comparison.png');
      await page.locator('#funding-comparison').screenshot({ path: screenshot });
      const png = await readFile(screenshot);
      expect(png.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe(true);
      console.info(`funding comparison screenshot: ${screenshot}`);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
