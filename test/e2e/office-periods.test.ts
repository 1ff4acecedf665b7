import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closePeriod } from '../../local/cli/commands';
import { createApiKey } from '../../shared/data/api-keys';
import { createCarrier } from '../../shared/data/carrier-onboarding';
import { addUmbrella } from '../../shared/data/umbrellas';
import { processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { parseCsv } from '../support/csv';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';
import { staffSessionCookie } from '../support/staff-session';
import { appUrl, hiddenField, openPage, postForm } from '../support/web-sign-in';

// SPEC §12 `/app/office/periods…`: each period's state, the close from the office (a
// confirmation first, then what `periods close` does), the scope's summary and carrier
// reports as stored with their files, and the scope's funding comparison; umbrella staff see
// only their umbrella's.

vi.setConfig({ testTimeout: 180_000 });

const periodId = '2025';
const periodPath = `/app/office/periods/${periodId}`;

let umbrellaA: string;
let umbrellaB: string;
const carriersA: TestCarrier[] = [];
let carrierB: TestCarrier;
const cookies = { funder: '', umbrella: '' };

async function onboardInto(umbrellaId: string, name: string): Promise<TestCarrier> {
  const carrier = await createCarrier({
    name,
    coordinatorEmail: uniqueAddress('office-periods'),
    umbrellaId,
  });
  const apiKey = await createApiKey({ kind: 'carrier', carrierId: carrier.carrierId });
  return { carrierId: carrier.carrierId, webhookSecret: carrier.webhookSecret, apiKey };
}

async function startMatches(carrier: TestCarrier, starts: readonly string[]) {
  for (const [index, startedOn] of starts.entries()) {
    const matchId = `op-${index}`;
    await sendWebhook(
      carrier,
      webhook('match.created', {
        matchId,
        mentorId: `${matchId}-m`,
        menteeId: `${matchId}-e`,
        startedOn,
        programme: 'leisure_culture',
      }),
    );
  }
}

/** The FundingPeriodClosed events put on this file's bus since `from` (their revisions). */
const putEvents = () => vi.spyOn(localSystem().bus, 'putEvents');
let busSpy: ReturnType<typeof putEvents>;
const closesPublished = () =>
  busSpy.mock.calls.flatMap(([entries]) =>
    entries
      .filter((entry) => entry.DetailType === 'FundingPeriodClosed')
      .map((entry) => (JSON.parse(entry.Detail ?? '{}') as { revision: string }).revision),
  );

const withoutTime = (report: Record<string, unknown>) => {
  const { generatedAt: _generatedAt, revision: _revision, ...figures } = report;
  return figures;
};

const carrierApiReport = async (carrier: TestCarrier) =>
  (await (
    await fetch(appUrl(`/v1/periods/${periodId}/carriers/${carrier.carrierId}/report`), {
      headers: { authorization: `Bearer ${carrier.apiKey}` },
    })
  ).json()) as Record<string, unknown>;

const umbrellaSummary = async () => {
  const response = await openPage(`${periodPath}/summary.json`, cookies.umbrella);
  expect(response.status).toBe(200);
  return {
    revision: response.headers.get('x-report-revision')!,
    summary: (await response.json()) as Record<string, unknown>,
  };
};

beforeAll(async () => {
  busSpy = putEvents();
  umbrellaA = (await addUmbrella({ name: 'Dachverband Periode A' })).umbrellaId;
  umbrellaB = (await addUmbrella({ name: 'Dachverband Periode B' })).umbrellaId;
  for (const name of ['Träger A1', 'Träger A2', 'Träger A3']) {
    carriersA.push(await onboardInto(umbrellaA, name));
  }
  carrierB = await onboardInto(umbrellaB, 'Träger B1');
  await startMatches(carriersA[0]!, ['2025-02-01', '2025-03-01']);
  await startMatches(carriersA[1]!, ['2025-04-01']);
  await startMatches(carrierB, ['2025-05-01']);
  await processed();
  cookies.funder = await staffSessionCookie({ email: uniqueAddress('op-funder'), role: 'funder' });
  cookies.umbrella = await staffSessionCookie({
    email: uniqueAddress('op-umbrella'),
    role: 'umbrella',
    umbrellaId: umbrellaA,
  });
});

describe('before the umbrella has a summary', () => {
  it('says the period is not closed for the umbrella, and every file is 404', async () => {
    const page = await openPage(`${periodPath}?lang=en`, cookies.umbrella);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('This period is not closed yet');
    for (const file of ['summary.json', 'summary.csv', 'summary.html', '?format=json']) {
      const path = `${periodPath}${file.startsWith('?') ? '' : '/'}${file}`;
      expect((await openPage(path, cookies.umbrella)).status, path).toBe(404);
    }
    const carrierFile = `${periodPath}/carriers/${carriersA[0]!.carrierId}/report.csv`;
    expect((await openPage(carrierFile, cookies.umbrella)).status).toBe(404);
  });

  it('offers funder staff "close now" on the ended period, and nobody else', async () => {
    const funder = await (await openPage('/app/office/periods?lang=en', cookies.funder)).text();
    expect(funder).toMatch(/data-period="2025" data-state="(ended|closed)"/);
    expect(funder).toContain(`href="${periodPath}/close"`);
    const umbrella = await (await openPage('/app/office/periods', cookies.umbrella)).text();
    expect(umbrella).not.toContain(`href="${periodPath}/close"`);
    expect((await openPage(`${periodPath}/close`, cookies.umbrella)).status).toBe(404);
  });
});

describe('closing from the office (SPEC §12)', () => {
  const before: { revision: string; summary: Record<string, unknown>; carrier: object } = {
    revision: '',
    summary: {},
    carrier: {},
  };
  let officeRevision = '';

  beforeAll(async () => {
    await closePeriod(localSystem().urls.api, periodId);
    await processed();
    const { revision, summary } = await umbrellaSummary();
    Object.assign(before, {
      revision,
      summary,
      carrier: withoutTime(await carrierApiReport(carriersA[0]!)),
    });
  }, 300_000);

  it('asks first: the confirmation page changes nothing', async () => {
    const published = closesPublished().length;
    const response = await openPage(`${periodPath}/close?lang=en`, cookies.funder);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('The period is already closed: closing again makes a new revision');
    expect(page).toContain(`action="${periodPath}/close"`);
    await processed();
    expect(closesPublished()).toHaveLength(published);
  });

  it('refuses a post without the form token, and umbrella staff', async () => {
    const published = closesPublished().length;
    const page = await (await openPage(`${periodPath}/close`, cookies.funder)).text();
    const formToken = hiddenField(page, 'formToken')!;
    expect((await postForm(`${periodPath}/close`, {}, cookies.funder)).status).toBe(403);
    const umbrellaPage = await (await openPage('/app/office/periods', cookies.umbrella)).text();
    const umbrellaToken = hiddenField(umbrellaPage, 'formToken')!;
    const byUmbrella = await postForm(
      `${periodPath}/close`,
      { formToken: umbrellaToken },
      cookies.umbrella,
    );
    expect(byUmbrella.status).toBe(404);
    expect(formToken).toBeTruthy();
    await processed();
    expect(closesPublished()).toHaveLength(published);
  });

  it('closes as `periods close` does: a new revision with the same figures', async () => {
    const published = closesPublished().length;
    const page = await (await openPage(`${periodPath}/close`, cookies.funder)).text();
    const response = await postForm(
      `${periodPath}/close`,
      { formToken: hiddenField(page, 'formToken')! },
      cookies.funder,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/app/office/periods?closing=2025');
    const revisions = closesPublished().slice(published);
    expect(revisions).toHaveLength(1);
    officeRevision = revisions[0]!;
    expect(officeRevision > before.revision).toBe(true);
    await processed();

    const after = await umbrellaSummary();
    expect(after.revision >= officeRevision).toBe(true);
    expect(withoutTime(after.summary)).toEqual(withoutTime(before.summary));
    expect(after.summary).toMatchObject({ umbrellaId: umbrellaA, matches: { new: 3 } });
    expect(withoutTime(await carrierApiReport(carriersA[0]!))).toEqual(before.carrier);

    const list = await (await openPage('/app/office/periods?lang=en', cookies.funder)).text();
    expect(list).toContain('data-state="closed"');
    expect(list).toContain('Revision');
  });
});

describe('the scope’s summary and carrier reports (after the closes)', () => {
  it('shows the funder summary with every carrier of the close', async () => {
    const response = await openPage(`${periodPath}?lang=en`, cookies.funder);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<h1>Summary 2025</h1>');
    expect(page).toContain('data-figure="matches.new"');
    for (const carrier of [...carriersA, carrierB]) {
      expect(page).toContain(`href="${periodPath}/carriers/${carrier.carrierId}"`);
    }
  });

  it('shows umbrella staff their umbrella’s summary and only its carriers', async () => {
    const page = await (await openPage(`${periodPath}?lang=en`, cookies.umbrella)).text();
    expect(page).toContain('<h1>Umbrella summary 2025</h1>');
    for (const carrier of carriersA) {
      expect(page).toContain(`href="${periodPath}/carriers/${carrier.carrierId}"`);
    }
    expect(page).not.toContain(carrierB.carrierId);
    const figure = /data-figure="matches\.new" data-value="([^"]*)"/.exec(page)?.[1];
    expect(figure).toBe('3');
  });

  it('serves the umbrella summary’s CSV, with its umbrella and figures', async () => {
    const response = await openPage(`${periodPath}/summary.csv`, cookies.umbrella);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const body = await response.text();
    const rows = parseCsv(body);
    expect(rows).toContainEqual(['report', 'umbrellaId', umbrellaA]);
    expect(rows).toContainEqual(['matches', 'new', '3']);
    // The same file as `?format=csv` on the page's own path.
    expect(await (await openPage(`${periodPath}?format=csv`, cookies.umbrella)).text()).toBe(body);
  });

  it('serves a carrier’s report as the report API does', async () => {
    const carrier = carriersA[0]!;
    const base = `${periodPath}/carriers/${carrier.carrierId}`;
    const page = await openPage(`${base}?lang=en`, cookies.umbrella);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Report 2025: Träger A1</h1>');
    const csv = await openPage(`${base}/report.csv`, cookies.umbrella);
    expect(csv.status).toBe(200);
    const fromApi = await (
      await fetch(
        appUrl(`/v1/periods/${periodId}/carriers/${carrier.carrierId}/report?format=csv`),
        {
          headers: { authorization: `Bearer ${carrier.apiKey}` },
        },
      )
    ).text();
    const body = await csv.text();
    expect(body).toBe(fromApi);
    expect(parseCsv(body)).toContainEqual(['matches', 'new', '2']);
    const json = await openPage(`${base}/report.json`, cookies.funder);
    expect(((await json.json()) as { carrierId: string }).carrierId).toBe(carrier.carrierId);
  });

  it('answers 404 to umbrella staff for another umbrella’s carrier and each of its files', async () => {
    const base = `${periodPath}/carriers/${carrierB.carrierId}`;
    for (const path of [base, `${base}/report.csv`, `${base}/report.json`, `${base}/report.html`]) {
      expect((await openPage(path, cookies.umbrella)).status, path).toBe(404);
    }
    expect((await openPage(base, cookies.funder)).status).toBe(200);
  });
});

