import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCarrier } from '../../shared/data/carrier-onboarding';
import { getCarrier } from '../../shared/data/carriers';
import { keys } from '../../shared/data/keys';
import {
  getOfficeRow,
  listOfficeRows,
  noteCarrierFact,
  noteCarrierSignIn,
  putCarrierFigures,
} from '../../shared/data/office-rows';
import { createSession, readSession } from '../../shared/data/sessions';
import { addStaff } from '../../shared/data/staff';
import { addUmbrella } from '../../shared/data/umbrellas';
import { addDays, todayIn } from '../../shared/domain/dates';
import type { CarrierFigures } from '../../shared/domain/office-figures';
import { languages } from '../../shared/i18n/languages';
import { processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import { emailsTo, uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig } from '../support/test-config';
import {
  appUrl,
  cookieNamed,
  hiddenField,
  openPage,
  postForm,
  signIn,
} from '../support/web-sign-in';

// Issue 19 (SPEC §12): the office's overview, carrier list (sorts, filters, CSV), a carrier's
// page with its contacts form and invitation, and onboarding through to the coordinator's
// first sign-in; funder and umbrella staff, each other scope's carrier not found. The file
// has a table of its own: the lists and totals are of its carriers only.

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const today = todayIn(testFunderConfig.timezone);
const daysAgo = (days: number) => addDays(today, -days);
const atNoon = (day: string) => new Date(`${day}T12:00:00Z`);

const figures = (overrides: Partial<CarrierFigures>): CarrierFigures => ({
  asOf: today,
  activeMatches: 0,
  currentPeriodId: '2025',
  newInCurrentPeriod: 0,
  overdueNow: 0,
  atRiskNow: 0,
  adherence90: { due: 0, onTime: 0 },
  months: [],
  lastFundingPeriodId: null,
  ...overrides,
});

interface Staff {
  readonly address: string;
  readonly cookie: string;
}

/** A staff member added as `staff add` does, signed in through the mailed link. */
async function staffMember(input: { role: 'funder' } | { role: 'umbrella'; umbrellaId: string }) {
  const address = uniqueAddress(input.role);
  await addStaff({ email: address, ...input });
  const { cookie } = await signIn(address);
  return { address, cookie } satisfies Staff;
}

/** The office page's form token (every form of a session carries the same one). */
const formTokenOf = async (staff: Staff, path = '/app/office/carriers/new') =>
  hiddenField(await (await openPage(path, staff.cookie)).text(), 'formToken')!;

let umbrellaNorth: string;
let umbrellaSouth: string;
let funder: Staff;
let north: Staff;
const carriers: Record<'anker' | 'bruecke' | 'citadelle' | 'dorf', string> = {
  anker: '',
  bruecke: '',
  citadelle: '',
  dorf: '',
};
let citadelle: TestCarrier;
const dorfCoordinator = uniqueAddress('dorf');
const dorfLead = uniqueAddress('dorf-lead');

beforeAll(async () => {
  await useTableOfItsOwn('office-carriers');
  ({ umbrellaId: umbrellaNorth } = await addUmbrella({ name: 'Dach Nord' }));
  ({ umbrellaId: umbrellaSouth } = await addUmbrella({ name: 'Dach Süd' }));
  const create = (input: Parameters<typeof createCarrier>[0], onboardedDaysAgo: number) =>
    createCarrier(input, atNoon(daysAgo(onboardedDaysAgo)));
  const coordinatorEmail = 'koordination@example.org';
  const [anker, bruecke, citadel, dorf] = await Promise.all([
    create(
      {
        name: 'Anker e.V.',
        coordinatorEmail,
        umbrellaId: umbrellaNorth,
        quota: 10,
        municipality: '05315000',
      },
      100,
    ),
    create({ name: 'Brücke e.V.', coordinatorEmail, umbrellaId: umbrellaNorth }, 0),
    create({ name: 'Citadelle e.V.', coordinatorEmail, umbrellaId: umbrellaSouth, quota: 5 }, 10),
    create({ name: 'Dorf e.V.', coordinatorEmail: dorfCoordinator, leadEmail: dorfLead }, 50),
  ]);
  Object.assign(carriers, {
    anker: anker.carrierId,
    bruecke: bruecke.carrierId,
    citadelle: citadel.carrierId,
    dorf: dorf.carrierId,
  });
  citadelle = { carrierId: citadel.carrierId, webhookSecret: citadel.webhookSecret, apiKey: '' };
  // Anker: silent (its last fact 40 days ago, onboarded 100 days ago).
  await noteCarrierFact(anker.carrierId, daysAgo(40));
  // Citadelle: active, signed in 5 days ago, facts 2 days ago and today (its funding report).
  await noteCarrierSignIn(citadel.carrierId, daysAgo(5));
  await noteCarrierFact(citadel.carrierId, daysAgo(2));
  const report = webhook('funding.reported', {
    periodId: '2025',
    sources: [{ kind: 'municipal', amountEur: 1000 }],
  });
  expect((await sendWebhook(citadelle, report)).status).toBe(202);
  await processed();
  // Dorf: signed in once 45 days ago, never a fact, onboarded 50 days ago: silent.
  await noteCarrierSignIn(dorf.carrierId, daysAgo(45));
  await putCarrierFigures(
    anker.carrierId,
    figures({
      activeMatches: 5,
      newInCurrentPeriod: 3,
      overdueNow: 2,
      atRiskNow: 1,
      adherence90: { due: 4, onTime: 3 },
      months: [
        { month: '2025-01', newMatches: 2, due: 2, onTime: 1 },
        { month: '2025-02', newMatches: 1, due: 4, onTime: 4 },
      ],
    }),
  );
  await putCarrierFigures(
    citadel.carrierId,
    figures({
      activeMatches: 8,
      newInCurrentPeriod: 6,
      atRiskNow: 3,
      adherence90: { due: 10, onTime: 9 },
      lastFundingPeriodId: '2025',
    }),
  );
  await putCarrierFigures(dorf.carrierId, figures({}));
  funder = await staffMember({ role: 'funder' });
  north = await staffMember({ role: 'umbrella', umbrellaId: umbrellaNorth });
});

/** A page's terms and their descriptions, `<dt>` → `<dd>` text, of the first list in `scope`. */
const termsIn = (page: string, scope: RegExp): Record<string, string> => {
  const section = scope.exec(page)?.[0] ?? '';
  const list = /<dl[^>]*>([\s\S]*?)<\/dl>/.exec(section)?.[1] ?? '';
  const text = (fragment: string) =>
    fragment
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const pairs = [...list.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)];
  return Object.fromEntries(
    pairs.map(([, term, description]) => [text(term!), text(description!)]),
  );
};

