import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/openapi/document';
import { webhookSample } from '../../shared/openapi/sample';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { documentedResponse } from '../support/openapi-responses';

// SPEC §11 on the running system: the document at /v1/openapi.json without a key, and the
// /docs page in a real Chromium: readable on a phone, accessible, loading nothing else.

describe('GET /v1/openapi.json', () => {
  it('serves the OpenAPI document without a key, matching itself', async () => {
    const response = await documentedResponse(
      'GET',
      await fetch(`${localSystem().urls.api}/v1/openapi.json`),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const served = (await response.json()) as { openapi: string };
    expect(served.openapi).toMatch(/^3\.1\./);
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });
});

describe('GET /docs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is a self-contained page with a strict CSP, readable on a phone and axe-clean', async () => {
    const url = `${localSystem().urls.api}/docs`;
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');

    // Nothing from another host, nothing besides the page itself.
    const origin = new URL(url).origin;
    expect(requested.filter((request) => new URL(request).origin !== origin)).toEqual([]);
    expect(requested.filter((request) => !request.endsWith('/favicon.ico'))).toEqual([url]);
    // The inline style sheet is allowed by its hash: styles apply, nothing is blocked.
    expect(cspViolations).toEqual([]);
    expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('1024px');

    // Every operation and every webhook type is on the page, with a sample to copy.
    const text = await page.locator('main').innerText();
    for (const path of Object.keys(openApiDocument().paths)) expect(text).toContain(path);
    for (const type of Object.keys(openApiDocument().webhooks)) {
      expect(await page.locator(`[id="webhook-${type}"] pre`).innerText()).toBe(
        JSON.stringify(webhookSample(type as never), null, 2),
      );
    }
    expect(await page.locator('a[href="/v1/openapi.json"]').count()).toBe(1);

    // Usable on a phone: the page itself never scrolls sideways (wide tables scroll inside).
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  }, 90_000);
});
