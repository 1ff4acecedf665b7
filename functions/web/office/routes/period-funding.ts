import { Hono } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { carrierUnits } from '../../../../shared/data/period-closes';
import { latestFunderSummary } from '../../../../shared/data/report-records';
import { listUmbrellas } from '../../../../shared/data/umbrellas';
import {
  baselineRates,
  comparedCarrierOf,
} from '../../../../shared/domain/reports/funding-comparison';
import { compareFundingModelsByUmbrella } from '../../../../shared/domain/reports/umbrella-comparison';
import {
  officeAdminTexts,
  type OfficeAdminTexts,
} from '../../../../shared/i18n/office-admin-texts';
import type { FundingRates } from '../../../../shared/schemas/funding-comparison';
import { fundingModels } from '../../../../shared/schemas/funding-comparison-names';
import { fundingComparisonQuerySchema } from '../../../../shared/schemas/funding-comparison-query';
import { englishErrorMessages } from '../../../../shared/schemas/error-messages';
import type { FormState } from '../../pages/form-fields';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { periodNotClosedPage } from '../pages/period-report-pages';
import { periodFundingPage } from '../pages/period-funding-page';
import { configuredPeriod } from './period-scope';
import { staffOfRoles } from './staff-access';

/**
 * `GET /app/office/periods/<periodId>/funding` (SPEC §12, §6): the scope's funding comparison
 * of the latest close, from the close's stored parts (as the comparison API computes it; for
 * umbrella staff over their umbrella's carriers), with a GET form of the rates: the funder's
 * when none is given; invalid ones are a 400 page with the errors next to their fields.
 */
export const periodFundingRoutes = new Hono();

/** The rates of the query: given ones (an empty field is 0), or the funder's when none is. */
function ratesOf(
  query: Readonly<Record<string, string | undefined>>,
  texts: OfficeAdminTexts['funding'],
): { form: FormState; rates?: FundingRates } {
  const funder = funderConfig().fundingModels;
  const given = fundingModels.filter((model) => query[model] !== undefined);
  const values = Object.fromEntries(
    fundingModels.map((model) => [
      model,
      given.length > 0 ? (query[model] ?? '') : String(funder[model]),
    ]),
  );
  if (given.length === 0) return { form: { values, errors: {} }, rates: funder };
  const present = Object.fromEntries(
    fundingModels.flatMap((model) =>
      values[model]?.trim() ? [[model, values[model]!.trim()]] : [],
    ),
  );
  const parsed = fundingComparisonQuerySchema.safeParse(present, englishErrorMessages);
  if (parsed.success) {
    const rates = Object.fromEntries(
      fundingModels.map((model) => [model, parsed.data[model] ?? 0]),
    ) as FundingRates;
    return { form: { values, errors: {} }, rates };
  }
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if ((fundingModels as readonly string[]).includes(field)) errors[field] = texts.rateError;
  }
  // The only other refusal: no rate above 0; it is said at the first field.
  if (Object.keys(errors).length === 0) errors[fundingModels[0]] = texts.noRateError;
  return { form: { values, errors } };
}

periodFundingRoutes.get('/office/periods/:periodId/funding', async (c) => {
  const context = await staffOfRoles(c, ['funder', 'umbrella']);
  if (context instanceof Response) return context;
  const { page, staff } = context;
  const period = configuredPeriod(c.req.param('periodId'));
  if (!period) return render(c, notFoundPage(page), 404);
  const texts = officeAdminTexts[page.language];
  const close = await latestFunderSummary(period.id);
  if (!close) return render(c, periodNotClosedPage(page, staff, texts, period));
  const { form, rates } = ratesOf(c.req.query(), texts.funding);
  const umbrellas = new Map(
    (await listUmbrellas()).map((umbrella) => [umbrella.umbrellaId, umbrella.name]),
  );
  if (!rates) {
    return c.html(periodFundingPage(page, staff, texts, period, form, undefined, umbrellas), 400);
  }
  const config = funderConfig();
  const carriers = (await carrierUnits(period.id, close.revision)).map(({ units, standing }) => ({
    ...comparedCarrierOf(units, standing),
    ...(standing.umbrellaId === undefined ? {} : { umbrellaId: standing.umbrellaId }),
  }));
  const answer = compareFundingModelsByUmbrella(
    carriers,
    rates,
    baselineRates(config.fundingModels),
    config.kAnonymity,
    staff.role === 'umbrella' ? staff.umbrellaId : undefined,
  );
  return render(c, periodFundingPage(page, staff, texts, period, form, answer, umbrellas));
});