const carrierOrder = (page: string) =>
  [...page.matchAll(/href="\/app\/office\/carriers\/(c-[0-9a-f]+)"/g)].map(([, id]) => id);

describe('the overview (GET /app/office)', () => {
  it('shows the funder the scope’s carriers by status and figures, and one card per umbrella', async () => {
    const response = await openPage('/app/office', funder.cookie);
    expect(response.status).toBe(200);
    const page = await response.text();
    const scope = termsIn(page, /id="scope-figures"[\s\S]*?<\/section>/);
    expect(scope).toEqual({
      'Träger: eingeladen': '1',
      'Träger: aktiv': '1',
      'Träger: still': '2',
      'Aktive Tandems': '13',
      'Neue Tandems / Quote': '9 / 15',
      'Begleitung eingehalten (letzte 90 Tage)': '86 %',
      'Jetzt überfällig': '2',
      'Jetzt gefährdet': '4',
    });
    const north = termsIn(page, /Dach Nord<\/bdi>[\s\S]*?<\/li>/);
    expect(north).toMatchObject({
      'Träger: eingeladen': '1',
      'Träger: still': '1',
      'Aktive Tandems': '5',
      'Neue Tandems / Quote': '3 / 10',
      'Begleitung eingehalten (letzte 90 Tage)': '75 %',
    });
    const without = termsIn(page, /Ohne Dachverband<\/a\s*>[\s\S]*?<\/li>/);
    expect(without).toMatchObject({
      'Träger: still': '1',
      'Aktive Tandems': '0',
      'Neue Tandems / Quote': '0 / 0',
    });
    expect(page).toContain(`href="/app/office/carriers?umbrella=${umbrellaSouth}"`);
    expect(page).toContain('href="/app/office/carriers?umbrella=none"');
  });

  it('shows umbrella staff their umbrella’s figures only, without the umbrella cards', async () => {
    const page = await (await openPage('/app/office', north.cookie)).text();
    expect(termsIn(page, /id="scope-figures"[\s\S]*?<\/section>/)).toMatchObject({
      'Träger: eingeladen': '1',
      'Träger: aktiv': '0',
      'Träger: still': '1',
      'Aktive Tandems': '5',
    });
    expect(page).not.toContain('id="by-umbrella"');
  });
});

