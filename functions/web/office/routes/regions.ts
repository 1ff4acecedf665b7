import { Hono } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { listOfficeRows } from '../../../../shared/data/office-rows';
import { regionDisclosures } from '../../../../shared/domain/reports/regions';
import { regionTexts } from '../../../../shared/i18n/region-texts';
import { render } from '../../web-context';
import { regionInScope } from '../office-context';
import { regionListPage } from '../pages/region-pages';
import { regionRoles, staffOfRoles } from './staff-access';

/**
 * `/app/office/regions` (SPEC §13): funder staff see every region key of the carriers'
 * municipalities, region staff their key and the keys inside it; umbrella staff none (404).
 * The list reads the office's carrier rows only (a region's page of a period, which reads its
 * stored report, is in region-report.ts: a function of its own with the S3 client).
 */
export const regionRoutes = new Hono();

regionRoutes.get('/office/regions', async (c) => {
  const context = await staffOfRoles(c, regionRoles);
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
