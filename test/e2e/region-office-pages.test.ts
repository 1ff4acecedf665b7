import { beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../local/cli/commands';
import { addUmbrella } from '../../shared/data/umbrellas';
import { onboardCarrier, onboardCarrierWithMatch, processed } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';
import { staffSessionCookie } from '../support/staff-session';
import { openPage } from '../support/web-sign-in';

// SPEC §13 in the office: the regions list by role, a region's page of a period with its
// co-funding form, and 404 for another scope's key. (HTTP level; no browser run yet.)

const cookies: Record<'funder' | 'region' | 'umbrella', string> = {
  funder: '',
  region: '',
  umbrella: '',
};
const reportPath = (key: string) => `/app/office/regions/${key}/periods/2025`;

beforeAll(async () => {
  await useTableOfItsOwn('region-office');
  for (let index = 0; index < 5; index++) {
    await onboardCarrierWithMatch({
      name: `Träger ${index}`,
      coordinatorEmail: `k-${index}@region-office.example`,
      municipality: '05315000',
    });
  }
  await onboardCarrier({
    name: 'Träger 9',
    coordinatorEmail: 'k-9@region-office.example',
    municipality: '09162000',
  });
  await processed();
  cookies.funder = await staffSessionCookie({ email: uniqueAddress('ro-funder'), role: 'funder' });
  cookies.region = await staffSessionCookie({
    email: uniqueAddress('ro-region'),
    role: 'region',
    region: '05315',
  });
  const { umbrellaId } = await addUmbrella({ name: 'Dachverband Region' });
  cookies.umbrella = await staffSessionCookie({
    email: uniqueAddress('ro-umbrella'),
    role: 'umbrella',
    umbrellaId,
  });
}, 120_000);

describe('office region pages', () => {
  it('lists every key for funder staff, with "too few" where no report may be given', async () => {
    const page = await (await openPage('/app/office/regions?lang=en', cookies.funder)).text();
    for (const key of ['05', '05315', '05315000', '09', '09162', '09162000']) {
      expect(page).toContain(`data-region="${key}"`);
    }
    // 6 carriers: Land 05 has 5, and all − 05 is 1 carrier: nothing is given.
    expect(page).toContain('too few');
    expect(page).not.toMatch(/data-carriers="\d/);
  });

  it('lists region staff their key and the keys inside it only; umbrella staff get 404', async () => {
    const page = await (await openPage('/app/office/regions', cookies.region)).text();
    expect(page).toContain('data-region="05315"');
    expect(page).toContain('data-region="05315000"');
    expect(page).not.toContain('data-region="05"');
    expect(page).not.toContain('data-region="09');
    expect((await openPage('/app/office/regions', cookies.umbrella)).status).toBe(404);
    expect((await openPage(reportPath('09162'), cookies.region)).status).toBe(404);
    expect((await openPage(reportPath('05'), cookies.region)).status).toBe(404);
  });

  it('says not closed before the close, and too few carriers after it (all − Land 05 is one carrier)', async () => {
    const before = await (await openPage(`${reportPath('05315')}?lang=en`, cookies.region)).text();
    expect(before).toContain('not closed yet');
    await closePeriod(localSystem().urls.api, '2025');
    // all − Land 05 is one carrier: 05315 is suppressed; the page says so.
    const page = await (await openPage(`${reportPath('05315')}?lang=en`, cookies.region)).text();
    expect(page).toContain('data-suppressed="true"');
    expect(page).not.toContain('co-funding-result');
  }, 300_000);
});