describe('the carrier list (GET /app/office/carriers)', () => {
  const list = async (staff: Staff, query = '') => {
    const response = await openPage(`/app/office/carriers${query}`, staff.cookie);
    return { status: response.status, page: await response.text() };
  };

  it('sorts by silence (default), overdue, risk, new matches and name', async () => {
    const { anker, bruecke, citadelle: citadel, dorf } = carriers;
    expect(carrierOrder((await list(funder)).page)).toEqual([dorf, anker, bruecke, citadel]);
    expect(carrierOrder((await list(funder, '?sort=overdue')).page)).toEqual([
      anker,
      bruecke,
      citadel,
      dorf,
    ]);
    expect(carrierOrder((await list(funder, '?sort=risk')).page)).toEqual([
      citadel,
      anker,
      bruecke,
      dorf,
    ]);
    expect(carrierOrder((await list(funder, '?sort=new')).page)).toEqual([
      citadel,
      anker,
      bruecke,
      dorf,
    ]);
    expect(carrierOrder((await list(funder, '?sort=name')).page)).toEqual([
      anker,
      bruecke,
      citadel,
      dorf,
    ]);
  });

  it('filters by status and umbrella (none: without one)', async () => {
    const { anker, bruecke, dorf } = carriers;
    expect(carrierOrder((await list(funder, '?status=silent&sort=name')).page)).toEqual([
      anker,
      dorf,
    ]);
    expect(carrierOrder((await list(funder, `?umbrella=${umbrellaNorth}&sort=name`)).page)).toEqual(
      [anker, bruecke],
    );
    expect(carrierOrder((await list(funder, '?umbrella=none')).page)).toEqual([dorf]);
    expect(carrierOrder((await list(north, '?sort=name')).page)).toEqual([anker, bruecke]);
  });

  it('keeps the filter and the order when the language is switched', async () => {
    const { page } = await list(funder, '?status=silent&sort=name&lang=de');
    expect(page).toContain('href="/app/office/carriers?status=silent&amp;sort=name&amp;lang=ar"');
    const { anker, dorf } = carriers;
    const arabic = await list(funder, '?status=silent&sort=name&lang=ar');
    expect(carrierOrder(arabic.page)).toEqual([anker, dorf]);
  });

  it('shows each carrier’s row of figures', async () => {
    const { page } = await list(funder, '?sort=name');
    const anker = termsIn(page, /Anker e\.V\.<\/bdi>[\s\S]*?<\/li>/);
    expect(anker).toEqual({
      Dachverband: 'Dach Nord',
      'Gemeinde (AGS)': '05315000',
      Stand: 'still',
      'Aktive Tandems': '5',
      'Neue Tandems / Quote': '3 / 10',
      'Jetzt überfällig': '2',
      'Jetzt gefährdet': '1',
      'Begleitung eingehalten (letzte 90 Tage)': '75 %',
      'Tage seit der letzten Meldung': '40',
      'Finanzierung zuletzt gemeldet für': '–',
    });
  });

  it('answers an unknown parameter value with a 400 page naming it', async () => {
    for (const query of ['?sort=size', '?status=ended', '?umbrella=a%20b', '?format=xlsx']) {
      const { status, page } = await list(funder, query);
      expect(status, query).toBe(400);
      expect(page).toContain('Ungültige Anfrage');
    }
    expect((await list(funder, '?sort=size')).page).toContain('„sort“');
  });

  it('gives umbrella staff 404 for another umbrella’s or no umbrella’s list; funder staff for an unknown one', async () => {
    expect((await list(north, `?umbrella=${umbrellaSouth}`)).status).toBe(404);
    expect((await list(north, '?umbrella=none')).status).toBe(404);
    expect((await list(north, `?umbrella=${umbrellaNorth}`)).status).toBe(200);
    expect((await list(funder, '?umbrella=u-0000000000000000')).status).toBe(404);
  });

  it('downloads the same table as CSV, row by row, with the same sort and filters', async () => {
    const response = await openPage('/app/office/carriers?sort=name&format=csv', funder.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = (await response.text()).split('\r\n');
    expect(rows).toEqual([
      'carrierId,name,umbrellaId,umbrellaName,municipality,status,activeMatches,newInCurrentPeriod,quota,overdueNow,atRiskNow,adherence90,daysSinceLastFact,lastFundingPeriodId',
      `${carriers.anker},Anker e.V.,${umbrellaNorth},Dach Nord,05315000,silent,5,3,10,2,1,0.75,40,`,
      `${carriers.bruecke},Brücke e.V.,${umbrellaNorth},Dach Nord,,invited,,,,,,,,`,
      `${carriers.citadelle},Citadelle e.V.,${umbrellaSouth},Dach Süd,,active,8,6,5,0,3,0.9,0,2025`,
      `${carriers.dorf},Dorf e.V.,,,,silent,0,0,,0,0,,,`,
      '',
    ]);
    const filtered = await openPage(
      `/app/office/carriers?status=silent&sort=silent&format=csv`,
      north.cookie,
    );
    expect((await filtered.text()).split('\r\n').slice(1)).toEqual([
      `${carriers.anker},Anker e.V.,${umbrellaNorth},Dach Nord,05315000,silent,5,3,10,2,1,0.75,40,`,
      '',
    ]);
  });
});

describe('a carrier’s page (GET /app/office/carriers/<carrierId>)', () => {
  it('shows its row, its months as charts with their table, and its funding reports', async () => {
    const response = await openPage(`/app/office/carriers/${carriers.anker}`, funder.cookie);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(termsIn(page, /id="figures"[\s\S]*?<\/section>/)).toMatchObject({
      Stand: 'still',
      'Neue Tandems / Quote': '3 / 10',
      'Tage seit der letzten Meldung': '40',
    });
    expect(page).toContain('Neue Tandems je Monat, Zeitraum');
    expect(page).toMatch(/<svg[^>]*aria-hidden="true"/);
    const rows = [...page.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map(([, row]) =>
        row!
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .slice(1);
    expect(rows).toEqual(['2025-01 2 50 % 1 / 2', '2025-02 1 100 % 4 / 4']);
    expect(termsIn(page, /id="funding"[\s\S]*?<\/section>/)).toEqual({ '2025': 'nicht gemeldet' });
    const citadel = await (
      await openPage(`/app/office/carriers/${carriers.citadelle}`, funder.cookie)
    ).text();
    expect(termsIn(citadel, /id="funding"[\s\S]*?<\/section>/)).toEqual({ '2025': 'gemeldet' });
    // Office staff never see a carrier's secrets.
    expect(page).not.toMatch(/whsec_|tdm_/);
  });

  it('is 404 for umbrella staff of another umbrella, as are its forms, and changes nothing', async () => {
    const formToken = await formTokenOf(north);
    const path = `/app/office/carriers/${carriers.citadelle}`;
    expect((await openPage(path, north.cookie)).status).toBe(404);
    expect((await postForm(`${path}/invite`, { formToken }, north.cookie)).status).toBe(404);
    const contacts = await postForm(
      `${path}/contacts`,
      { formToken, coordinatorEmail: 'taken@example.org', leadEmail: '' },
      north.cookie,
    );
    expect(contacts.status).toBe(404);
    expect((await getCarrier(carriers.citadelle))?.coordinatorEmail).toBe(
      'koordination@example.org',
    );
    expect((await openPage('/app/office/carriers/c-unknown', funder.cookie)).status).toBe(404);
    expect((await openPage(`/app/office/carriers/${carriers.anker}`, north.cookie)).status).toBe(
      200,
    );
  });

  it('changes the contacts: a wrong address is refused at its field, a removed one’s session ends', async () => {
    const path = `/app/office/carriers/${carriers.dorf}`;
    const formToken = await formTokenOf(funder, path);
    const refused = await postForm(
      `${path}/contacts`,
      { formToken, coordinatorEmail: 'keine-adresse', leadEmail: dorfLead },
      funder.cookie,
    );
    expect(refused.status).toBe(422);
    const refusedPage = await refused.text();
    expect(refusedPage).toMatch(/id="coordinatorEmail"[^>]*aria-invalid="true"/);
    expect(refusedPage).toContain('Bitte eine E-Mail-Adresse wie name@beispiel.de angeben.');
    expect((await getCarrier(carriers.dorf))?.coordinatorEmail).toBe(dorfCoordinator);

    const { cookieValue } = await createSession({
      addressHash: keys.hashAddress(dorfLead),
      carrierIds: [carriers.dorf],
    });
    expect(await readSession(cookieValue)).toBeDefined();
    const newCoordinator = uniqueAddress('dorf-new');
    const saved = await postForm(
      `${path}/contacts`,
      { formToken, coordinatorEmail: newCoordinator, leadEmail: '' },
      funder.cookie,
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?done=contacts`);
    const carrier = await getCarrier(carriers.dorf);
    expect(carrier?.coordinatorEmail).toBe(newCoordinator);
    expect(carrier?.leadEmail).toBeUndefined();
    expect(await readSession(cookieValue)).toBeUndefined();
    const page = await (await openPage(`${path}?done=contacts`, funder.cookie)).text();
    expect(page).toContain('Die Ansprechpersonen sind gespeichert.');
    expect(page).toContain(`value="${newCoordinator}"`);
  });
});

describe('region staff (SPEC §12: only the region reports)', () => {
  it('are sent from the overview to the regions and find no carrier page', async () => {
    const address = uniqueAddress('region');
    await addStaff({ email: address, role: 'region', region: '05315' });
    const { cookie } = await signIn(address);
    const overview = await openPage('/app/office', cookie);
    expect(overview.status).toBe(303);
    expect(overview.headers.get('location')).toBe('/app/office/regions');
    for (const path of [
      '/app/office/carriers',
      '/app/office/carriers?format=csv',
      '/app/office/carriers/new',
      `/app/office/carriers/${carriers.anker}`,
    ]) {
      expect((await openPage(path, cookie)).status, path).toBe(404);
    }
  });
});

describe('onboarding (GET and POST /app/office/carriers/new) and the invitation', () => {
  const newForm = async (staff: Staff) => {
    const page = await (await openPage('/app/office/carriers/new', staff.cookie)).text();
    return { formToken: hiddenField(page, 'formToken')!, nonce: hiddenField(page, 'nonce')!, page };
  };

  it('refuses wrong fields with 422, each at its field in the page’s language, and stores nothing', async () => {
    const before = (await listOfficeRows()).length;
    const { formToken, nonce, page } = await newForm(funder);
    // Each select's empty first choice asks to choose (it once read "Weiter", the button's word).
    expect(page).toContain('<option value="">Bitte wählen</option>');
    expect(page).not.toContain('<option value="">Weiter</option>');
    for (const name of [
      'name',
      'coordinatorEmail',
      'leadEmail',
      'language',
      'migrantOrganisation',
      'municipality',
      'umbrellaId',
      'quota',
    ]) {
      expect(page).toContain(`name="${name}"`);
    }
    const refused = await postForm(
      '/app/office/carriers/new',
      {
        formToken,
        nonce,
        name: ' ',
        coordinatorEmail: 'x',
        leadEmail: 'y@',
        language: 'xx',
        municipality: '123',
        umbrellaId: 'u-0000000000000000',
        quota: '1.5',
      },
      funder.cookie,
    );
    expect(refused.status).toBe(422);
    const answer = await refused.text();
    for (const field of [
      'name',
      'coordinatorEmail',
      'leadEmail',
      'language',
      'municipality',
      'umbrellaId',
      'quota',
    ]) {
      expect(answer, field).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`));
    }
    expect(answer).toContain('Bitte einen Gemeindeschlüssel aus 8 Ziffern angeben');
    expect(answer).toContain('value="123"');
    expect((await listOfficeRows()).length).toBe(before);
  });

  it('creates one carrier for a form sent twice, invites its coordinator in its language, and it turns active at the first sign-in', async () => {
    const coordinator = uniqueAddress('neu');
    const { formToken, nonce } = await newForm(funder);
    const fields = {
      formToken,
      nonce,
      name: 'Neue Paten e.V.',
      coordinatorEmail: coordinator,
      leadEmail: '',
      language: 'en',
      migrantOrganisation: 'on',
      municipality: '05315000',
      umbrellaId: umbrellaNorth,
      quota: '12',
    };
    const first = await postForm('/app/office/carriers/new', fields, funder.cookie);
    const second = await postForm('/app/office/carriers/new', fields, funder.cookie);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    const location = first.headers.get('location')!;
    expect(second.headers.get('location')).toBe(location);
    const carrierId = /^\/app\/office\/carriers\/(c-[0-9a-f]+)\?done=created$/.exec(location)?.[1];
    expect(carrierId).toBeDefined();
    const created = (await listOfficeRows()).filter((row) => row.name === 'Neue Paten e.V.');
    expect(created.map((row) => row.carrierId)).toEqual([carrierId]);
    expect(await getCarrier(carrierId!)).toMatchObject({
      coordinatorEmail: coordinator,
      language: 'en',
      migrantOrganisation: true,
      municipality: '05315000',
      umbrellaId: umbrellaNorth,
      quota: 12,
    });
    expect((await getCarrier(carrierId!))?.leadEmail).toBeUndefined();

    const page = await (await openPage(location, funder.cookie)).text();
    expect(page).toContain('Der Träger ist aufgenommen');
    expect(page).not.toMatch(/whsec_|tdm_/);
    expect(termsIn(page, /id="figures"[\s\S]*?<\/section>/).Stand).toBe('eingeladen');
    await processed();
    const invitations = await emailsTo(coordinator);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.subject).toBe('Invitation to Tandem');

    // While invited, the invitation goes again.
    const again = await postForm(
      `/app/office/carriers/${carrierId}/invite`,
      { formToken },
      funder.cookie,
    );
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/app/office/carriers/${carrierId}?done=invited`);
    await processed();
    expect(await emailsTo(coordinator)).toHaveLength(2);

    // The coordinator signs in from the mail: the link's page changes nothing, its button does.
    const link = (await emailsTo(coordinator))
      .at(-1)!
      .body.text!.match(/https?:\/\/\S+\/app\/sign-in\/[A-Za-z0-9_-]+/)![0];
    expect((await fetch(link)).status).toBe(200);
    expect((await getOfficeRow(carrierId!))?.firstSignInOn).toBeUndefined();
    const started = await postForm(link, {});
    expect(started.status).toBe(303);
    expect(cookieNamed(started, 'tandem_session')).toBeDefined();
    expect((await getOfficeRow(carrierId!))?.firstSignInOn).toBe(today);
    const after = await (await openPage(`/app/office/carriers/${carrierId}`, funder.cookie)).text();
    expect(termsIn(after, /id="figures"[\s\S]*?<\/section>/).Stand).toBe('aktiv');
    expect(after).not.toContain('/invite"');

    // No longer invited: a clear page, and no mail.
    const late = await postForm(
      `/app/office/carriers/${carrierId}/invite`,
      { formToken },
      funder.cookie,
    );
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Eine Einladung ist nicht mehr nötig');
    await processed();
    expect(await emailsTo(coordinator)).toHaveLength(2);
  });

  it('onboards umbrella staff’s carriers into their umbrella; another umbrella is 404', async () => {
    const { formToken, nonce, page } = await newForm(north);
    expect(page).not.toContain('name="umbrellaId"');
    expect(page).toContain('Dach Nord');
    const fields = {
      formToken,
      nonce,
      name: 'Nordlicht e.V.',
      coordinatorEmail: uniqueAddress('nordlicht'),
      language: 'de',
    };
    const forged = await postForm(
      '/app/office/carriers/new',
      { ...fields, umbrellaId: umbrellaSouth },
      north.cookie,
    );
    expect(forged.status).toBe(404);
    expect((await listOfficeRows()).some((row) => row.name === 'Nordlicht e.V.')).toBe(false);
    const created = await postForm('/app/office/carriers/new', fields, north.cookie);
    expect(created.status).toBe(303);
    const rows = (await listOfficeRows()).filter((row) => row.name === 'Nordlicht e.V.');
    expect(rows.map((row) => row.umbrellaId)).toEqual([umbrellaNorth]);
  });
});

describe('the office carrier pages in Chromium at phone width', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const phonePage = async (staff: Staff): Promise<Page> => {
    // The pages have no script of their own; axe runs through the DevTools protocol.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const [name, value] = staff.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: appUrl('/') }]);
    return context.newPage();
  };

  const expectAccessible = async (page: Page, what: string) => {
    const violations = await axeViolations(page);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
    const { scroll, view } = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
    )) as { scroll: number; view: number };
    expect(scroll, `no horizontal scrolling: ${what}`).toBeLessThanOrEqual(view);
  };

  it('passes axe without horizontal scrolling in all seven languages, funder and umbrella staff', async () => {
    const page = await phonePage(funder);
    const tables = ['/app/office/carriers', `/app/office/carriers/${carriers.anker}`];
    const forms = ['/app/office', '/app/office/carriers/new'];
    for (const language of languages) {
      // The pages of figures in every language; the others in a left-to-right and a
      // right-to-left one.
      const paths = language === 'de' || language === 'ar' ? [...tables, ...forms] : tables;
      for (const path of paths) {
        const response = await page.goto(appUrl(`${path}?lang=${language}`));
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        await expectAccessible(page, `${path} ${language}`);
        if (
          process.env.TANDEM_WRITE_SCREENSHOTS === '1' &&
          path === '/app/office/carriers' &&
          language === 'de'
        ) {
          // The list is long: the viewport from its title, most overdue first.
          await mkdir(screenshotsDir, { recursive: true });
          await page.goto(appUrl(`${path}?sort=overdue&lang=${language}`));
          await page.evaluate(
            "window.scrollTo(0, document.querySelector('main h1').getBoundingClientRect().top - 16)",
          );
          await page.screenshot({ path: `${screenshotsDir}office-carriers-phone.png` });
        }
      }
    }
    const bad = await page.goto(appUrl('/app/office/carriers?sort=size&lang=de'));
    expect(bad?.status()).toBe(400);
    await expectAccessible(page, 'the 400 page');
    const umbrellaPage = await phonePage(north);
    for (const path of ['/app/office', '/app/office/carriers', '/app/office/carriers/new']) {
      await umbrellaPage.goto(appUrl(`${path}?lang=ar`));
      await expectAccessible(umbrellaPage, `umbrella ${path}`);
    }
  });

  it('answers the plain onboarding form (no script): errors at their fields, axe clean', async () => {
    const page = await phonePage(funder);
    await page.goto(appUrl('/app/office/carriers/new?lang=fa'));
    await page.fill('#name', 'Formular e.V.');
    await page.fill('#coordinatorEmail', 'keine-adresse');
    await page.fill('#municipality', '12');
    await page.click('main button[type=submit]');
    expect(await page.locator('#coordinatorEmail-error').innerText()).not.toBe('');
    expect(await page.locator('#municipality-error').innerText()).not.toBe('');
    expect(await page.locator('#name').inputValue()).toBe('Formular e.V.');
    await expectAccessible(page, 'the refused onboarding form');
  });
});
