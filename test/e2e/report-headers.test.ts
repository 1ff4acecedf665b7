import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../local/cli/commands';
import { launchChromium } from '../support/browser';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { useTableOfItsOwn } from '../support/own-table';

// Issue 8: report answers are never sniffed or cached, and the HTML report cannot load, run
// or frame anything; it still renders with its own styles under that policy.

let carrier: TestCarrier;
let browser: Browser | undefined;

beforeAll(async () => {
  await useTableOfItsOwn('report-headers');
  carrier = await onboardCarrier();
  const created = webhook('match.created', {
    matchId: 'm-1',
    mentorId: 'p-1',
    menteeId: 'p-2',
    startedOn: '2025-02-03',
    programme: 'education_work',
  });
  expect((await sendWebhook(carrier, created)).status).toBe(202);
  await processed();
  await closePeriod(localSystem().urls.api, '2025');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const reportUrl = (format: string) =>
  `${localSystem().urls.api}/v1/periods/2025/carriers/${carrier.carrierId}/report?format=${format}`;

describe('report responses', () => {
  it.each(['json', 'csv', 'html'])('%s: nosniff, no-store and a strict CSP', async (format) => {
    const response = await fetch(reportUrl(format), {
      headers: { authorization: `Bearer ${carrier.apiKey}` },
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const policy = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      policy.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'none'",
      'frame-ancestors': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    // Scripts only by hash (the funder summary's what-if form): never inline at large.
    expect(directives['script-src']).toMatch(/^('sha256-[A-Za-z0-9+/]+=*'\s*)+$/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('renders the HTML report under that policy: styled, nothing refused', async () => {
    browser = await launchChromium();
    const context = await browser.newContext({
      extraHTTPHeaders: { authorization: `Bearer ${carrier.apiKey}` },
    });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const response = await page.goto(reportUrl('html'), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    // The page's own <style> applies: the body is not the browser's default 8px margin.
    const margin = String(await page.evaluate('getComputedStyle(document.body).margin'));
    expect(margin).not.toBe('8px');
    expect(refused).toEqual([]);
    await context.close();
  }, 60_000);
});
