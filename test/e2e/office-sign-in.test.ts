import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addStaffMember, addUmbrellaCommand, removeStaffMember } from '../../local/cli/commands';
import { funderConfig } from '../../shared/config/runtime-env';
import {
  CarrierNotInvitedError,
  inviteCarrier,
  invitationValidMs,
} from '../../shared/data/carrier-invitations';
import { keys } from '../../shared/data/keys';
import { readLinkToken } from '../../shared/data/link-tokens';
import { getOfficeRow } from '../../shared/data/office-rows';
import { createSession } from '../../shared/data/sessions';
import { officeTexts } from '../../shared/i18n/office-texts';
import { onboardCarrier, processed } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { emailsTo, uniqueAddress } from '../support/mailbox';
import { appUrl, cookieNamed, openPage, postForm, signInLinksTo } from '../support/web-sign-in';

// SPEC §9, §12: programme-office staff sign in by e-mail link like coordinators, in a real
// Chromium at phone width from the local mail to `/app/office`; removing a member ends its
// sessions at once; an address that is staff and coordinator chooses; each kind of session
// stays in its own part of the app; the office's invitation e-mail signs a carrier's
// coordinator in, in the carrier's language, once, for 7 days.

vi.setConfig({ testTimeout: 180_000 });

const phone = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  const { scroll, view } = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  )) as { scroll: number; view: number };
  expect(scroll, 'no horizontal scrolling').toBeLessThanOrEqual(view);
}

/** Asks for a link on the sign-in page, follows the mailed one and presses its button. */
async function signInInBrowser(context: BrowserContext, address: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(appUrl('/app/sign-in?lang=en'));
  await page.getByLabel('E-mail address').fill(address);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await page.waitForLoadState();
  await processed();
  const link = (await signInLinksTo(address)).at(-1);
  expect(link, 'a sign-in link was mailed').toBeDefined();
  await page.goto(link!);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/app/sign-in/')),
    page.locator('main button[type=submit]').click(),
  ]);
  return page;
}

describe('staff sign-in (SPEC §12)', () => {
  it('signs a funder staff member in from the mailed link to the office, accessible on a phone', async () => {
    const address = uniqueAddress('office-funder');
    await addStaffMember({ email: address, role: 'funder' });
    const context = await browser.newContext({ viewport: phone });
    const page = await signInInBrowser(context, address);
    expect(new URL(page.url()).pathname).toBe('/app/office');
    expect(await page.locator('header .who').textContent()).toContain(officeTexts.en.scope.funder);
    expect(await page.locator('header .who').textContent()).toContain(address);
    expect(
      await page.getByRole('navigation', { name: officeTexts.en.navigation }).textContent(),
    ).toContain(officeTexts.en.nav.staff);
    await expectAccessible(page);
    await context.close();
  });

  it('ends the member’s session at once when it is removed', async () => {
    const address = uniqueAddress('office-removed');
    const { staffId } = await addStaffMember({ email: address, role: 'funder' });
    const context = await browser.newContext({ viewport: phone });
    const page = await signInInBrowser(context, address);
    expect(new URL(page.url()).pathname).toBe('/app/office');
    expect(await removeStaffMember(staffId)).toEqual({ removed: staffId });
    await page.goto(appUrl('/app/office'));
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    await context.close();
  });

  it('lets an address that is staff and coordinator choose, each session in its own part', async () => {
    const address = uniqueAddress('office-both');
    const carrier = await onboardCarrier({ name: 'Brücken e.V.', coordinatorEmail: address });
    const { umbrellaId } = await addUmbrellaCommand('Dachverband Ost');
    const { staffId } = await addStaffMember({ email: address, role: 'umbrella', umbrellaId });
    const context = await browser.newContext({ viewport: phone });
    const page = await signInInBrowser(context, address);
    expect(new URL(page.url()).pathname).toBe('/app/carriers');
    expect(await page.locator('main').textContent()).toContain('Brücken e.V.');
    expect(await page.locator('main').textContent()).toContain('Umbrella Dachverband Ost');
    await expectAccessible(page);

    // The umbrella scope: the office; coordinator pages send it back there.
    await page
      .locator('form', { has: page.locator(`input[name=staffId][value="${staffId}"]`) })
      .getByRole('button')
      .click();
    await page.waitForURL((url) => url.pathname === '/app/office');
    expect(await page.locator('header .who').textContent()).toContain('Umbrella Dachverband Ost');
    await page.goto(appUrl('/app/matches'));
    expect(new URL(page.url()).pathname).toBe('/app/office');

    // Choosing the carrier instead: the matches; the office sends it back there.
    await page.goto(appUrl('/app/carriers'));
    await page
      .locator('form', {
        has: page.locator(`input[name=carrierId][value="${carrier.carrierId}"]`),
      })
      .getByRole('button')
      .click();
    await page.waitForURL((url) => url.pathname === '/app/matches');
    await page.goto(appUrl('/app/office'));
    expect(new URL(page.url()).pathname).toBe('/app/matches');
    await context.close();
  });

  it('sends a coordinator’s session from the office to its matches, and none without one', async () => {
    const address = uniqueAddress('office-coordinator');
    const carrier = await onboardCarrier({ coordinatorEmail: address });
    const { cookieValue } = await createSession({
      addressHash: keys.hashAddress(address),
      carrierIds: [carrier.carrierId],
    });
    const coordinator = await openPage('/app/office', `tandem_session=${cookieValue}`);
    expect(coordinator.status).toBe(303);
    expect(coordinator.headers.get('location')).toBe('/app/matches');
    const nobody = await fetch(appUrl('/app/office'), { redirect: 'manual' });
    expect(nobody.status).toBe(303);
    expect(nobody.headers.get('location')).toBe('/app/sign-in');
  });
});

