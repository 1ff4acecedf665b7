import type { Language } from '../../../shared/i18n/languages';
import type { CarrierReport } from '../../../shared/schemas/reports';
import { figureSections } from './figure-sections';
import type { ReportContext } from './html-page';
import { reportPage } from './html-page';
import { uiLabels } from './labels';
import { riskFlagSection } from './risk-flag-section';

export type { ReportContext } from './html-page';

/**
 * A carrier report (SPEC §6) as one self-contained HTML page in the reader's language, tables of all figures, inline SVG charts (retention, end reasons, check-in
 * adherence, funding models), no scripts and no external requests; readable on a phone and
 * printed. Async because the charts are rendered by Vega.
 */
export async function renderCarrierReportHtml(
  report: CarrierReport,
  context: ReportContext,
  language: Language,
): Promise<string> {
  return reportPage({
    language,
    title: uiLabels.carrierReport,
    context,
    carrier: { id: report.carrierId },
    generatedAt: report.generatedAt,
    sections: [
      ...(await figureSections(report, language)),
      riskFlagSection(report.riskFlag, language),
    ],
  });
}
