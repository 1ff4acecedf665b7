import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTableOfItsOwn } from '../support/own-table';
import { closePeriod, createAdminKey } from '../../local/cli/commands';
import { getFundingReport } from '../../shared/data/funding';
import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { languages } from '../../shared/i18n/languages';
import { onboardCarrier, processed, type TestCarrier } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';
import { appUrl, hiddenField, openPage, postForm } from '../support/web-sign-in';

// SPEC §9 `/app/funding`: a carrier without software reports its funding through the app,
// the same `funding.reported` fact as the webhook, and so appears in the §6 carrier situation.

vi.setConfig({ testTimeout: 120_000 });

const periodId = '2025';
const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

interface SignedInCarrier extends TestCarrier {
  readonly cookie: string;
}

async function signedInCarrier(name: string): Promise<SignedInCarrier> {
  const address = uniqueAddress('funding');
  const carrier = await onboardCarrier({ name, coordinatorEmail: address, language: 'de' });
  const { cookieValue } = await createSession({
    addressHash: keys.hashAddress(address),
    carrierIds: [carrier.carrierId],
  });
  return { ...carrier, cookie: `tandem_session=${cookieValue}` };
}

/** The funding page's form: its tokens, and the page. */
async function fundingForm(carrier: SignedInCarrier, query = '') {
  const response = await openPage(`/app/funding${query}`, carrier.cookie);
  const page = await response.text();
  return {
    status: response.status,
    page,
    formToken: hiddenField(page, 'formToken')!,
    nonce: hiddenField(page, 'nonce')!,
  };
}

const submit = (
  carrier: SignedInCarrier,
  tokens: { formToken: string; nonce: string },
  fields: Record<string, string>,
) => postForm('/app/funding', { ...tokens, periodId, ...fields }, carrier.cookie);

describe('the funding form (SPEC §9 /app/funding)', () => {
  let carrier: SignedInCarrier;

  beforeAll(async () => {
    carrier = await signedInCarrier('Funding Form e.V.');
  });

  it('offers a form per period with an amount field per §2 kind and the two counts', async () => {
    const { status, page } = await fundingForm(carrier);
    expect(status).toBe(200);
    for (const name of [
      'periodId',
      'federal_programme',
      'state',
      'municipal',
      'foundation',
      'donations',
      'own_funds',
      'other_third_party',
      'volunteerCount',
      'paidStaffHours',
    ]) {
      expect(page).toContain(`name="${name}"`);
    }
    expect(page).toContain('value="2025"');
    expect(page).toContain('Noch nicht gemeldet.');
  });

  it('refuses a wrong amount and a wrong count at their fields with 422, storing nothing', async () => {
    const tokens = await fundingForm(carrier);
    const refused = await submit(carrier, tokens, {
      municipal: '12.345,6',
      donations: '100.123',
      paidStaffHours: '1.5',
      volunteerCount: '20000000',
    });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    for (const name of ['municipal', 'donations', 'paidStaffHours', 'volunteerCount']) {
      expect(page).toMatch(new RegExp(`id="p2025-${name}"[^>]*aria-invalid="true"`, 's'));
    }
    expect(page).toContain('höchstens zwei Nachkommastellen');
    expect(page).toContain('ganze Zahl von 0 bis 10.000.000');
    // What was typed stays in the form.
    expect(page).toContain('value="12.345,6"');
    await processed();
    expect(await getFundingReport(carrier.carrierId, periodId)).toBeUndefined();
  });

  it('stores the sources above 0 as the funding.reported fact, once for a double submit', async () => {
    const tokens = await fundingForm(carrier);
    const fields = {
      federal_programme: '12000,50',
      municipal: '3 000',
      donations: '0',
      volunteerCount: '12',
      paidStaffHours: '',
    };
    const first = await submit(carrier, tokens, fields);
    const second = await submit(carrier, tokens, fields);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(first.headers.get('location')).toBe('/app/funding?saved=2025');
    await processed();
    expect(await getFundingReport(carrier.carrierId, periodId)).toEqual({
      periodId,
      sources: [
        { kind: 'federal_programme', amountEur: 12000.5 },
        { kind: 'municipal', amountEur: 3000 },
      ],
      volunteerCount: 12,
    });
    const again = await fundingForm(carrier, '?saved=2025');
    expect(again.page).toContain('ist gespeichert');
    expect(again.page).toContain('Vorausgefüllt mit Ihrer letzten Meldung.');
    expect(again.page).toMatch(/name="federal_programme"\s+value="12000.5"/);
    expect(again.page).toMatch(/name="municipal"\s+value="3000"/);
    expect(again.page).toMatch(/name="volunteerCount"\s+value="12"/);
    expect(again.page).toMatch(/name="donations"\s+value=""/);
  });

  it('reports a single own_funds 0 when every amount is empty', async () => {
    const tokens = await fundingForm(carrier);
    expect((await submit(carrier, tokens, {})).status).toBe(303);
    await processed();
    expect(await getFundingReport(carrier.carrierId, periodId)).toEqual({
      periodId,
      sources: [{ kind: 'own_funds', amountEur: 0 }],
    });
  });

  it('refuses a form without the session’s form token (403) and an unknown period (404)', async () => {
    const { formToken, nonce } = await fundingForm(carrier);
    const tokens = { formToken, nonce };
    const forged = await submit(carrier, { ...tokens, formToken: 'x'.repeat(43) }, {});
    expect(forged.status).toBe(403);
    const unknown = await postForm('/app/funding', { ...tokens, periodId: '1999' }, carrier.cookie);
    expect(unknown.status).toBe(404);
  });

  it('links to the reports and the funding form on every signed-in page', async () => {
    const page = await (await openPage('/app/matches', carrier.cookie)).text();
    expect(page).toContain('href="/app/reports"');
    expect(page).toContain('href="/app/funding"');
  });
});