describe('invitations (SPEC §12)', () => {
  it('mails the coordinator a 7-day single-use link in the carrier’s language that signs in', async () => {
    const address = uniqueAddress('office-invited');
    const carrier = await onboardCarrier({
      name: 'جمعية الجسور',
      coordinatorEmail: address,
      language: 'ar',
    });
    await inviteCarrier(carrier.carrierId);
    await processed();
    const [mail, ...more] = await emailsTo(address);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(officeTexts.ar.inviteSubject);
    expect(mail!.body.html).toContain('lang="ar" dir="rtl"');
    expect(mail!.body.text).toContain(funderConfig().name);
    expect(mail!.body.text).toContain('جمعية الجسور');
    const link = (await signInLinksTo(address)).at(-1)!;
    expect(link.startsWith(`${appUrl('/app/sign-in/')}`)).toBe(true);

    // Valid 7 days, not a moment longer.
    const token = link.slice(link.lastIndexOf('/') + 1);
    const stored = (await readLinkToken(token))!;
    const sentAt = stored.expiresAtMs - invitationValidMs;
    expect(Math.abs(sentAt - Date.now())).toBeLessThan(60_000);
    expect(await readLinkToken(token, new Date(stored.expiresAtMs - 1000))).toBeDefined();
    expect(await readLinkToken(token, new Date(stored.expiresAtMs + 1000))).toBeUndefined();

    // It signs the coordinator in, and the carrier is no longer invited.
    const started = await postForm(link, {});
    expect(started.status).toBe(303);
    expect(started.headers.get('location')).toBe('/app/matches');
    expect(cookieNamed(started, 'tandem_session')).toBeDefined();
    expect((await getOfficeRow(carrier.carrierId))?.firstSignInOn).toMatch(/^\d{4}-\d\d-\d\d$/);

    // Used once: the link's page says so and starts nothing.
    const again = await postForm(link, {});
    expect(again.status).toBe(410);
    expect(cookieNamed(again, 'tandem_session')).toBeUndefined();
    await expect(inviteCarrier(carrier.carrierId)).rejects.toThrow(CarrierNotInvitedError);
  });

  it('shows an expired invitation as invalid, offering a new link', async () => {
    const address = uniqueAddress('office-expired');
    const carrier = await onboardCarrier({ coordinatorEmail: address, language: 'en' });
    await inviteCarrier(carrier.carrierId);
    await processed();
    const link = (await signInLinksTo(address)).at(-1)!;
    const token = link.slice(link.lastIndexOf('/') + 1);
    const stored = (await readLinkToken(token))!;
    // Eight days on, the stored token no longer reads: the page is the invalid one.
    const later = new Date(stored.expiresAtMs - invitationValidMs + 8 * 24 * 3600 * 1000);
    expect(await readLinkToken(token, later)).toBeUndefined();
    vi.useFakeTimers({ toFake: ['Date'], now: later });
    try {
      const page = await fetch(link, { redirect: 'manual' });
      expect(page.status).toBe(410);
      expect(await page.text()).toContain('/app/sign-in');
    } finally {
      vi.useRealTimers();
    }
  });
});
