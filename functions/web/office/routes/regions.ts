import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { listOfficeRows } from '../../../../shared/data/office-rows';
import { getRegionReportRecord } from '../../../../shared/data/region-report-records';
import { contentTypes, getReportFile } from '../../../../shared/data/report-files';
import { latestFunderSummary, reportHtmlFile } from '../../../../shared/data/report-records';
import { roundCents } from '../../../../shared/domain/reports/numbers';
import { isRegionKey } from '../../../../shared/domain/reports/region-keys';
import { regionDisclosures } from '../../../../shared/domain/reports/regions';
import { regionTexts } from '../../../../shared/i18n/region-texts';
import { notFoundPage } from '../../pages/match-pages';
import { storedReportSections } from '../../stored-report-sections';
import { render } from '../../web-context';
import { regionInScope } from '../office-context';
import { regionListPage, regionReportPage, type CoFunding } from '../pages/region-pages';
import { configuredPeriod } from './period-scope';
import { staffOfRoles } from './staff-access';

/**
 * `/app/office/regions` (SPEC §13): funder staff see every region key of the carriers'
 * municipalities, region staff their key and the keys inside it; umbrella staff none (404).
 * The list reads the office's carrier rows only; a region's page reads its stored report.
 */
export const regionRoutes = new Hono();

const roles = ['funder', 'region'] as const;

regionRoutes.get('/office/regions', async (c) => {
  const context = await staffOfRoles(c, roles);
  if (context instanceof Response) return context;
  const config = funderConfig();
  const rows = await listOfficeRows();
  const regions = regionDisclosures(
    rows.map((row) => row.municipality),
    config.kAnonymity,
  ).filter((region) => regionInScope(context.staff, region.key));
  const texts = regionTexts[context.page.language];
  return render(c, regionListPage(context.page, context.staff, texts, regions, config.periods));
});

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

regionRoutes.get('/office/regions/:key/periods/:periodId', async (c) => {
  const context = await staffOfRoles(c, roles);
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
