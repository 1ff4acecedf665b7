import { Hono } from 'hono';
import type { Context } from 'hono';
import { contentTypes, getReportFile } from '../../../../shared/data/report-files';
import {
  latestCarrierReport,
  reportHtmlFile,
  type ReportRecord,
} from '../../../../shared/data/report-records';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { notFoundPage } from '../../pages/match-pages';
import { storedReportSections } from '../../stored-report-sections';
import { render } from '../../web-context';
import type { StaffSignedIn } from '../office-context';
import {
  periodCarrierPage,
  periodNotClosedPage,
  periodSummaryPage,
} from '../pages/period-report-pages';
import { configuredPeriod, scopeCarriersOfClose, scopeSummary } from './period-scope';
import { staffOfRoles } from './staff-access';

/**
 * `/app/office/periods/<periodId>` (SPEC §12): the scope's summary of the latest close in the
 * page, as stored (the HTML report's sections, never computed again), its JSON, CSV and HTML
 * files, and each of the scope's carriers' reports with its files. Another scope's carrier
 * and every file before the close are not found.
 */
export const periodReportRoutes = new Hono();

const roles = ['funder', 'umbrella'] as const;
const notFound = (c: Context, context: StaffSignedIn) => render(c, notFoundPage(context.page), 404);

/** The stored HTML report's sections in the page's language, if its file is there. */
const sectionsOf = async (record: ReportRecord, context: StaffSignedIn) => {
  const stored = await getReportFile(reportHtmlFile(record, context.page.language));
  return stored === undefined ? undefined : storedReportSections(stored);
};

type FileFormat = 'json' | 'csv' | 'html';
const fileFormats: readonly string[] = ['json', 'csv', 'html'];

/** The file a request asks for: `report.csv` in the path, or `?format=csv` on the page's. */
const askedFormat = (c: Context): FileFormat | undefined => {
  const asked = c.req.param('file')?.split('.')[1] ?? c.req.query('format');
  return asked !== undefined && fileFormats.includes(asked) ? (asked as FileFormat) : undefined;
};

/** A stored file of a record as a download (`html`: in the page's language). */
async function download(
  c: Context,
  context: StaffSignedIn,
  record: ReportRecord,
  format: FileFormat,
  name: string,
) {
  const key =
    format === 'html' ? reportHtmlFile(record, context.page.language) : record.files[format];
  const body = await getReportFile(key);
  if (body === undefined) return notFound(c, context);
  return c.body(body, 200, {
    'content-type': contentTypes[format],
    'content-disposition': `attachment; filename="tandem-${record.periodId}-${name}.${format}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'x-report-revision': record.revision,
  });
}

/** The signed-in scope, the period of the path and the scope's latest summary of it. */
async function scopeClose(c: Context) {
  const context = await staffOfRoles(c, roles);
  if (context instanceof Response) return context;
  const period = configuredPeriod(c.req.param('periodId') ?? '');
  if (!period) return notFound(c, context);
  return { context, period, record: await scopeSummary(context.staff, period.id) };
}

/** The scope's summary as a file; 404 before the close. */
async function summaryFile(c: Context, format: FileFormat) {
  const found = await scopeClose(c);
  if (found instanceof Response) return found;
  const { context, record } = found;
  if (!record) return notFound(c, context);
  const name = context.staff.role === 'umbrella' ? context.staff.umbrellaId : 'summary';
  return download(c, context, record, format, name);
}

periodReportRoutes.get('/office/periods/:periodId', async (c) => {
  const format = askedFormat(c);
  if (format) return summaryFile(c, format);
  const found = await scopeClose(c);
  if (found instanceof Response) return found;
  const { context, period, record } = found;
  const texts = officeAdminTexts[context.page.language];
  const { page, staff } = context;
  if (!record) return render(c, periodNotClosedPage(page, staff, texts, period));
  const [sections, carriers] = await Promise.all([
    sectionsOf(record, context),
    scopeCarriersOfClose(staff, period.id, record.revision),
  ]);
  if (sections === undefined) return notFound(c, context);
  return render(c, periodSummaryPage(page, staff, texts, period, record, sections, carriers));
});

periodReportRoutes.get('/office/periods/:periodId/:file{summary\\.(csv|json|html)}', (c) =>
  summaryFile(c, askedFormat(c)!),
);

/** The carrier of the path in the scope's latest close, and its report of the period. */
async function scopeCarrierReport(c: Context) {
  const found = await scopeClose(c);
  if (found instanceof Response) return found;
  const { context, period, record } = found;
  if (!record) return { ...found, carrier: undefined, report: undefined };
  const carrierId = c.req.param('carrierId') ?? '';
  const carriers = await scopeCarriersOfClose(context.staff, period.id, record.revision);
  const carrier = carriers.find((candidate) => candidate.carrierId === carrierId);
  if (!carrier) return notFound(c, context);
  return { ...found, carrier, report: await latestCarrierReport(carrierId, period.id) };
}

/** A carrier's report of the scope as a file; 404 before the close or out of scope. */
async function carrierFile(c: Context, format: FileFormat) {
  const found = await scopeCarrierReport(c);
  if (found instanceof Response) return found;
  const { context, carrier, report } = found;
  if (!carrier || !report) return notFound(c, context);
  return download(c, context, report, format, carrier.carrierId);
}

periodReportRoutes.get('/office/periods/:periodId/carriers/:carrierId', async (c) => {
  const format = askedFormat(c);
  if (format) return carrierFile(c, format);
  const found = await scopeCarrierReport(c);
  if (found instanceof Response) return found;
  const { context, period, carrier, report } = found;
  const texts = officeAdminTexts[context.page.language];
  const { page, staff } = context;
  if (!found.record) return render(c, periodNotClosedPage(page, staff, texts, period));
  const sections = report && (await sectionsOf(report, context));
  if (!carrier || !report || sections === undefined) return notFound(c, context);
  return render(c, periodCarrierPage(page, staff, texts, period, carrier, report, sections));
});

periodReportRoutes.get(
  '/office/periods/:periodId/carriers/:carrierId/:file{report\\.(csv|json|html)}',
  (c) => carrierFile(c, askedFormat(c)!),
);
