import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { carrierReportCsv } from '../../functions/reports/render/carrier-report-csv';
import { renderCarrierReportHtml } from '../../functions/reports/render/carrier-report-html';
import { funderSummaryCsv } from '../../functions/reports/render/funder-summary-csv';
import { renderFunderSummaryHtml } from '../../functions/reports/render/funder-summary-html';
import type { ReportContext } from '../../functions/reports/render/html-page';
import {
  carrierLabels,
  checkInLabels,
  endReasonLabels,
  fundingLabels,
  matchLabels,
  situationLabels,
} from '../../functions/reports/render/labels';
import type { Label } from '../../functions/reports/render/labels';
import type { CarrierReport, FunderSummary } from '../../shared/schemas/reports';
import { endReasons } from '../../shared/schemas/webhooks';
import { parseCsv } from '../support/csv';
import {
  carrierReport,
  emptyCarrierReport,
  funderSummary,
  suppressedSummary,
} from '../support/sample-reports';

// SPEC §6: the reports as CSV (one row per figure) and as self-contained HTML pages with
// charts. Pure renderers: no AWS here. htmlparser2 is not a dependency of the project; it is
// installed with aws-ses-v2-local (through mailparser) and used here only to read the HTML.

type Element = ReturnType<typeof DomUtils.findAll>[number];

const context: ReportContext = {
  funderName: 'Beispiel-Stiftung',
  carrierName: 'Patenschaften Musterstadt e.V.',
  period: { id: '2025', start: '2025-01-01', end: '2025-12-31' },
};
const funderContext: ReportContext = { funderName: context.funderName, period: context.period };

// ---------------------------------------------------------------------------------------------
// CSV

type Rows = (readonly [section: string, figure: string, value: string])[];

function readCsv(text: string): Rows {
  const [header, ...records] = parseCsv(text);
  expect(header).toEqual(['section', 'figure', 'value']);
  for (const record of records) expect(record).toHaveLength(3);
  return records.map(([section, figure, value]) => [section!, figure!, value!] as const);
}

/** Every record ends in CRLF, there is no bare CR or LF, and no byte-order mark. */
function expectCsvFraming(text: string): void {
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
}

/** The leaves of a report as `[path, value]`, to check that the CSV covers all of them. */
function leaves(value: unknown, path: readonly string[] = []): [string[], unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [[[...path], value]];
}

/**
 * Each leaf of the report object has its row (`report,<field>` for the top-level ids), with
 * the value as JavaScript writes it, amounts with two decimals, null empty, flags `true`.
 */
function expectEveryLeaf(report: CarrierReport | FunderSummary, csv: string): void {
  const rows = new Map(
    readCsv(csv).map(([section, figure, value]) => [`${section}.${figure}`, value]),
  );
  for (const [path, value] of leaves(report)) {
    const key = path.length === 1 ? `report.${path[0]}` : path.join('.');
    const isAmount =
      path[0] === 'funding' ||
      (path[0] === 'fundingComparison' && /^(total|baselineTotal|amount)$/.test(path.at(-1)!));
    const written = value === null ? '' : isAmount ? (value as number).toFixed(2) : String(value);
    expect(rows.get(key), key).toBe(written);
  }
}

const sharedFigureRows = (
  figures: Pick<CarrierReport, 'matches' | 'checkIns' | 'funding'>,
  expected: {
    endedByReason: readonly number[];
    medianDurationDays: string;
    reached: readonly [string, string, string];
    earlyClosureShare: string;
    adherence: string;
    funding: readonly [string, string, string];
  },
): Rows => [
  ['matches', 'new', String(figures.matches.new)],
  ['matches', 'activeDuring', String(figures.matches.activeDuring)],
  ['matches', 'activeAtEnd', String(figures.matches.activeAtEnd)],
  ['matches', 'ended', String(figures.matches.ended)],
  ...endReasons.map(
    (reason, index) =>
      ['matches', `endedByReason.${reason}`, String(expected.endedByReason[index])] as const,
  ),
  ['matches', 'medianDurationDays', expected.medianDurationDays],
  ['matches', 'reached.90', expected.reached[0]],
  ['matches', 'reached.180', expected.reached[1]],
  ['matches', 'reached.365', expected.reached[2]],
  ['matches', 'earlyClosureShare', expected.earlyClosureShare],
  ['matches', 'withConcern', String(figures.matches.withConcern)],
  ['checkIns', 'recorded', String(figures.checkIns.recorded)],
  ['checkIns', 'due', String(figures.checkIns.due)],
  ['checkIns', 'onTime', String(figures.checkIns.onTime)],
  ['checkIns', 'adherence', expected.adherence],
  ['funding', 'per_new_match', expected.funding[0]],
  ['funding', 'per_active_month', expected.funding[1]],
  ['funding', 'per_supported_month', expected.funding[2]],
];

