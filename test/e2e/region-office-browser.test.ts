import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../local/cli/commands';
import { onboardCarrierWithMatch, processed } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';
import { staffSessionCookie } from '../support/staff-session';
import { appUrl } from '../support/web-sign-in';

// SPEC §13 in the office, as funder and region staff meet it: a real Chromium at 390 px,
// axe clean, no horizontal scrolling, the region's fact sheet reached from the list, the
// co-funding form answered, in German and right to left in Arabic. 10 carriers in Gemeinde
// 05315000 and 5 in 09162000 (k = 5): every region and its complement may be given.

const sheetPath = (key: string) => `/app/office/regions/${key}/periods/2025`;
const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
let funder = '';
let region = '';
let browser: Browser;

beforeAll(async () => {
  await useTableOfItsOwn('region-browser');
  const municipalities = [
    ...Array<string>(10).fill('05315000'),
    ...Array<string>(5).fill('09162000'),
  ];
  for (const [index, municipality] of municipalities.entries()) {
    await onboardCarrierWithMatch({
      name: `Träger ${index}`,
      coordinatorEmail: `k-${index}@region-browser.example`,
      municipality,
    });
  }
  await processed();
  await closePeriod(localSystem().urls.api, '2025');
  funder = await staffSessionCookie({ email: uniqueAddress('rb-funder'), role: 'funder' });
  region = await staffSessionCookie({
    email: uniqueAddress('rb-region'),
    role: 'region',
    region: '05315',
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function phonePage(session: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const [name, value] = session.split('=') as [string, string];
  await context.addCookies([{ name, value, url: localSystem().urls.api }]);
  return { context, page: await context.newPage() };
}

async function pageChecks(page: Awaited<ReturnType<typeof phonePage>>['page']) {
  const violations = await axeViolations(page);
  const overflow = Number(
    await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
  );
  return { violations, overflow };
}

describe('office region pages in a real Chromium at 390 px', () => {
  it('takes funder staff from the regions list to a fact sheet and answers the co-funding form', async () => {
    const { context, page } = await phonePage(funder);
    const list = await page.goto(appUrl('/app/office/regions?lang=de'));
    expect(list?.status()).toBe(200);
    let checks = await pageChecks(page);
    expect(checks.violations, describeViolations(checks.violations)).toEqual([]);
    expect(checks.overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('[data-region]').count()).toBe(6);

    // Opened from the list, as a programme officer does.
    await page
      .locator(`a[href^="${sheetPath('09162000')}"]`)
      .first()
      .click();
    await page.waitForURL(`**${sheetPath('09162000')}*`);
    expect(await page.locator('[data-suppressed="true"]').count()).toBe(0);
    checks = await pageChecks(page);
    expect(checks.violations, describeViolations(checks.violations)).toEqual([]);
    expect(checks.overflow).toBeLessThanOrEqual(0);

    // The GET form: a rate in German notation gives an amount, and nothing is stored.
    // Per active month: these Tandems have had no contact yet, so no supported month.
    await page.selectOption('select[name="model"]', 'per_active_month');
    await page.fill('input[name="rate"]', '12,50');
    await page.locator('form[method="get"] button[type="submit"]').click();
    await page.waitForURL(/rate=12%2C50/);
    const amount = await page.locator('.co-funding-result').getAttribute('data-amount');
    expect(Number(amount)).toBeGreaterThan(0);
    checks = await pageChecks(page);
    expect(checks.violations, describeViolations(checks.violations)).toEqual([]);
    if (process.env.TANDEM_WRITE_SCREENSHOTS === '1') {
      await mkdir(screenshotsDir, { recursive: true });
      // The sheet is long: the viewport from its title down to the co-funding result.
      await page.evaluate(
        "document.querySelector('.co-funding-result').scrollIntoView({ block: 'end' })",
      );
      await page.screenshot({ path: `${screenshotsDir}office-region-phone.png` });
    }
    await context.close();
  }, 120_000);

  it('shows region staff their own fact sheet right to left in Arabic, and 404 outside', async () => {
    const { context, page } = await phonePage(region);
    const sheet = await page.goto(appUrl(`${sheetPath('05315')}?lang=ar`));
    expect(sheet?.status()).toBe(200);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('[data-suppressed="true"]').count()).toBe(0);
    const checks = await pageChecks(page);
    expect(checks.violations, describeViolations(checks.violations)).toEqual([]);
    expect(checks.overflow).toBeLessThanOrEqual(0);
    expect((await page.goto(appUrl(sheetPath('09162'))))?.status()).toBe(404);
    expect((await page.goto(appUrl(sheetPath('05'))))?.status()).toBe(404);
    await context.close();
  }, 120_000);
});