describe('the funding comparison of the scope', () => {
  it('starts from the funder’s rates and shows one entry per umbrella to funder staff', async () => {
    const response = await openPage(`${periodPath}/funding?lang=en`, cookies.funder);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/name="per_new_match"\s+value="200"/);
    expect(page).toMatch(/name="per_supported_month"\s+value="30"/);
    expect(page).toContain('data-group="migrantOrganisations"');
    // Umbrella B has one carrier: too few to show, and no number in its entry.
    const entryB = new RegExp(`data-umbrella="${umbrellaB}">([\\s\\S]*?)</li>`).exec(page)?.[1];
    expect(entryB).toContain('too few carriers');
    expect(entryB).not.toMatch(/<dd>/);
  });

  it('compares umbrella staff’s umbrella alone, without the umbrellas', async () => {
    const page = await (
      await openPage(
        `${periodPath}/funding?per_new_match=0&per_supported_month=15`,
        cookies.umbrella,
      )
    ).text();
    expect(page).toMatch(/name="per_supported_month"\s+value="15"/);
    expect(page).not.toContain('data-umbrella=');
    expect(page).toContain('data-group="all"');
  });

  it('refuses invalid rates with a 400 page and the error next to the field', async () => {
    const bad = await openPage(`${periodPath}/funding?lang=en&per_new_match=-1`, cookies.funder);
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('id="per_new_match-error"');
    expect(page).toContain('Please give a number ≥ 0');
    expect(page).not.toContain('data-group=');
    const none = await openPage(
      `${periodPath}/funding?lang=en&per_new_match=0&per_active_month=&per_supported_month=0`,
      cookies.funder,
    );
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('At least one rate must be greater than 0.');
  });
});