describe('carriers that report only through the form count in the carrier situation (SPEC §6)', () => {
  it('adds them to the reporting carriers and the municipal figures of the next close', async () => {
    // A close covers every carrier of its table: this test's carriers only, so no other file's
    // carriers move the suppressed figures in between.
    await useTableOfItsOwn('web-funding');
    const { apiKey: adminKey } = await createAdminKey();
    const summary = async () => {
      const response = await fetch(appUrl(`/v1/periods/${periodId}/report`), {
        headers: { authorization: `Bearer ${adminKey}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as {
        carriers: { total: number; reporting: number };
        carrierSituation: { withMunicipalFunds?: { count: number | null } };
      };
    };
    await closePeriod(localSystem().urls.api, periodId);
    const before = await summary();
    // kAnonymity is 5: five carriers, so the figures they make up are shown.
    const formCarriers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => signedInCarrier(`Form only ${n} e.V.`)),
    );
    for (const carrier of formCarriers) {
      const tokens = await fundingForm(carrier);
      expect((await submit(carrier, tokens, { municipal: '1000', own_funds: '250' })).status).toBe(
        303,
      );
    }
    await processed();
    await closePeriod(localSystem().urls.api, periodId);
    const after = await summary();
    expect(after.carriers.total).toBe(before.carriers.total + 5);
    expect(after.carriers.reporting).toBe(before.carriers.reporting + 5);
    expect(after.carrierSituation.withMunicipalFunds?.count).toBe(
      (before.carrierSituation.withMunicipalFunds?.count ?? 0) + 5,
    );
  });
});

describe('the funding page in Chromium at phone width', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('passes axe in all seven languages without horizontal scrolling, refused form included', async () => {
    const carrier = await signedInCarrier('Barrierefrei e.V. جسر');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const [name, value] = carrier.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: appUrl('/') }]);
    const page = await context.newPage();
    for (const language of languages) {
      await page.goto(appUrl(`/app/funding?lang=${language}`));
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      const { scroll, view } = (await page.evaluate(
        '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
      )) as { scroll: number; view: number };
      expect(scroll, `no horizontal scrolling (${language})`).toBeLessThanOrEqual(view);
      if (process.env.TANDEM_WRITE_SCREENSHOTS === '1' && language === 'de') {
        await mkdir(screenshotsDir, { recursive: true });
        await page.screenshot({ path: `${screenshotsDir}web-funding-phone.png`, fullPage: true });
      }
    }
    // Without JavaScript: the plain form posted, answered 422 with the error at its field.
    await page.goto(appUrl('/app/funding?lang=ar'));
    await page.fill('#p2025-state', 'abc');
    await page.click('button[type=submit] >> nth=-1');
    expect(await page.locator('#p2025-state-error').innerText()).not.toBe('');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
