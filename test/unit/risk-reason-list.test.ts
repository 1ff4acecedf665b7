import { describe, expect, it } from 'vitest';
import { webTexts } from '../../shared/i18n/web-texts';
import { riskReasonList } from '../../functions/web/pages/risk-reasons';

// The at-risk reasons in the list and on the match page (SPEC §5) read as a list of the
// page's language: the Arabic comma in Arabic and Persian, a Latin one elsewhere.

describe('the at-risk reasons of a match, as a list in running text', () => {
  const reasons = ['overdue', 'concern'] as const;

  it.each([
    ['ar', '، '],
    ['fa', '، '],
    ['de', ', '],
    ['tr', ', '],
  ] as const)('joins them in %s with “%s”', async (language, separator) => {
    const texts = webTexts[language];
    const html = String(await riskReasonList(texts, reasons));
    expect(html).toContain(`${texts.riskReasons.overdue}${separator}${texts.riskReasons.concern}`);
  });
});
