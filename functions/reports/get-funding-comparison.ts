import { funderConfig } from '../../shared/config/runtime-env';
import { contentTypes } from '../../shared/data/report-files';
import { carrierUnits } from '../../shared/data/period-closes';
import { latestFunderSummary } from '../../shared/data/report-records';
import { getUmbrella } from '../../shared/data/umbrellas';
import { baselineRates, comparedCarrierOf } from '../../shared/domain/reports/funding-comparison';
import { compareFundingModelsByUmbrella } from '../../shared/domain/reports/umbrella-comparison';
import { authenticate } from '../../shared/http/authorize';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { fieldErrors } from '../../shared/schemas/field-errors';
import type { FundingComparison } from '../../shared/schemas/funding-comparison';
import { fundingComparisonQuerySchema } from '../../shared/schemas/funding-comparison-query';
import { isPartnerId } from '../../shared/schemas/partner-id';
import { englishErrorMessages } from '../../shared/schemas/error-messages';
import { fundingComparisonCsv } from './render/funding-comparison-csv';

/**
 * GET /v1/periods/{periodId}/funding-comparison (SPEC §6): what other rates would give the
 * carriers of the latest close, from the stored results of that close alone; with `umbrella`,
 * over that umbrella's carriers (an unknown one is 404), else with one entry per umbrella.
 * Admin key only.
 */
export const handler = httpHandler(async (event) => {
  const scope = await authenticate(event);
  // A carrier's key sees no comparison, as if there were none (like the funder summary).
  if (scope.kind !== 'admin') throw problems.notFound();
  const periodId = event.pathParameters?.periodId ?? '';
  if (!isPartnerId(periodId)) throw problems.notFound();
  const parsed = fundingComparisonQuerySchema.safeParse(
    event.queryStringParameters ?? {},
    englishErrorMessages,
  );
  if (!parsed.success) {
    const detail = fieldErrors(parsed.error, 'unknown parameter')
      .map((error) => `${error.path}: ${error.message}`)
      .join('; ');
    throw problems.badRequest(`Invalid query: ${detail}`);
  }
  const { format, umbrella, ...given } = parsed.data;
  const rates = {
    per_new_match: given.per_new_match ?? 0,
    per_active_month: given.per_active_month ?? 0,
    per_supported_month: given.per_supported_month ?? 0,
  };

  const close = await latestFunderSummary(periodId);
  if (!close) throw problems.notFound();
  if (umbrella !== undefined && !(isPartnerId(umbrella) && (await getUmbrella(umbrella)))) {
    throw problems.notFound();
  }
  const config = funderConfig();
  const carriers = await carrierUnits(periodId, close.revision);
  const comparison: FundingComparison = {
    periodId,
    ...compareFundingModelsByUmbrella(
      carriers.map((carrier) => ({
        ...comparedCarrierOf(carrier.units, carrier.standing),
        umbrellaId: carrier.standing.umbrellaId,
      })),
      rates,
      baselineRates(config.fundingModels),
      config.kAnonymity,
      umbrella,
    ),
  };
  // Like the report answers: never sniffed into another type, never cached.
  const headers = {
    'x-report-revision': close.revision,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (format === 'csv') {
    return {
      statusCode: 200,
      headers: {
        ...headers,
        'content-type': contentTypes.csv,
        'content-disposition': `attachment; filename="tandem-${periodId}-funding-comparison.csv"`,
      },
      body: fundingComparisonCsv(comparison),
    };
  }
  return {
    statusCode: 200,
    headers: { ...headers, 'content-type': contentTypes.json },
    body: JSON.stringify(comparison),
  };
});
