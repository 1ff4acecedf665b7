import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderCarrierReportHtml } from '../../functions/reports/render/carrier-report-html';
import { renderFunderSummaryHtml } from '../../functions/reports/render/funder-summary-html';
import type { ReportContext } from '../../functions/reports/render/html-page';
import * as labelTables from '../../functions/reports/render/labels';
import type { GroupUnits } from '../../shared/domain/reports/funding-comparison';
import { languages, type Language } from '../../shared/i18n/languages';
import {
  carrierReport,
  emptyCarrierReport,
  funderSummary,
  suppressedSummary,
} from '../support/sample-reports';

// Issue 18: the report pages speak the reader's language in all seven languages of SPEC §5;
// no English wording is left on a Turkish, Arabic, Ukrainian, Russian or Persian page.

const context: ReportContext = {
  funderName: 'Beispiel-Stiftung',
  carrierName: 'Patenschaften Musterstadt e.V.',
  period: { id: '2025', start: '2025-01-01', end: '2025-12-31' },
};
const funderContext: ReportContext = { funderName: context.funderName, period: context.period };

/** The what-if form's inputs: it and the rates note carry labels of their own. */
const comparisonInputs = {
  rates: { per_new_match: 200, per_active_month: 20, per_supported_month: 30 },
  units: {
    all: { per_new_match: 97, per_active_month: 2561.7, per_supported_month: 2004 },
    otherCarriers: { per_new_match: 88, per_active_month: 2156.1, per_supported_month: 1652 },
  } satisfies GroupUnits,
};

/** Every page the reports have, in one language: figures, nulls, suppression, what-if. */
const pagesIn = (language: Language): Promise<string[]> =>
  Promise.all([
    renderCarrierReportHtml(carrierReport, context, language),
    renderCarrierReportHtml(emptyCarrierReport, context, language),
    renderFunderSummaryHtml(funderSummary, funderContext, comparisonInputs, language),
    renderFunderSummaryHtml(suppressedSummary, funderContext, undefined, language),
  ]);

/** The words a reader meets: text (charts' SVG text too) and the labels read out. */
function wordsOf(html: string): string[] {
  const document = parseDocument(html);
  const words: string[] = [];
  const visit = (node: ReturnType<typeof parseDocument>['children'][number]): void => {
    if (node.type === 'script' || node.type === 'style') return;
    if (node.type === 'text') words.push(node.data.trim());
    if ('attribs' in node) {
      for (const name of ['aria-label', 'title', 'alt']) {
        if (node.attribs[name]) words.push(node.attribs[name]!.trim());
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  document.children.forEach(visit);
  const title = DomUtils.findOne((element) => element.name === 'title', document.children);
  if (title) words.push(DomUtils.textContent(title).trim());
  return words.filter((word) => /\p{L}/u.test(word));
}

/** Every English wording of the label tables, the riskFlag sentences with sample counts. */
function englishWordings(): string[] {
  const wordings: string[] = [];
  for (const table of Object.values(labelTables)) {
    if (typeof table !== 'object') continue;
    for (const entry of Object.values(table as Record<string, unknown>)) {
      const label =
        typeof entry === 'function' ? (entry as (a: number, b: number) => unknown)(3, 4) : entry;
      wordings.push((label as labelTables.Label).en);
    }
  }
  return wordings;
}

const otherLanguages = languages.filter((language) => language !== 'de' && language !== 'en');

describe('the report pages in every language (issue 18)', () => {
  it('has every label of the report tables in all seven languages', () => {
    for (const [name, table] of Object.entries(labelTables)) {
      if (typeof table !== 'object') continue;
      for (const [key, entry] of Object.entries(table as Record<string, unknown>)) {
        const label =
          typeof entry === 'function' ? (entry as (a: number, b: number) => unknown)(3, 4) : entry;
        for (const language of languages) {
          const wording = (label as Partial<Record<Language, string>>)[language];
          expect(wording?.trim(), `${name}.${key} in ${language}`).toBeTruthy();
        }
      }
    }
  });

  it.each(otherLanguages)(
    'shows no English label wording on the %s carrier report and funder summary',
    async (language) => {
      const [englishPages, germanPages, pages] = await Promise.all([
        pagesIn('en'),
        pagesIn('de'),
        pagesIn(language),
      ]);
      // Words on the English pages that are not on the German ones are English (names, ids
      // and numbers are on both); none of them may stand on this language's pages.
      const neutral = new Set(germanPages.flatMap(wordsOf));
      const english = new Set(englishPages.flatMap(wordsOf).filter((word) => !neutral.has(word)));
      expect(english.size).toBeGreaterThan(100);
      const words = pages.flatMap(wordsOf);
      expect(words.filter((word) => english.has(word))).toEqual([]);
      // And no English wording of the label tables inside a longer text either.
      const text = words.join('\n');
      const leftInEnglish = englishWordings().filter(
        (wording) => !neutral.has(wording) && text.includes(wording),
      );
      expect(leftInEnglish).toEqual([]);
    },
    60_000,
  );
});
