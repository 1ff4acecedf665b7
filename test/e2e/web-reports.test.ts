import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closePeriod } from '../../local/cli/commands';
import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { languages } from '../../shared/i18n/languages';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';
import { appUrl, openPage } from '../support/web-sign-in';

// SPEC §9 `/app/reports`: the coordinator and the lead see their carrier's stored report of
// every closed period in the app, drawn by the HTML report's renderer, with its CSV and JSON.

vi.setConfig({ testTimeout: 120_000 });

const periodId = '2025';
const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let reporting: TestCarrier;
let quiet: TestCarrier;
const cookies: Record<'coordinator' | 'lead' | 'quiet', string> = {
  coordinator: '',
  lead: '',
  quiet: '',
};

const sessionCookie = async (address: string, carrierId: string) =>
  `tandem_session=${
    (await createSession({ addressHash: keys.hashAddress(address), carrierIds: [carrierId] }))
      .cookieValue
  }`;

/** The same file from the report API, with the carrier's key. */
const fromApi = async (carrier: TestCarrier, format: 'json' | 'csv' | 'html', lang?: string) =>
  (
    await fetch(
      appUrl(
        `/v1/periods/${periodId}/carriers/${carrier.carrierId}/report?format=${format}${lang ? `&lang=${lang}` : ''}`,
      ),
      { headers: { authorization: `Bearer ${carrier.apiKey}` } },
    )
  ).text();

/** The value the page shows a figure with, as the renderer's `data-value`. */
const figure = (page: string, name: string) =>
  new RegExp(`data-figure="${name.replace('.', '\\.')}" data-value="([^"]*)"`).exec(page)?.[1];

beforeAll(async () => {
  const coordinator = uniqueAddress('reports');
  const lead = uniqueAddress('reports-lead');
  reporting = await onboardCarrier({
    name: 'Berichte e.V.',
    coordinatorEmail: coordinator,
    leadEmail: lead,
    language: 'de',
  });
  const quietAddress = uniqueAddress('reports-quiet');
  quiet = await onboardCarrier({ name: 'Still e.V.', coordinatorEmail: quietAddress });
  for (const [matchId, startedOn] of [
    ['rep-1', '2025-02-01'],
    ['rep-2', '2025-03-01'],
  ] as const) {
    await sendWebhook(
      reporting,
      webhook('match.created', {
        matchId,
        mentorId: `${matchId}-m`,
        menteeId: `${matchId}-e`,
        startedOn,
        programme: 'leisure_culture',
      }),
    );
  }
  await processed();
  cookies.coordinator = await sessionCookie(coordinator, reporting.carrierId);
  cookies.lead = await sessionCookie(lead, reporting.carrierId);
  cookies.quiet = await sessionCookie(quietAddress, quiet.carrierId);
});

describe('before the period is closed', () => {
  it('lists no report, and the period’s page and files are 404', async () => {
    const list = await openPage('/app/reports', cookies.coordinator);
    expect(list.status).toBe(200);
    const page = await list.text();
    expect(page).toContain('Noch kein Förderzeitraum ist abgeschlossen.');
    expect(page).not.toContain('href="/app/reports/2025"');
    for (const path of ['/app/reports/2025', '/app/reports/2025/report.csv']) {
      expect((await openPage(path, cookies.coordinator)).status).toBe(404);
    }
  });
});

describe('after the close (SPEC §9 /app/reports)', () => {
  beforeAll(async () => {
    await closePeriod(localSystem().urls.api, periodId);
  }, 300_000);

  it('lists the closed period’s report for the coordinator and the lead', async () => {
    for (const cookie of [cookies.coordinator, cookies.lead]) {
      const page = await (await openPage('/app/reports', cookie)).text();
      expect(page).toContain('href="/app/reports/2025"');
    }
  });

  it('shows the stored report’s figures with the report renderer, in the page’s language', async () => {
    const stored = JSON.parse(await fromApi(reporting, 'json')) as {
      matches: { new: number; activeAtEnd: number };
      checkIns: { due: number };
    };
    expect(stored.matches.new).toBe(2);
    const response = await openPage('/app/reports/2025?lang=en', cookies.lead);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('<h1>Report 2025</h1>');
    expect(figure(page, 'matches.new')).toBe(String(stored.matches.new));
    expect(figure(page, 'matches.activeAtEnd')).toBe(String(stored.matches.activeAtEnd));
    expect(figure(page, 'checkIns.due')).toBe(String(stored.checkIns.due));
    // The stored HTML report's sections in the page's language, charts included (SPEC §6).
    const storedHtml = await fromApi(reporting, 'html', 'en');
    const main = storedHtml.slice(storedHtml.indexOf('<main>') + 6, storedHtml.indexOf('</main>'));
    expect(page).toContain(main.trim());
    expect(page).toContain('<svg');
    expect(page).toContain('href="/app/reports/2025/report.csv"');
    expect(page).toContain('href="/app/reports/2025/report.json"');
  });

  it('offers the stored CSV and JSON for download, the same bytes as the report API', async () => {
    for (const format of ['csv', 'json'] as const) {
      const response = await openPage(`/app/reports/2025/report.${format}`, cookies.coordinator);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(
        format === 'csv' ? 'text/csv' : 'application/json',
      );
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="tandem-2025-${reporting.carrierId}.${format}"`,
      );
      expect(await response.text()).toBe(await fromApi(reporting, format));
    }
  });

  it('shows each carrier only its own report; an unknown period is 404; signed out goes to sign-in', async () => {
    const page = await (await openPage('/app/reports/2025', cookies.quiet)).text();
    expect(figure(page, 'matches.new')).toBe('0');
    const json = await (await openPage('/app/reports/2025/report.json', cookies.quiet)).text();
    expect(JSON.parse(json)).toMatchObject({ carrierId: quiet.carrierId });
    for (const path of ['/app/reports/2030', '/app/reports/2030/report.json']) {
      expect((await openPage(path, cookies.coordinator)).status).toBe(404);
    }
    const signedOut = await fetch(appUrl('/app/reports/2025'), { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/app/sign-in');
  });

  describe('in Chromium at phone width', () => {
    let browser: Browser;
    afterAll(async () => {
      await browser?.close();
    });

    it('passes axe in all seven languages without horizontal scrolling', async () => {
      browser = await launchChromium();
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const [name, value] = cookies.coordinator.split('=') as [string, string];
      await context.addCookies([{ name, value, url: appUrl('/') }]);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      for (const path of ['/app/reports', '/app/reports/2025']) {
        for (const language of languages) {
          await page.goto(appUrl(`${path}?lang=${language}`));
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          const violations = await axeViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
          const { scroll, view } = (await page.evaluate(
            '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
          )) as { scroll: number; view: number };
          expect(scroll, `no horizontal scrolling (${path}, ${language})`).toBeLessThanOrEqual(
            view,
          );
          if (
            process.env.TANDEM_WRITE_SCREENSHOTS === '1' &&
            path === '/app/reports/2025' &&
            language === 'de'
          ) {
            await mkdir(screenshotsDir, { recursive: true });
            await page.screenshot({ path: `${screenshotsDir}web-report-phone.png` });
          }
        }
      }
      expect(requests.filter((url) => !url.startsWith(localSystem().urls.api))).toEqual([]);
    });
  });
});
