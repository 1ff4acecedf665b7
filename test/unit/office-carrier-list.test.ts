import { describe, expect, it } from 'vitest';
import {
  carrierList,
  carrierListLine,
  parseCarrierListQuery,
  type ListDay,
  type ListedCarrierRow,
} from '../../shared/domain/office-carrier-list';
import type { CarrierFigures } from '../../shared/domain/office-figures';
import { carrierListCsv } from '../../functions/web/office/pages/carrier-list-csv';

// SPEC §12 `GET /app/office/carriers`: what its address may ask for, its sorts and filters,
// and its CSV, which draws the same lines.

const day: ListDay = {
  today: '2025-06-30',
  silentAfterDays: 30,
  currentPeriodId: '2025',
  umbrellaNames: new Map([['u-1', 'Dach Eins']]),
};

const figures = (overrides: Partial<CarrierFigures>): CarrierFigures => ({
  asOf: '2025-06-30',
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

const row = (carrierId: string, name: string, extra: Partial<ListedCarrierRow> = {}) => ({
  carrierId,
  name,
  onboardedAt: '2025-01-01T10:00:00.000Z',
  ...extra,
});

const rows: ListedCarrierRow[] = [
  // Invited: no sign-in and no fact; 180 days without a fact since onboarding.
  row('c-a', 'Zeta e.V.', { umbrellaId: 'u-1', quota: 10 }),
  // Active, last fact 2 days ago.
  row('c-b', 'alpha e.V.', {
    firstSignInOn: '2025-02-01',
    firstFactOn: '2025-02-01',
    lastFactOn: '2025-06-28',
    municipality: '05315000',
    figures: figures({
      activeMatches: 12,
      newInCurrentPeriod: 4,
      overdueNow: 3,
      atRiskNow: 1,
      adherence90: { due: 8, onTime: 6 },
      lastFundingPeriodId: '2025',
    }),
  }),
  // Silent: last fact 40 days ago.
  row('c-c', 'Beta e.V.', {
    umbrellaId: 'u-1',
    firstFactOn: '2025-01-10',
    lastFactOn: '2025-05-21',
    figures: figures({ activeMatches: 5, newInCurrentPeriod: 7, overdueNow: 1, atRiskNow: 2 }),
  }),
  // Figures of an earlier period: its new matches do not count for this one.
  row('c-d', '=Gamma', {
    firstSignInOn: '2025-06-01',
    lastFactOn: '2025-06-29',
    firstFactOn: '2025-06-29',
    figures: figures({ currentPeriodId: '2024', newInCurrentPeriod: 9 }),
  }),
];

const lines = rows.map((carrier) => carrierListLine(carrier, day));
const ids = (sort: 'silent' | 'overdue' | 'risk' | 'new' | 'name', extra = {}) =>
  carrierList(lines, { sort, ...extra }).map((line) => line.carrierId);

describe('the office carrier list (SPEC §12)', () => {
  it('reads status, umbrella name, adherence and days since the last fact from a row', () => {
    expect(lines.map((line) => line.status)).toEqual(['invited', 'active', 'silent', 'active']);
    expect(lines[0]).toMatchObject({
      umbrella: { umbrellaId: 'u-1', name: 'Dach Eins' },
      activeMatches: null,
      adherence90: null,
      daysSinceLastFact: null,
      quietDays: 180,
      quota: 10,
    });
    expect(lines[1]).toMatchObject({ adherence90: 0.75, daysSinceLastFact: 2, umbrella: null });
    expect(lines[3]?.newInCurrentPeriod).toBe(0);
  });

  it('sorts: silent longest without a fact, overdue/risk/new most first, name alphabetical', () => {
    expect(ids('silent')).toEqual(['c-a', 'c-c', 'c-b', 'c-d']);
    expect(ids('overdue')).toEqual(['c-b', 'c-c', 'c-d', 'c-a']);
    expect(ids('risk')).toEqual(['c-c', 'c-b', 'c-d', 'c-a']);
    expect(ids('new')).toEqual(['c-c', 'c-b', 'c-d', 'c-a']);
    expect(ids('name')).toEqual(['c-d', 'c-b', 'c-c', 'c-a']);
  });

  it('filters by status and by umbrella, `none` for carriers without one', () => {
    expect(ids('name', { status: 'active' })).toEqual(['c-d', 'c-b']);
    expect(ids('name', { umbrella: 'u-1' })).toEqual(['c-c', 'c-a']);
    expect(ids('name', { umbrella: 'none', status: 'active' })).toEqual(['c-d', 'c-b']);
  });

  it('takes the known values and names the first parameter it does not know', () => {
    expect(parseCarrierListQuery({})).toEqual({
      ok: true,
      query: { sort: 'silent', format: 'html' },
    });
    expect(
      parseCarrierListQuery({ sort: 'risk', status: 'silent', umbrella: 'u-1', format: 'csv' }),
    ).toEqual({
      ok: true,
      query: { sort: 'risk', status: 'silent', umbrella: 'u-1', format: 'csv' },
    });
    expect(parseCarrierListQuery({ sort: 'size' })).toEqual({ ok: false, parameter: 'sort' });
    expect(parseCarrierListQuery({ status: 'ended' })).toEqual({ ok: false, parameter: 'status' });
    expect(parseCarrierListQuery({ umbrella: 'a b' })).toEqual({
      ok: false,
      parameter: 'umbrella',
    });
    expect(parseCarrierListQuery({ format: 'xlsx' })).toEqual({ ok: false, parameter: 'format' });
  });

  it('writes the CSV with a header row and a formula-safe name', () => {
    const csv = carrierListCsv(carrierList(lines, { sort: 'name' }));
    expect(csv.split('\r\n')).toEqual([
      'carrierId,name,umbrellaId,umbrellaName,municipality,status,activeMatches,newInCurrentPeriod,quota,overdueNow,atRiskNow,adherence90,daysSinceLastFact,lastFundingPeriodId',
      "c-d,'=Gamma,,,,active,0,0,,0,0,,1,",
      'c-b,alpha e.V.,,,05315000,active,12,4,,3,1,0.75,2,2025',
      'c-c,Beta e.V.,u-1,Dach Eins,,silent,5,7,,1,2,,40,',
      'c-a,Zeta e.V.,u-1,Dach Eins,,invited,,,10,,,,,',
      '',
    ]);
  });
});
