import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCarrier } from '../../shared/data/carrier-onboarding';
import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { addStaff, getStaff, listStaff, staffGrants } from '../../shared/data/staff';
import { addUmbrella, listUmbrellas } from '../../shared/data/umbrellas';
import { isLastFunder } from '../../functions/web/office/routes/staff-forms';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';
import { appUrl, hiddenField, openPage, postForm } from '../support/web-sign-in';

// SPEC §12 `/app/office/umbrellas` and `/app/office/staff` (funder staff only): umbrellas with
// their carriers' figures and adding one; staff with role and scope (never an address),
// adding one (422 with an error per field, nothing stored) and removing one after a
// confirmation page. Umbrella staff find neither page.

vi.setConfig({ testTimeout: 120_000 });

let umbrellaId: string;
const staff = { funder: '', other: '', umbrella: '' };
const addresses = { funder: '', other: '', umbrella: '' };
const cookies = { funder: '', other: '', umbrella: '' };

const sessionOf = async (address: string, staffId: string) =>
  `tandem_session=${
    (
      await createSession({
        addressHash: keys.hashAddress(address),
        carrierIds: [],
        staffIds: [staffId],
      })
    ).cookieValue
  }`;

/** A page's form token, for posting its forms. */
const formTokenOf = async (path: string, cookie: string) =>
  hiddenField(await (await openPage(path, cookie)).text(), 'formToken')!;

beforeAll(async () => {
  umbrellaId = (await addUmbrella({ name: 'Dachverband Verwaltung' })).umbrellaId;
  for (const name of ['Träger V1', 'Träger V2']) {
    await createCarrier({ name, coordinatorEmail: uniqueAddress('office-admin'), umbrellaId });
  }
  addresses.funder = uniqueAddress('oa-funder');
  addresses.other = uniqueAddress('oa-other');
  addresses.umbrella = uniqueAddress('oa-umbrella');
  staff.funder = (await addStaff({ email: addresses.funder, role: 'funder' })).staffId;
  staff.other = (await addStaff({ email: addresses.other, role: 'funder' })).staffId;
  staff.umbrella = (
    await addStaff({ email: addresses.umbrella, role: 'umbrella', umbrellaId })
  ).staffId;
  for (const role of ['funder', 'other', 'umbrella'] as const) {
    cookies[role] = await sessionOf(addresses[role], staff[role]);
  }
});

