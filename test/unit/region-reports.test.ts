import { describe, expect, it } from 'vitest';
import { regionReportCsv } from '../../functions/reports/render/region-report-csv';
import { renderRegionReportHtml } from '../../functions/reports/render/region-report-html';
import { suppressedRegionCsv } from '../../functions/reports/render/region-suppressed';
import { parseFunderConfig } from '../../shared/config/funder-config';
import { buildFunderSummary } from '../../shared/domain/reports/build-reports';
import { fundingUnitsOf } from '../../shared/domain/reports/funding-comparison';
import { emptyTally, type PeriodTally } from '../../shared/domain/reports/period-tally';
import { regionReport, regionReports } from '../../shared/domain/reports/region-report';
import { regionDisclosures } from '../../shared/domain/reports/regions';
import { languages } from '../../shared/i18n/languages';
import { givenRegionReportSchema } from '../../shared/schemas/region-report';
import { parseCsv } from '../support/csv';

// SPEC §13: which regions are given (the nested suppression rule), what a region report holds,
// and its CSV and fact sheet.

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const config = parseFunderConfig(
  {
    funderId: 'example',
    name: 'Beispiel-Stiftung',
    senderEmail: 'reports@example.org',
    timezone: 'Europe/Berlin',
    periods: [period],
    fundingModels: { per_new_match: 200, per_active_month: 20, per_supported_month: 30 },
    kAnonymity: 5,
  },
  'test',
);
const generatedAt = new Date('2026-01-02T08:00:00Z');

/** `count` carriers in each municipality, in order. */
const municipalitiesOf = (...groups: [string | undefined, number][]) =>
  groups.flatMap(([municipality, count]) => Array.from({ length: count }, () => municipality));

const givenKeys = (municipalities: (string | undefined)[]) =>
  regionDisclosures(municipalities, 5)
    .filter((region) => region.given)
    .map((region) => region.key);

describe('regionDisclosures', () => {
  it('lists every key of the municipalities at the three levels with its carriers', () => {
    const disclosures = regionDisclosures(
      municipalitiesOf(['05315000', 6], ['05334002', 2], [undefined, 3]),
      5,
    );
    expect(disclosures.map(({ key, carriers }) => [key, carriers])).toEqual([
      ['05', 8],
      ['05315', 6],
      ['05315000', 6],
      ['05334', 2],
      ['05334002', 2],
    ]);
  });

  it('gives no region with fewer than k carriers', () => {
    expect(givenKeys(municipalitiesOf(['05315000', 4], ['09162000', 20], [undefined, 5]))).toEqual([
      '09',
      '09162',
      '09162000',
    ]);
  });

  it('gives no region whose enclosing region has 1 to k − 1 carriers besides it', () => {
    // Kreis 05334 has 6: Gemeinde 05334002 (5) would leave Gemeinde 05334004 (1) by difference.
    const municipalities = municipalitiesOf(['05334002', 5], ['05334004', 1], ['05315000', 10]);
    expect(givenKeys(municipalities)).toEqual(['05', '05315', '05315000', '05334']);
  });

  it('gives a region that fills its enclosing region (the rest is empty)', () => {
    expect(givenKeys(municipalitiesOf(['05315000', 5]))).toEqual(['05', '05315', '05315000']);
  });

  it('counts the whole deployment, carriers without a municipality too, as enclosing every region', () => {
    // Land 05 has 10 of 12 carriers: the other 2 (no municipality) would be all minus Land 05.
    expect(givenKeys(municipalitiesOf(['05315000', 10], [undefined, 2]))).toEqual([]);
    expect(givenKeys(municipalitiesOf(['05315000', 10], [undefined, 5]))).toEqual([
      '05',
      '05315',
      '05315000',
    ]);
  });
});

const tallyOf = (index: number): PeriodTally => ({
  ...emptyTally(),
  new: index + 1,
  activeDuring: index + 2,
  activeAtEnd: index,
  checkInsRecorded: 3 * index,
  checkInsDue: 2 * index + 2,
  checkInsOnTime: index + 1,
  activeDays: 100 * index + 15,
  supportedMonths: index + 3,
});

const partsOf = (municipalities: (string | undefined)[]) =>
  municipalities.map((municipality, index) => {
    const tally = tallyOf(index);
    return {
      tally,
      units: fundingUnitsOf(tally),
      standing: {
        carrierId: `c-${index}`,
        migrantOrganisation: index % 3 === 0,
        activeMatches: tally.activeDuring,
        ...(municipality === undefined ? {} : { municipality }),
        funding: {
          sources: [
            { kind: 'own_funds' as const, amountEur: 100 * index },
            { kind: 'municipal' as const, amountEur: 1000 },
          ],
        },
      },
    };
  });