describe('in a real Chromium at 390 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const check = async (cookie: string, path: string) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
    });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: localSystem().urls.api }]);
    const page = await context.newPage();
    const response = await page.goto(appUrl(path));
    const violations = await axeViolations(page);
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    const dir = await page.getAttribute('html', 'dir');
    await context.close();
    return { status: response?.status(), violations, overflow, dir };
  };

  it('draws every page axe-clean without horizontal scrolling, funder and umbrella staff', async () => {
    const carrier = carriersA[0]!.carrierId;
    const pages: [cookie: string, path: string, status: number][] = [
      [cookies.funder, '/app/office/periods', 200],
      [cookies.funder, `${periodPath}/close`, 200],
      [cookies.funder, periodPath, 200],
      [cookies.funder, `${periodPath}/carriers/${carrier}`, 200],
      [cookies.funder, `${periodPath}/funding`, 200],
      [cookies.funder, `${periodPath}/funding?per_new_match=x`, 400],
      [cookies.umbrella, '/app/office/periods', 200],
      [cookies.umbrella, periodPath, 200],
      [cookies.umbrella, `${periodPath}/carriers/${carrier}`, 200],
      [cookies.umbrella, `${periodPath}/funding`, 200],
    ];
    for (const [cookie, path, status] of pages) {
      const result = await check(cookie, path);
      expect(result.status, path).toBe(status);
      expect(result.violations, `${path}\n${describeViolations(result.violations)}`).toEqual([]);
      expect(result.overflow, path).toBeLessThanOrEqual(0);
    }
  });

  it('draws the periods page right to left in Arabic', async () => {
    const result = await check(cookies.funder, `/app/office/periods?lang=ar`);
    expect(result.dir).toBe('rtl');
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
    expect(result.overflow).toBeLessThanOrEqual(0);
  });
});
