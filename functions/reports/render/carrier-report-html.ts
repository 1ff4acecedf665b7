import type { CarrierReport } from '../../../shared/schemas/reports';
import { figureSections } from './figure-sections';
import type { ReportContext } from './html-page';
import { reportPage } from './html-page';
import { uiLabels } from './labels';
import { riskFlagSection } from './risk-flag-section';

export type { ReportContext } from './html-page';

/**
 * A carrier report (SPEC §6) as one self-contained HTML page: German with English under every
 * label, tables of all figures, inline SVG charts (retention, end reasons, check-in
 * adherence, funding models), no scripts and no external requests; readable on a phone and
 * printed. Async because the charts are rendered by Vega.
 */
export async function renderCarrierReportHtml(
  report: CarrierReport,
  context: ReportContext,
): Promise<string> {
  return reportPage({
    title: uiLabels.carrierReport,
    context,
    carrier: { id: report.carrierId },
    generatedAt: report.generatedAt,
    sections: [...(await figureSections(report)), riskFlagSection(report.riskFlag)],
  });
}
