import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCarrierReportHtml } from '../../functions/reports/render/carrier-report-html';
import { renderFunderSummaryHtml } from '../../functions/reports/render/funder-summary-html';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { carrierReport, funderSummary } from '../support/sample-reports';

// SPEC §6: the HTML reports are self-contained. Here a real browser (Chromium, driven by
// playwright-core; see support/browser.ts) opens them from a file and records every request: the page
// itself must be the only one. It also takes screenshots (phone and desktop) and prints a PDF.

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };

const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

let browser: Browser;
let directory: string;
const pages: Record<'carrier' | 'funder' | 'arabic', string> = {
  carrier: '',
  funder: '',
  arabic: '',
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tandem-report-html-'));
  pages.carrier = join(directory, 'carrier-report.html');
  pages.funder = join(directory, 'funder-summary.html');
  await writeFile(
    pages.carrier,
    await renderCarrierReportHtml(
      carrierReport,
      {
        funderName: 'Beispiel-Stiftung',
        carrierName: 'Patenschaften <Musterstadt> e.V.',
        period,
      },
      'de',
    ),
  );
  await writeFile(
    pages.funder,
    await renderFunderSummaryHtml(
      funderSummary,
      { funderName: 'Beispiel-Stiftung', period },
      undefined,
      'de',
    ),
  );
  pages.arabic = join(directory, 'carrier-report-ar.html');
  await writeFile(
    pages.arabic,
    await renderCarrierReportHtml(
      carrierReport,
      { funderName: 'Beispiel-Stiftung', carrierName: 'جمعية الجسر', period },
      'ar',
    ),
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  // TANDEM_KEEP_REPORT_SCREENSHOTS=1 keeps the screenshots and PDFs to look at.
  if (process.env.TANDEM_KEEP_REPORT_SCREENSHOTS) console.info(`report screenshots: ${directory}`);
  else if (directory) await rm(directory, { recursive: true, force: true });
});

interface Visit {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly failed: string[];
  readonly errors: string[];
}

/** Opens a report file in a fresh context, recording every request, failure and error. */
async function visit(
  file: string,
  viewport: { width: number; height: number },
  /** axe-core needs the page's timers; the report itself runs no script either way. */
  javaScriptEnabled = false,
): Promise<Visit> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) =>
    failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  // Anything that a late style or image would fetch shows up by then.
  await page.waitForLoadState('networkidle');
  return { page, url, requests, failed, errors };
}

const isPng = (data: Buffer) =>
  data.length > 1000 && data.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'));

describe.each(['carrier', 'funder'] as const)('the %s report page in Chromium', (name) => {
  it.each(Object.keys(viewports) as (keyof typeof viewports)[])(
    'loads nothing but itself and renders on a %s screen',
    async (viewportName) => {
      const viewport = viewports[viewportName];
      const { page, url, requests, failed, errors } = await visit(pages[name], viewport);
      try {
        expect(requests).toEqual([url]);
        expect(failed).toEqual([]);
        expect(errors).toEqual([]);

        // The charts are drawn, each at a visible size.
        const charts = await Promise.all(
          (await page.locator('figure.chart svg').all()).map((svg) => svg.boundingBox()),
        );
        expect(charts.length).toBeGreaterThanOrEqual(name === 'carrier' ? 4 : 6);
        for (const chart of charts) {
          expect(chart?.width).toBeGreaterThan(200);
          expect(chart?.height).toBeGreaterThan(80);
        }
        // Nothing wider than the screen: no sideways scrolling on a phone.
        // (The tests are compiled without the DOM library, hence the expression as a string.)
        const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
        expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
        // The escaped carrier name is shown as text.
        if (name === 'carrier') {
          expect(await page.textContent('dl.meta')).toContain('Patenschaften <Musterstadt> e.V.');
        }

        const file = join(directory, `${name}-${viewportName}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(isPng(await readFile(file))).toBe(true);
      } finally {
        await page.context().close();
      }
    },
  );

  it('prints to PDF', async () => {
    const { page, failed, errors } = await visit(pages[name], viewports.desktop);
    try {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      await writeFile(join(directory, `${name}.pdf`), pdf);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the Arabic carrier report in Chromium (SPEC §6, the reader’s language)', () => {
  it('reads right to left, in Arabic, with its numbers and dates kept whole, axe-clean on a phone', async () => {
    const { page, url, requests, errors } = await visit(pages.arabic, viewports.phone, true);
    try {
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.evaluate('getComputedStyle(document.body).direction')).toBe('rtl');
      expect(await page.textContent('h1')).toBe('تقرير تمويل الجهة الحاملة');
      // Dates and numbers are isolated, so the right-to-left text around them keeps them whole.
      expect(await page.textContent('dl.meta')).toContain('01/01/2025');
      expect(await page.locator('td[data-figure="checkIns.adherence"] bdi').textContent()).toMatch(
        /^[0-9.,\s\u00a0%٪]+$/,
      );
      const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect(scrollWidth).toBeLessThanOrEqual(viewports.phone.width);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
