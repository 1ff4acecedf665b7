import { Hono, type Context } from 'hono';
import { getRegionReportRecord } from '../../../../shared/data/region-report-records';
import { contentTypes, getReportFile } from '../../../../shared/data/report-files';
import { latestFunderSummary, reportHtmlFile } from '../../../../shared/data/report-records';
import { roundCents } from '../../../../shared/domain/reports/numbers';
import { isRegionKey } from '../../../../shared/domain/reports/region-keys';
import { regionTexts } from '../../../../shared/i18n/region-texts';
import { notFoundPage } from '../../pages/match-pages';
import { storedReportSections } from '../../stored-report-sections';
import { render } from '../../web-context';
import { regionInScope } from '../office-context';
import { regionReportPage, type CoFunding } from '../pages/region-pages';
import { configuredPeriod } from './period-scope';
import { regionRoles, staffOfRoles } from './staff-access';

/**
 * `/app/office/regions/<key>/periods/<periodId>` (SPEC §13): a region's stored fact sheet of
 * a period with its files and a GET form of what co-funding at a rate would cost, for funder
 * staff and region staff of that key or one enclosing it.
 */
export const regionReportRoutes = new Hono();

/** `?model=&rate=`: the amount at a valid rate; an error next to the field otherwise. */
function coFundingOf(c: Context, units: Record<string, number>, rateError: string): CoFunding {
  const model =
    c.req.query('model') === 'per_active_month' ? 'per_active_month' : 'per_supported_month';
  const rateText = (c.req.query('rate') ?? '').trim();
  const values = { model, rate: rateText };
  if (rateText === '') return { form: { values, errors: {} } };
  const rate = /^\d{1,7}([.,]\d{1,2})?$/.test(rateText) ? Number(rateText.replace(',', '.')) : NaN;
  if (!Number.isFinite(rate)) return { form: { values, errors: { rate: rateError } } };
  const regionUnits = units[model] ?? 0;
  return {
    form: { values, errors: {} },
    result: { rate, units: regionUnits, amount: roundCents(rate * regionUnits) },
  };
}

regionReportRoutes.get('/office/regions/:key/periods/:periodId', async (c) => {
  const context = await staffOfRoles(c, regionRoles);
  if (context instanceof Response) return context;
  const key = c.req.param('key');
  const period = configuredPeriod(c.req.param('periodId'));
  if (!isRegionKey(key) || !regionInScope(context.staff, key) || !period) {
    return render(c, notFoundPage(context.page), 404);
  }
  const texts = regionTexts[context.page.language];
  const page = (report: Parameters<typeof regionReportPage>[5]) =>
    render(c, regionReportPage(context.page, context.staff, texts, period, key, report));
  const close = await latestFunderSummary(period.id);
  if (!close) return page({ state: 'notClosed' });
  const record = await getRegionReportRecord(period.id, close.revision, key);
  if (!record) return page({ state: 'suppressed' });
  const format = c.req.query('format');
  if (format === 'json' || format === 'csv' || format === 'html') {
    const file =
      format === 'html' ? reportHtmlFile(record, context.page.language) : record.files[format];
    const body = await getReportFile(file);
    if (body === undefined) return render(c, notFoundPage(context.page), 404);
    return c.body(body, 200, {
      'content-type': contentTypes[format],
      'content-disposition': `attachment; filename="tandem-${period.id}-region-${key}.${format}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
  }
  const [sheet, json] = await Promise.all([
    getReportFile(reportHtmlFile(record, context.page.language)),
    getReportFile(record.files.json),
  ]);
  const sectionsHtml = sheet === undefined ? undefined : storedReportSections(sheet);
  if (sectionsHtml === undefined || json === undefined) {
    return render(c, notFoundPage(context.page), 404);
  }
  const { units } = JSON.parse(json) as { units: Record<string, number> };
  return page({ state: 'given', sectionsHtml, coFunding: coFundingOf(c, units, texts.rateError) });
});
