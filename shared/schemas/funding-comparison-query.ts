import * as z from 'zod/mini';
import { fundingModels } from './funding-comparison-names';

// SPEC §6 "Comparing funding models": the what-if query, the only schema parsed on its
// request path, so written with zod/mini: zod's classic API adds about 16 ms to a cold
// start, zod/mini about 6 (bench/bundle-size.ts). The same zod schema for the OpenAPI
// document; zod/mini brings no messages of its own, so a parse passes the English ones
// (englishErrorMessages).

/** A rate as it arrives in the query string: a plain decimal, so "-1", "1e999", "abc" and "" fail. */
const rateParameter = (description: string) =>
  z
    .optional(
      z.pipe(
        z.pipe(
          z
            .string()
            .check(
              z.regex(/^\d{1,12}(\.\d{1,6})?$/, 'must be a number of EUR ≥ 0 (e.g. 15 or 12.50)'),
            ),
          z.transform(Number),
        ),
        z.number().check(z.minimum(0)),
      ),
    )
    .check(z.describe(description));

export const fundingComparisonQuerySchema = z
  .strictObject({
    per_new_match: rateParameter('EUR per new match; a missing rate counts as 0'),
    per_active_month: rateParameter(
      'EUR per active month (active days / 30); a missing rate counts as 0',
    ),
    per_supported_month: rateParameter(
      'EUR per supported month (a month with a counted check-in); a missing rate counts as 0',
    ),
    format: z._default(z.enum(['json', 'csv']), 'json').check(z.describe('Response format')),
    umbrella: z
      .optional(z.string())
      .check(
        z.describe("An umbrella's id (`u-…`): every figure over its carriers only; unknown: 404"),
      ),
  })
  .check(
    z.refine(
      (query) => fundingModels.some((model) => (query[model] ?? 0) > 0),
      'at least one of per_new_match, per_active_month, per_supported_month must be > 0',
    ),
    z.describe('Rates of the proposed funding model; unknown parameters are rejected'),
  );
export type FundingComparisonQuery = z.output<typeof fundingComparisonQuerySchema>;
