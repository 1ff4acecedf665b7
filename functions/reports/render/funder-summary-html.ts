import type { Language } from '../../../shared/i18n/languages';
import type { FunderSummary } from '../../../shared/schemas/reports';
import { figureSections } from './figure-sections';
import { fundingComparisonSection, type ComparisonInputs } from './funding-comparison-section';
import { fundingWhatIfScript } from './funding-what-if-script';
import type { ReportContext } from './html-page';
import { reportPage } from './html-page';
import { uiLabels } from './labels';
import { riskFlagSection } from './risk-flag-section';
import { carriersSection, situationSection } from './situation-section';

export type { ReportContext } from './html-page';

/**
 * The funder summary (SPEC §6) as one self-contained HTML page: the figures summed over all
 * carriers, like a carrier report, then the carriers and their situation, with suppressed
 * figures (k-anonymity) marked and a note when the whole situation block is suppressed, then
 * the comparison of funding models (with a what-if form when the groups' units are given).
 */
export async function renderFunderSummaryHtml(
  summary: FunderSummary,
  context: ReportContext,
  /** The funder's rates and the groups' units, for the comparison's notes and what-if form. */
  comparisonInputs: ComparisonInputs | undefined,
  language: Language,
): Promise<string> {
  const [figures, situation, comparison] = await Promise.all([
    figureSections(summary, language),
    situationSection(summary.carrierSituation, language),
    fundingComparisonSection(summary.fundingComparison, comparisonInputs, language),
  ]);
  return reportPage({
    language,
    title: uiLabels.funderSummary,
    context,
    funderId: summary.funderId,
    generatedAt: summary.generatedAt,
    sections: [
      ...figures,
      riskFlagSection(summary.riskFlag, language),
      carriersSection(summary.carriers, language),
      situation,
      comparison,
    ],
    ...(comparisonInputs?.units ? { scripts: [fundingWhatIfScript] } : {}),
  });
}