describe('regionReport', () => {
  const parts = partsOf(municipalitiesOf(['05315000', 6], ['09162000', 5], [undefined, 5]));
  const report = regionReport(period, '05315', parts, config, generatedAt);

  it('has the summary’s figures over the region’s carriers and all carriers’ for comparison', () => {
    const inRegion = parts.slice(0, 6);
    const summary = buildFunderSummary(period, inRegion, config, generatedAt);
    const all = buildFunderSummary(period, parts, config, generatedAt);
    expect(givenRegionReportSchema.parse(report)).toEqual({
      periodId: '2025',
      region: { key: '05315', carriers: 6 },
      matches: summary.matches,
      checkIns: summary.checkIns,
      riskFlag: summary.riskFlag,
      carrierSituation: summary.carrierSituation,
      units: {
        per_new_match: 1 + 2 + 3 + 4 + 5 + 6,
        per_active_month: Math.round(((100 * 15 + 6 * 15) / 30) * 100) / 100,
        per_supported_month: 3 + 4 + 5 + 6 + 7 + 8,
      },
      all: { matches: all.matches, checkIns: all.checkIns },
    });
  });

  it('keeps the summary’s k-anonymity inside the region', () => {
    // 2 of the 6 are migrant organisations (indexes 0 and 3): their shares are suppressed.
    expect(report.carrierSituation).toMatchObject({
      migrantOrganisations: { shareOfCarriers: null, suppressed: true },
    });
  });

  it('is built for the given regions only', () => {
    expect(
      regionReports(period, parts, config, generatedAt).given.map((r) => r.region.key),
    ).toEqual(['05', '05315', '05315000', '09', '09162', '09162000']);
  });
});

describe('region report files', () => {
  const parts = partsOf(municipalitiesOf(['05315000', 6], [undefined, 5]));
  const report = regionReport(period, '05315', parts, config, generatedAt);
  const context = {
    funderName: 'Beispiel-Stiftung',
    funderId: 'example',
    period,
    generatedAt: generatedAt.toISOString(),
  };

  it('writes one CSV row per figure: the region, its figures, its units and all carriers’', () => {
    const rows = parseCsv(regionReportCsv(report));
    const value = (section: string, figure: string) =>
      rows.find((row) => row[0] === section && row[1] === figure)?.[2];
    expect(rows[0]).toEqual(['section', 'figure', 'value']);
    expect(value('region', 'key')).toBe('05315');
    expect(value('region', 'carriers')).toBe('6');
    expect(value('matches', 'new')).toBe(String(report.matches.new));
    expect(value('units', 'per_supported_month')).toBe(String(report.units.per_supported_month));
    expect(value('all.matches', 'new')).toBe(String(report.all.matches.new));
    expect(value('all.checkIns', 'adherence')).toBe(String(report.all.checkIns.adherence));
  });

  it('writes the suppressed answer as its key and a flag, no count', () => {
    const rows = parseCsv(
      suppressedRegionCsv({
        periodId: '2025',
        region: { key: '05334', carriers: null },
        suppressed: true,
      }),
    );
    expect(rows.slice(1)).toEqual([
      ['report', 'periodId', '2025'],
      ['region', 'key', '05334'],
      ['region', 'carriers', ''],
      ['region', 'suppressed', 'true'],
    ]);
  });

  it('renders a printable A4 fact sheet with a chart and co-funding amounts in every language', async () => {
    for (const language of languages) {
      const html = await renderRegionReportHtml(report, context, language);
      expect(html).toContain(
        `<html lang="${language}" dir="${language === 'ar' || language === 'fa' ? 'rtl' : 'ltr'}">`,
      );
      expect(html).toContain('@page { size: A4');
      expect(html).toMatch(/<svg[^>]*>/);
      // Self-contained: nothing to run, nothing to load (SVG's namespace is no request).
      expect(html).not.toMatch(/<script|\s(?:src|href)=/);
      // 50 € per supported month times the region's supported months.
      const amount = (50 * report.units.per_supported_month).toFixed(2);
      expect(html).toContain(
        `data-figure="coFunding.per_supported_month.50" data-value="${amount}"`,
      );
    }
    const german = await renderRegionReportHtml(report, context, 'de');
    expect(german).toContain('Faktenblatt Region');
    expect(german).toContain('Was eine kommunale Mitfinanzierung kosten würde');
  });
});
