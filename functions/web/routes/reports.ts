import { Hono } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { contentTypes, getReportFile } from '../../../shared/data/report-files';
import { latestCarrierReport, reportHtmlFile } from '../../../shared/data/report-records';
import { reportPageTexts } from '../../../shared/i18n/report-page-texts';
import { isPartnerId } from '../../../shared/schemas/partner-id';
import { notFoundPage } from '../pages/match-pages';
import { carrierReportPage, reportListPage } from '../pages/report-pages';
import { storedReportSections } from '../stored-report-sections';
import { render, signedIn, type SignedIn } from '../web-context';

/**
 * `/app/reports` (SPEC §9): the signed-in carrier's own reports, coordinator and lead alike,
 * read from the stored report of each close (its record and files), never recomputed: the
 * page shows the figures of the stored HTML report, as its renderer drew them at the close. A
 * period that is not closed, or another carrier's report, is not found.
 */
export const reportRoutes = new Hono();

/** The period and the carrier's latest report of it, if the period is closed. */
async function closedPeriod(context: SignedIn, periodId: string) {
  const period = funderConfig().periods.find(({ id }) => id === periodId);
  if (!period || !isPartnerId(periodId)) return undefined;
  const record = await latestCarrierReport(context.carrierId, periodId);
  return record ? { period, record } : undefined;
}

reportRoutes.get('/reports', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const reports = await Promise.all(
    [...funderConfig().periods].reverse().map((period) => closedPeriod(context, period.id)),
  );
  const closed = reports.filter((report) => report !== undefined);
  const texts = reportPageTexts[context.page.language];
  return render(c, reportListPage(context.page, texts, closed));
});

reportRoutes.get('/reports/:periodId', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const closed = await closedPeriod(context, c.req.param('periodId'));
  const stored =
    closed && (await getReportFile(reportHtmlFile(closed.record, context.page.language)));
  const sections = stored === undefined ? undefined : storedReportSections(stored);
  if (!closed || sections === undefined) return render(c, notFoundPage(context.page), 404);
  const texts = reportPageTexts[context.page.language];
  return render(c, carrierReportPage(context.page, texts, closed.period, closed.record, sections));
});

reportRoutes.get('/reports/:periodId/:file{report\\.(csv|json)}', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const periodId = c.req.param('periodId');
  const closed = await closedPeriod(context, periodId);
  const format = c.req.param('file').endsWith('.csv') ? 'csv' : 'json';
  const body = closed && (await getReportFile(closed.record.files[format]));
  if (!closed || body === undefined) return render(c, notFoundPage(context.page), 404);
  return c.body(body, 200, {
    'content-type': contentTypes[format],
    'content-disposition': `attachment; filename="tandem-${periodId}-${context.carrierId}.${format}"`,
    'x-content-type-options': 'nosniff',
    'x-report-revision': closed.record.revision,
  });
});