/** The riskFlag rows: counts, then the four rates (empty when null or suppressed). */
const riskFlagRows = (values: readonly string[]): Rows =>
  [
    'evaluated',
    'flagged',
    'closedEarly',
    'flaggedClosedEarly',
    'sensitivity',
    'specificity',
    'precision',
    'baseRate',
  ].map((figure, index) => ['riskFlag', figure, values[index] ?? ''] as const);

describe('carrierReportCsv', () => {
  it('writes one row per figure, parsing back to exactly the report', () => {
    const csv = carrierReportCsv(carrierReport);
    expectCsvFraming(csv);
    expect(readCsv(csv)).toEqual([
      ['report', 'periodId', '2025'],
      ['report', 'carrierId', 'c-musterstadt'],
      ['report', 'generatedAt', '2026-01-01T00:05:00.000Z'],
      ...sharedFigureRows(carrierReport, {
        endedByReason: [3, 2, 0, 1, 2, 0, 0, 1],
        medianDurationDays: '183.5',
        reached: ['0.75', '0.5417', ''],
        earlyClosureShare: '0.2222',
        adherence: '0.8125',
        funding: ['2400.00', '6613.33', '7350.50'],
      }),
      ...riskFlagRows(['20', '6', '4', '3', '0.75', '0.8125', '0.5', '0.2']),
    ]);
    // The brief's examples, verbatim.
    expect(csv).toContain('\r\nmatches,new,12\r\n');
    expect(csv).toContain('\r\nmatches,endedByReason.goal_reached,3\r\n');
    expect(csv).toContain('\r\nmatches,reached.90,0.75\r\n');
    expect(csv).toContain('\r\ncheckIns,adherence,0.8125\r\n');
    expect(csv).toContain('\r\nfunding,per_new_match,2400.00\r\n');
    expect(csv.startsWith('section,figure,value\r\n')).toBe(true);
  });

  it('writes null as an empty value and keeps every row when there is', () => {
    const rows = readCsv(carrierReportCsv(emptyCarrierReport));
    expect(rows).toEqual([
      ['report', 'periodId', '2025'],
      ['report', 'carrierId', 'c-new'],
      ['report', 'generatedAt', '2026-01-01T00:05:00.000Z'],
      ...sharedFigureRows(emptyCarrierReport, {
        endedByReason: [0, 0, 0, 0, 0, 0, 0, 0],
        medianDurationDays: '',
        reached: ['', '', ''],
        earlyClosureShare: '',
        adherence: '',
        funding: ['0.00', '0.00', '0.00'],
      }),
      ...riskFlagRows(['0', '0', '0', '0']),
    ]);
    // Same rows in the same order as a full report, so spreadsheets line up.
    expect(rows.map(([section, figure]) => `${section},${figure}`)).toEqual(
      readCsv(carrierReportCsv(carrierReport)).map(([section, figure]) => `${section},${figure}`),
    );
  });

  it('covers every field of the report', () => {
    expectEveryLeaf(carrierReport, carrierReportCsv(carrierReport));
    expectEveryLeaf(emptyCarrierReport, carrierReportCsv(emptyCarrierReport));
  });

  it('quotes per RFC 4180 and defuses spreadsheet formulas in text cells', () => {
    const quoted = carrierReportCsv({ ...carrierReport, carrierId: 'c-1, "Nord"\r\nZeile 2' });
    expectCsvFraming(quoted);
    expect(quoted).toContain('\r\nreport,carrierId,"c-1, ""Nord""\r\nZeile 2"\r\n');
    expect(readCsv(quoted)[1]).toEqual(['report', 'carrierId', 'c-1, "Nord"\r\nZeile 2']);

    const formula = carrierReportCsv({ ...carrierReport, carrierId: '=HYPERLINK("x")' });
    expect(readCsv(formula)[1]).toEqual(['report', 'carrierId', `'=HYPERLINK("x")`]);

    const umlaut = carrierReportCsv({ ...carrierReport, carrierId: 'träger-köln' });
    expect(readCsv(umlaut)[1]).toEqual(['report', 'carrierId', 'träger-köln']);
  });
});

