import type { FunderSummary } from '../../../shared/schemas/reports';
import { figureSections } from './figure-sections';
import type { ReportContext } from './html-page';
import { reportPage } from './html-page';
import { uiLabels } from './labels';
import { carriersSection, situationSection } from './situation-section';

export type { ReportContext } from './html-page';

/**
 * The funder summary (SPEC §6) as one self-contained HTML page: the figures summed over all
 * carriers, like a carrier report, then the carriers and their situation, with suppressed
 * figures (k-anonymity) marked and a note when the whole situation block is suppressed.
 */
export async function renderFunderSummaryHtml(
  summary: FunderSummary,
  context: ReportContext,
): Promise<string> {
  const [figures, situation] = await Promise.all([
    figureSections(summary),
    situationSection(summary.carrierSituation),
  ]);
  return reportPage({
    title: uiLabels.funderSummary,
    context,
    funderId: summary.funderId,
    generatedAt: summary.generatedAt,
    sections: [...figures, carriersSection(summary.carriers), situation],
  });
}