describe('umbrellas (SPEC §12, funder staff)', () => {
  it('lists each umbrella with its carriers’ figures from the office rows', async () => {
    const response = await openPage('/app/office/umbrellas?lang=en', cookies.funder);
    expect(response.status).toBe(200);
    const page = await response.text();
    const item = new RegExp(`data-umbrella="${umbrellaId}">([\\s\\S]*?)</li>`).exec(page)?.[1];
    expect(item).toContain('Dachverband Verwaltung');
    // Two carriers, both invited (no fact, no sign-in yet).
    expect(item).toMatch(/<bdi dir="ltr">2<\/bdi>\s*\(invited\s*<bdi dir="ltr">2<\/bdi>/);
    expect(item).toContain(`href="/app/office/carriers?umbrella=${umbrellaId}"`);
  });

  it('refuses an empty name with 422 and stores nothing; a name adds one', async () => {
    const before = (await listUmbrellas()).length;
    const formToken = await formTokenOf('/app/office/umbrellas', cookies.funder);
    expect((await postForm('/app/office/umbrellas', { name: 'X' }, cookies.funder)).status).toBe(
      403,
    );
    const refused = await postForm(
      '/app/office/umbrellas?lang=en',
      { formToken, name: '   ' },
      cookies.funder,
    );
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('id="name-error"');
    expect(page).toContain('Please give a name of 1 to 200 characters.');
    expect(await listUmbrellas()).toHaveLength(before);

    const added = await postForm(
      '/app/office/umbrellas',
      { formToken, name: 'Neuer Dachverband Verwaltung' },
      cookies.funder,
    );
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/app/office/umbrellas?added=1');
    expect((await listUmbrellas()).map(({ name }) => name)).toContain(
      'Neuer Dachverband Verwaltung',
    );
  });
});

describe('staff (SPEC §12, funder staff)', () => {
  it('lists every member with role and scope, never an address', async () => {
    const page = await (await openPage('/app/office/staff?lang=en', cookies.funder)).text();
    for (const role of ['funder', 'other', 'umbrella'] as const) {
      expect(page).toContain(`data-staff="${staff[role]}"`);
    }
    // Only the signed-in address, in the header; no member's address is kept to show.
    expect(page).not.toContain(addresses.other);
    expect(page).not.toContain(addresses.umbrella);
    const umbrellaItem = new RegExp(`data-staff="${staff.umbrella}">([\\s\\S]*?)</li>`).exec(
      page,
    )?.[1];
    expect(umbrellaItem).toContain('Umbrella');
    expect(umbrellaItem).toContain('Dachverband Verwaltung');
  });

  it('refuses an invalid member with 422, an error per field, and stores nothing', async () => {
    const before = (await listStaff()).length;
    const formToken = await formTokenOf('/app/office/staff', cookies.funder);
    const address = uniqueAddress('oa-refused');
    const umbrellaWithout = await postForm(
      '/app/office/staff?lang=en',
      { formToken, email: 'not-an-address', role: 'umbrella', umbrellaId: '', region: '05' },
      cookies.funder,
    );
    expect(umbrellaWithout.status).toBe(422);
    const page = await umbrellaWithout.text();
    expect(page).toContain('id="email-error"');
    expect(page).toContain('Please choose an umbrella for the umbrella role.');
    expect(page).toContain('This does not belong to this role; please leave it empty.');
    const badRegion = await postForm(
      '/app/office/staff?lang=en',
      { formToken, email: address, role: 'region', umbrellaId: '', region: '123' },
      cookies.funder,
    );
    expect(badRegion.status).toBe(422);
    expect(await badRegion.text()).toContain('a key of 2, 5 or 8 digits');
    const unknownUmbrella = await postForm(
      '/app/office/staff?lang=en',
      { formToken, email: address, role: 'umbrella', umbrellaId: 'u-0000000000000000' },
      cookies.funder,
    );
    expect(unknownUmbrella.status).toBe(422);
    expect(await unknownUmbrella.text()).toContain('There is no such umbrella.');
    expect(await listStaff()).toHaveLength(before);
    expect((await staffGrants(keys.hashAddress(address))).size).toBe(0);
  });

  it('adds a member who can then sign in for their scope', async () => {
    const address = uniqueAddress('oa-added');
    const formToken = await formTokenOf('/app/office/staff', cookies.funder);
    const added = await postForm(
      '/app/office/staff',
      { formToken, email: address, role: 'umbrella', umbrellaId, region: '' },
      cookies.funder,
    );
    expect(added.status).toBe(303);
    const grants = [...(await staffGrants(keys.hashAddress(address))).values()];
    expect(grants.map((grant) => grant.scope)).toEqual([
      expect.objectContaining({ role: 'umbrella', umbrellaId }),
    ]);
  });

  it('removes a member only after a confirmation page (its GET changes nothing)', async () => {
    const { staffId } = await addStaff({
      email: uniqueAddress('oa-leaving'),
      role: 'region',
      region: '05',
    });
    const confirm = await openPage(`/app/office/staff/${staffId}/remove?lang=en`, cookies.funder);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain(`action="/app/office/staff/${staffId}/remove"`);
    expect(page).not.toContain('This is you');
    expect(await getStaff(staffId)).toBeDefined();
    const removed = await postForm(
      `/app/office/staff/${staffId}/remove`,
      { formToken: hiddenField(page, 'formToken')! },
      cookies.funder,
    );
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe('/app/office/staff?done=removed');
    expect(await getStaff(staffId)).toBeUndefined();
    expect((await openPage(`/app/office/staff/${staffId}/remove`, cookies.funder)).status).toBe(
      404,
    );
  });

  it('warns a member removing themselves, and signs them out when they do', async () => {
    const path = `/app/office/staff/${staff.other}/remove`;
    const page = await (await openPage(`${path}?lang=en`, cookies.other)).text();
    expect(page).toContain('This is you: once removed, you are signed out');
    const removed = await postForm(
      path,
      { formToken: hiddenField(page, 'formToken')! },
      cookies.other,
    );
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe('/app/sign-in');
    const after = await openPage('/app/office/staff', cookies.other);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/app/sign-in');
  });
});

describe('the last funder member', () => {
  const member = (staffId: string, role: 'funder' | 'umbrella') => ({
    staffId,
    role,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...(role === 'umbrella' ? { umbrellaId: 'u-1' } : {}),
  });

  it('is never removed: the programme keeps someone who can add staff and close periods', () => {
    const only = member('s-1', 'funder');
    expect(isLastFunder(only, [only, member('s-2', 'umbrella')])).toBe(true);
    expect(isLastFunder(only, [only, member('s-3', 'funder')])).toBe(false);
    expect(isLastFunder(member('s-2', 'umbrella'), [only, member('s-2', 'umbrella')])).toBe(false);
  });
});

describe('umbrella staff', () => {
  it('find neither the umbrellas nor the staff pages, nor their forms', async () => {
    for (const path of [
      '/app/office/umbrellas',
      '/app/office/staff',
      `/app/office/staff/${staff.funder}/remove`,
    ]) {
      expect((await openPage(path, cookies.umbrella)).status, path).toBe(404);
    }
    const formToken = await formTokenOf('/app/office/periods', cookies.umbrella);
    const before = (await listUmbrellas()).length;
    const post = await postForm(
      '/app/office/umbrellas',
      { formToken, name: 'Vom Dachverband' },
      cookies.umbrella,
    );
    expect(post.status).toBe(404);
    const remove = await postForm(
      `/app/office/staff/${staff.funder}/remove`,
      { formToken },
      cookies.umbrella,
    );
    expect(remove.status).toBe(404);
    expect(await listUmbrellas()).toHaveLength(before);
    expect(await getStaff(staff.funder)).toBeDefined();
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

  it('draws each page axe-clean without horizontal scrolling, Arabic right to left', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const [name, value] = cookies.funder.split('=') as [string, string];
    await context.addCookies([{ name, value, url: localSystem().urls.api }]);
    const page = await context.newPage();
    const paths = [
      '/app/office/umbrellas?lang=de',
      '/app/office/staff',
      `/app/office/staff/${staff.funder}/remove`,
      '/app/office/staff?lang=ar',
    ];
    for (const path of paths) {
      const response = await page.goto(appUrl(path));
      expect(response?.status(), path).toBe(200);
      const violations = await axeViolations(page);
      expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
      const overflow = Number(
        await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // A refused form: its errors next to their fields, still axe-clean.
    await page.goto(appUrl('/app/office/staff?lang=en'));
    await page.fill('#email', 'ohne-dachverband@example.org');
    await page.selectOption('#role', 'umbrella');
    await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.click('form[action="/app/office/staff"] button'),
    ]);
    await page.waitForLoadState();
    expect(await page.locator('#umbrellaId-error').count()).toBe(1);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});