describe('funderSummaryCsv', () => {
  const summaryFigures = {
    endedByReason: [30, 21, 0, 0, 0, 7, 1, 10],
    medianDurationDays: '211',
    reached: ['0.8812', '0.7043', '0.4118'],
    earlyClosureShare: '0.1304',
    adherence: '0.8145',
    funding: ['19400.00', '51234.67', '60120.00'],
  } as const;

  it('adds carriers and the situation, with suppressed figures empty and flagged', () => {
    const csv = funderSummaryCsv(funderSummary);
    expectCsvFraming(csv);
    const rows = readCsv(csv);
    const comparisonRows = rows.filter(([section]) => section === 'fundingComparison');
    expect(rows.slice(0, rows.length - comparisonRows.length)).toEqual([
      ['report', 'periodId', '2025'],
      ['report', 'funderId', 'example'],
      ['report', 'generatedAt', '2026-01-01T00:06:00.000Z'],
      ...sharedFigureRows(funderSummary, summaryFigures),
      ...riskFlagRows(['180', '45', '30', '18', '0.6', '0.82', '0.4', '0.1667']),
      ['carriers', 'total', '30'],
      ['carriers', 'reporting', '27'],
      ['carriers', 'migrantOrganisations', '4'],
      ['carrierSituation', 'thirdPartyShare.p25', '0.8'],
      ['carrierSituation', 'thirdPartyShare.median', '0.9'],
      ['carrierSituation', 'thirdPartyShare.p75', '1'],
      ['carrierSituation', 'fullyThirdParty.count', '6'],
      ['carrierSituation', 'fullyThirdParty.share', '0.2222'],
      ['carrierSituation', 'atLeast90ThirdParty.count', '14'],
      ['carrierSituation', 'atLeast90ThirdParty.share', '0.5185'],
      ['carrierSituation', 'withMunicipalFunds.count', ''],
      ['carrierSituation', 'withMunicipalFunds.share', ''],
      ['carrierSituation', 'withMunicipalFunds.suppressed', 'true'],
      ['carrierSituation', 'municipalShareOfFunds', ''],
      ['carrierSituation', 'migrantOrganisations.shareOfCarriers', ''],
      ['carrierSituation', 'migrantOrganisations.shareOfActiveMatches', ''],
      ['carrierSituation', 'migrantOrganisations.shareOfFederalProgrammeFunds', '0.1'],
      ['carrierSituation', 'migrantOrganisations.suppressed', 'true'],
    ]);
    // Then the comparison of funding models, last, with suppressed groups empty and flagged.
    expect(comparisonRows.slice(0, 9)).toEqual([
      ['fundingComparison', 'per_active_month.rates.per_new_match', '0'],
      ['fundingComparison', 'per_active_month.rates.per_active_month', '20'],
      ['fundingComparison', 'per_active_month.rates.per_supported_month', '0'],
      ['fundingComparison', 'per_active_month.total', '51234.67'],
      ['fundingComparison', 'per_active_month.baselineTotal', '19400.00'],
      ['fundingComparison', 'per_active_month.groups.all.carriers', '30'],
      ['fundingComparison', 'per_active_month.groups.all.amount', '51234.67'],
      ['fundingComparison', 'per_active_month.groups.all.share', '1'],
      ['fundingComparison', 'per_active_month.groups.all.baselineShare', '1'],
    ]);
    expect(comparisonRows).toContainEqual([
      'fundingComparison',
      'per_active_month.groups.migrantOrganisations.suppressed',
      'true',
    ]);
    expect(comparisonRows).toContainEqual([
      'fundingComparison',
      'per_active_month.groups.migrantOrganisations.amount',
      '',
    ]);
    expect(comparisonRows).toContainEqual([
      'fundingComparison',
      'per_active_month.versusBaseline.suppressed',
      'true',
    ]);
    expect(comparisonRows.at(-1)).toEqual([
      'fundingComparison',
      'per_supported_month.versusBaseline.similar',
      '7',
    ]);
  });

  it('covers every field of the summary', () => {
    expectEveryLeaf(funderSummary, funderSummaryCsv(funderSummary));
    expectEveryLeaf(suppressedSummary, funderSummaryCsv(suppressedSummary));
  });

  it('writes a wholly suppressed situation as one flag row and empty figures', () => {
    const rows = readCsv(funderSummaryCsv(suppressedSummary));
    const situation = rows.filter(([section]) => section === 'carrierSituation');
    expect(situation[0]).toEqual(['carrierSituation', 'suppressed', 'true']);
    expect(situation.slice(1).map(([, figure]) => figure)).toEqual([
      'thirdPartyShare.p25',
      'thirdPartyShare.median',
      'thirdPartyShare.p75',
      'fullyThirdParty.count',
      'fullyThirdParty.share',
      'atLeast90ThirdParty.count',
      'atLeast90ThirdParty.share',
      'withMunicipalFunds.count',
      'withMunicipalFunds.share',
      'municipalShareOfFunds',
      'migrantOrganisations.shareOfCarriers',
      'migrantOrganisations.shareOfActiveMatches',
      'migrantOrganisations.shareOfFederalProgrammeFunds',
    ]);
    for (const [, , value] of situation.slice(1)) expect(value).toBe('');
    expect(rows.filter(([section]) => section === 'carriers')).toEqual([
      ['carriers', 'total', '7'],
      ['carriers', 'reporting', '3'],
      ['carriers', 'migrantOrganisations', '1'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// HTML

/** Intl writes a no-break space before `%` and `€`; compare with plain spaces. */
const plain = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** An element's text, its text nodes joined by spaces (the spans show as separate lines). */
function textOf(element: Element): string {
  const texts: string[] = [];
  const walk = (node: ReturnType<typeof DomUtils.getChildren>[number]) => {
    if (DomUtils.isText(node)) texts.push(node.data);
    else for (const child of DomUtils.getChildren(node)) walk(child);
  };
  walk(element);
  return plain(texts.join(' '));
}

function read(html: string) {
  const document = parseDocument(html);
  const all = (test: (element: Element) => boolean) => DomUtils.findAll(test, document.children);
  const cells = new Map(
    all((element) => element.name === 'td' && element.attribs['data-figure'] !== undefined).map(
      (cell) => [cell.attribs['data-figure']!, cell] as const,
    ),
  );
  const cell = (figure: string) => {
    const found = cells.get(figure);
    if (!found) throw new Error(`no cell for ${figure}`);
    return {
      value: found.attribs['data-value'],
      text: textOf(found),
      suppressed: found.attribs['data-suppressed'] === 'true',
    };
  };
  return { document, all, cells, cell };
}

/** A label as the German page writes it: its German wording, escaped. */
const pair = (label: Label) =>
  label.de.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * No reference that a browser could load: the only URL in the page is the SVG namespace, as
 * the xmlns attribute of each chart; no element loads anything (no script, link, img, iframe,
 * object, embed, image, use, base), no attribute names a resource (src, href, srcset, action,
 * xlink:href, poster, data, background), and the CSS has no url() but fragment references and
 * no @import or @font-face.
 */
function expectSelfContained(html: string): void {
  const namespace = 'xmlns="http://www.w3.org/2000/svg"';
  const svgCount = (html.match(/<svg\b/g) ?? []).length;
  expect(svgCount).toBeGreaterThan(0);
  const urls = html.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi) ?? [];
  expect(urls).toEqual(Array.from({ length: svgCount }, () => 'http://www.w3.org/2000/svg'));
  expect(html.split(namespace).length - 1).toBe(svgCount);
  const rest = html.replaceAll(namespace, '');
  expect(rest).not.toMatch(/https?:|\bwww\./i);
  expect(rest).not.toMatch(/url\(\s*(?!#)/i);
  expect(rest).not.toMatch(/@import|@font-face/i);

  const { all } = read(html);
  const loaders = ['script', 'link', 'img', 'iframe', 'object', 'embed', 'image', 'use', 'base'];
  expect(all((element) => loaders.includes(element.name.toLowerCase()))).toEqual([]);
  const resourceAttributes = new Set([
    'src',
    'href',
    'srcset',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'background',
  ]);
  const withResources = all((element) =>
    Object.keys(element.attribs).some((name) => resourceAttributes.has(name.toLowerCase())),
  );
  expect(withResources.map((element) => element.name)).toEqual([]);
  for (const element of all((candidate) => candidate.attribs.style !== undefined)) {
    expect(element.attribs.style).not.toMatch(/url\(/i);
  }
  for (const style of all((element) => element.name === 'style')) {
    expect(DomUtils.textContent(style)).not.toMatch(/url\(|@import|@font-face/i);
  }
}

function expectDocumentShape(html: string): void {
  expect(html.startsWith('<!doctype html>\n<html lang="de" dir="ltr">')).toBe(true);
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(html).toContain('@media print');
  expect(html).toContain('<style>');
  // Element ids are unique across all charts of the page.
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  expect(new Set(ids).size).toBe(ids.length);
}

/** The figures of SPEC §6 with the text shown for them and the machine value behind it. */
const sharedFigureCells = (figures: Pick<CarrierReport, 'matches' | 'checkIns' | 'funding'>) => {
  const { matches, checkIns } = figures;
  return {
    'matches.new': [String(matches.new), String(matches.new)],
    'matches.activeDuring': [String(matches.activeDuring), String(matches.activeDuring)],
    'matches.activeAtEnd': [String(matches.activeAtEnd), String(matches.activeAtEnd)],
    'matches.ended': [String(matches.ended), String(matches.ended)],
    'matches.withConcern': [String(matches.withConcern), String(matches.withConcern)],
    'checkIns.recorded': [
      plain(checkIns.recorded.toLocaleString('de-DE')),
      String(checkIns.recorded),
    ],
    'checkIns.due': [plain(checkIns.due.toLocaleString('de-DE')), String(checkIns.due)],
    'checkIns.onTime': [plain(checkIns.onTime.toLocaleString('de-DE')), String(checkIns.onTime)],
  } as Record<string, [shown: string, value: string]>;
};

describe('renderCarrierReportHtml', () => {
  it('shows every figure with its value, labelled in German on the German page', async () => {
    const html = await renderCarrierReportHtml(carrierReport, context, 'de');
    expectDocumentShape(html);
    const { cell } = read(html);
    const expected: Record<string, [string, string]> = {
      ...sharedFigureCells(carrierReport),
      'matches.medianDurationDays': ['183,5', '183.5'],
      'matches.reached.90': ['75 %', '0.75'],
      'matches.reached.180': ['54,17 %', '0.5417'],
      'matches.earlyClosureShare': ['22,22 %', '0.2222'],
      'checkIns.adherence': ['81,25 %', '0.8125'],
      'funding.per_new_match': ['2.400,00 €', '2400.00'],
      'funding.per_active_month': ['6.613,33 €', '6613.33'],
      'funding.per_supported_month': ['7.350,50 €', '7350.50'],
      'matches.endedByReason.goal_reached': ['3', '3'],
      'matches.endedByReason.planned_end': ['2', '2'],
      'matches.endedByReason.mentor_withdrew': ['0', '0'],
      'matches.endedByReason.mentee_withdrew': ['1', '1'],
      'matches.endedByReason.moved_away': ['2', '2'],
      'matches.endedByReason.mismatch': ['0', '0'],
      'matches.endedByReason.safeguarding': ['0', '0'],
      'matches.endedByReason.other': ['1', '1'],
    };
    for (const [figure, [shown, value]] of Object.entries(expected)) {
      expect(cell(figure), figure).toEqual({ value, text: shown, suppressed: false });
    }
    // A null figure: a dash and why, in both languages.
    expect(cell('matches.reached.365')).toEqual({
      value: '',
      text: '– kein Tandem lange genug im Zeitraum',
      suppressed: false,
    });

    for (const label of [
      ...Object.values(matchLabels),
      ...Object.values(checkInLabels),
      ...Object.values(fundingLabels),
      ...Object.values(endReasonLabels),
    ]) {
      expect(html).toContain(pair(label));
    }
    expect(html).toContain('Neue Tandems');
    expect(html).toContain('Förderbericht des Trägers');
    expect(html).toContain('<bdi>Patenschaften Musterstadt e.V.</bdi> (c-musterstadt)');
    expect(html).toContain(
      '<bdi dir="ltr">2025</bdi> (<bdi dir="ltr">01.01.2025</bdi> – <bdi dir="ltr">31.12.2025</bdi>)',
    );
  });

  it('draws the retention, end-reason, adherence and funding charts as inline SVG', async () => {
    const html = await renderCarrierReportHtml(carrierReport, context, 'de');
    const svgs = html.match(/<svg\b[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    expect(svgs).toHaveLength(4);
    const charts = read(html).all((element) => element.name === 'figure');
    const chartText = (caption: string) => {
      const chart = charts.find((figure) => DomUtils.textContent(figure).includes(caption));
      if (!chart) throw new Error(`no chart ${caption}`);
      expect(DomUtils.findAll((element) => element.name === 'svg', [chart])).toHaveLength(1);
      return textOf(chart);
    };
    // (1) retention: the reached shares and the early-closure share, a missing one named.
    const retention = chartText('Bestand der Tandems');
    for (const text of ['75 %', '54,17 %', '– keine Daten', '22,22 %', '≥ 365 Tage']) {
      expect(retention).toContain(text);
    }
    const reasons = chartText('Beendete Tandems nach Grund');
    for (const text of ['Ziel erreicht', 'Sonstiges', '3', '2', '1']) {
      expect(reasons).toContain(text);
    }
    // (2) adherence: due against on time, and the adherence.
    const adherence = chartText('Termintreue der Begleitung');
    for (const text of ['Termintreue: 81,25 %', '128', '104']) {
      expect(adherence).toContain(text);
    }
    // (3) the three funding models in EUR.
    const funding = chartText('Fördersumme je Modell');
    for (const text of ['2.400,00 €', '6.613,33 €', '7.350,50 €', 'Pro begleitetem Monat']) {
      expect(funding).toContain(text);
    }
  });

  it('makes no external request of any kind and has no script', async () => {
    const html = await renderCarrierReportHtml(carrierReport, context, 'de');
    expectSelfContained(html);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('escapes the carrier and funder names', async () => {
    const hostile: ReportContext = {
      funderName: `Stiftung "Brücke" & O'Neil <Verein>`,
      carrierName: '<script>alert("x")</script><img src=x onerror=alert(1)>',
      period: { id: '2025', start: '2025-01-01', end: '2025-12-31' },
    };
    const html = await renderCarrierReportHtml(
      { ...carrierReport, carrierId: 'c-"><svg onload=alert(1)>' },
      hostile,
      'de',
    );
    expect(html).not.toMatch(/<script|<img|<svg onload/i);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).toContain('Stiftung &quot;Brücke&quot; &amp; O&#39;Neil &lt;Verein&gt;');
    expect(html).toContain('c-&quot;&gt;&lt;svg onload=alert(1)&gt;');
    // The parsed page shows the names as text, and has no element a name could have smuggled in.
    const { document, all } = read(html);
    expect(all((element) => ['script', 'img'].includes(element.name))).toEqual([]);
    expect(
      all((element) => Object.keys(element.attribs).some((name) => name.startsWith('on'))),
    ).toEqual([]);
    const title = DomUtils.findOne((element) => element.name === 'title', document.children);
    expect(title && DomUtils.textContent(title)).toBe(
      'Förderbericht des Trägers 2025 – \u2068<script>alert("x")</script><img src=x onerror=alert(1)>\u2069',
    );
    expectSelfContained(html);
  });

  it('isolates carrier and funder names and drops their bidi controls (issue 16, point 14)', async () => {
    const html = await renderCarrierReportHtml(
      carrierReport,
      {
        ...context,
        carrierName: 'Verein \u202Eevil\u202C Nord',
        funderName: 'Stiftung \u202Bx',
      },
      'de',
    );
    expect(html).not.toMatch(/[\u202A-\u202E]/u);
    expect(html).toContain('<dd><bdi>Verein evil Nord</bdi> (c-musterstadt)</dd>');
    expect(html).toContain('<dd><bdi>Stiftung x</bdi></dd>');
    expect(html).toContain(
      '<title>Förderbericht des Trägers 2025 – \u2068Verein evil Nord\u2069</title>',
    );
  });

  it('shows null figures as a dash with a short note', async () => {
    const html = await renderCarrierReportHtml(
      emptyCarrierReport,
      {
        ...context,
        carrierName: undefined,
      },
      'de',
    );
    const { cell } = read(html);
    const missing: Record<string, string> = {
      'matches.medianDurationDays': 'keine beendeten Tandems',
      'matches.reached.90': 'kein Tandem lange genug im Zeitraum',
      'matches.reached.180': 'kein Tandem lange genug im Zeitraum',
      'matches.reached.365': 'kein Tandem lange genug im Zeitraum',
      'matches.earlyClosureShare': 'keine beendeten Tandems',
      'checkIns.adherence': 'keine fälligen Kontakte',
    };
    for (const [figure, note] of Object.entries(missing)) {
      expect(cell(figure), figure).toEqual({ value: '', text: `– ${note}`, suppressed: false });
    }
    expect(cell('funding.per_new_match')).toEqual({
      value: '0.00',
      text: '0,00 €',
      suppressed: false,
    });
    expect(html.match(/<svg\b/g)).toHaveLength(4);
    expect(html).toContain('Termintreue: –');
    expectSelfContained(html);
    // Without a carrier name the page names the carrier by its id.
    expect(html).toContain('<dd>c-new</dd>');
  });

  it('renders the same report to the same page every time', async () => {
    const first = await renderCarrierReportHtml(carrierReport, context, 'de');
    await renderFunderSummaryHtml(funderSummary, funderContext, undefined, 'de');
    expect(await renderCarrierReportHtml(carrierReport, context, 'de')).toBe(first);
  });
});

describe('renderFunderSummaryHtml', () => {
  it('shows the summed figures, the carriers and their situation', async () => {
    const html = await renderFunderSummaryHtml(funderSummary, funderContext, undefined, 'de');
    expectDocumentShape(html);
    expectSelfContained(html);
    expect(html).not.toMatch(/<script/i);
    const { cell } = read(html);
    const expected: Record<string, [string, string]> = {
      ...sharedFigureCells(funderSummary),
      'matches.medianDurationDays': ['211', '211'],
      'matches.reached.90': ['88,12 %', '0.8812'],
      'matches.reached.180': ['70,43 %', '0.7043'],
      'matches.reached.365': ['41,18 %', '0.4118'],
      'matches.earlyClosureShare': ['13,04 %', '0.1304'],
      'checkIns.adherence': ['81,45 %', '0.8145'],
      'funding.per_new_match': ['19.400,00 €', '19400.00'],
      'funding.per_active_month': ['51.234,67 €', '51234.67'],
      'funding.per_supported_month': ['60.120,00 €', '60120.00'],
      'carriers.total': ['30', '30'],
      'carriers.reporting': ['27', '27'],
      'carriers.migrantOrganisations': ['4', '4'],
      'carrierSituation.thirdPartyShare.p25': ['80 %', '0.8'],
      'carrierSituation.thirdPartyShare.median': ['90 %', '0.9'],
      'carrierSituation.thirdPartyShare.p75': ['100 %', '1'],
      'carrierSituation.fullyThirdParty.count': ['6', '6'],
      'carrierSituation.fullyThirdParty.share': ['22,22 %', '0.2222'],
      'carrierSituation.atLeast90ThirdParty.count': ['14', '14'],
      'carrierSituation.atLeast90ThirdParty.share': ['51,85 %', '0.5185'],
      'carrierSituation.migrantOrganisations.shareOfFederalProgrammeFunds': ['10 %', '0.1'],
    };
    for (const [figure, [shown, value]] of Object.entries(expected)) {
      expect(cell(figure), figure).toEqual({ value, text: shown, suppressed: false });
    }
    for (const label of [...Object.values(carrierLabels), ...Object.values(situationLabels)]) {
      expect(html).toContain(pair(label));
    }
    expect(html).toContain('Zusammenfassung für den Fördergeber');
    expect(html).toContain('<bdi>Beispiel-Stiftung</bdi> (example)');
    // Matches, check-ins and funding charts as on a carrier page, plus two situation charts,
    // plus one comparison chart per group that is not suppressed (2 of 4 here).
    expect(html.match(/<svg\b/g)).toHaveLength(8);
    expect(html).toContain('<section id="carrier-situation"');
  });

  it('shows suppressed figures as suppressed (k-anonymity), never as a number', async () => {
    const html = await renderFunderSummaryHtml(funderSummary, funderContext, undefined, 'de');
    const { cell } = read(html);
    const suppressedText = '– unterdrückt (k-Anonymität)';
    for (const figure of [
      'carrierSituation.withMunicipalFunds',
      'carrierSituation.migrantOrganisations.shareOfCarriers',
      'carrierSituation.migrantOrganisations.shareOfActiveMatches',
    ]) {
      expect(cell(figure), figure).toEqual({ value: '', text: suppressedText, suppressed: true });
    }
    // Null without suppression: no data, not "suppressed".
    expect(cell('carrierSituation.municipalShareOfFunds')).toEqual({
      value: '',
      text: '– keine Daten',
      suppressed: false,
    });
    expect(html).toContain('unterdrückt (k-Anonymität)');
    expect(html).toContain('Unterdrückte Werte zählen oder teilen durch weniger Träger');
    expect(plain(html)).toContain('– unterdrückt');
  });

  it('replaces a wholly suppressed situation block by a note', async () => {
    const html = await renderFunderSummaryHtml(suppressedSummary, funderContext, undefined, 'de');
    expectSelfContained(html);
    const { all, cells, cell } = read(html);
    const situation = all(
      (element) => element.name === 'section' && element.attribs.id === 'carrier-situation',
    );
    expect(situation).toHaveLength(1);
    const text = plain(DomUtils.textContent(situation[0]!));
    expect(text).toContain('Lage der Träger');
    expect(text).toContain('Die Angaben zur Lage der Träger sind unterdrückt');
    expect(text).toContain('k-Anonymität');
    expect([...cells.keys()].filter((figure) => figure.startsWith('carrierSituation.'))).toEqual(
      [],
    );
    // The carriers block is never suppressed.
    expect(cell('carriers.reporting')).toEqual({ value: '3', text: '3', suppressed: false });
    // Four figure charts and the two comparison charts of the groups not suppressed.
    expect(html.match(/<svg\b/g)).toHaveLength(6);
  });
});

describe('riskFlag on the report pages (SPEC §6)', () => {
  it('says the rates in words and that the flag is a prompt to call, not a prediction', async () => {
    const html = await renderCarrierReportHtml(carrierReport, context, 'en');
    const german = await renderCarrierReportHtml(carrierReport, context, 'de');
    expect(html).toContain(
      'Of the matches that ended early, the flag had warned about 3 of 4, 90 days after their start.',
    );
    expect(html).toContain('Of the 6 matches the flag warned about, 3 ended early.');
    expect(html).toContain('Of the 16 matches that went on, the flag stayed quiet for 13.');
    expect(html).toContain('4 of the 20 matches evaluated ended early.');
    expect(html).toContain('a prompt to call the pair, not a prediction');
    expect(german).toContain(
      'Von den 4 Tandems, die früh endeten, hatte der Hinweis 90 Tage nach ihrem Start bei 3 gewarnt.',
    );
    expect(html).toContain('data-figure="riskFlag.sensitivity" data-value="0.75"');
  });

  it('says there is nothing to measure yet when no match was evaluated', async () => {
    const html = await renderCarrierReportHtml(emptyCarrierReport, context, 'en');
    expect(html).toContain('there is nothing to measure yet');
    expect(html).not.toContain('the flag had warned about');
    expect(html).toContain('a prompt to call the pair, not a prediction');
  });

  it('shows a suppressed riskFlag as suppressed in the summary, never as a number', async () => {
    const html = await renderFunderSummaryHtml(suppressedSummary, funderContext, undefined, 'de');
    expect(html).toContain('data-figure="riskFlag" data-suppressed="true"');
    expect(html).not.toContain('data-figure="riskFlag.evaluated"');
    const rows = readCsv(funderSummaryCsv(suppressedSummary)).filter(
      ([section]) => section === 'riskFlag',
    );
    expect(rows[0]).toEqual(['riskFlag', 'suppressed', 'true']);
    expect(rows.slice(1).every(([, , value]) => value === '')).toBe(true);
  });
});
