import * as z from 'zod';

// SPEC §6 "Comparing funding models": the what-if's answer, exact; its query is
// funding-comparison-query.ts.
// The computation lives in shared/domain/reports/funding-comparison.ts.

// The models' and groups' names are funding-comparison-names.ts's (no schema library there, for
// the pages and renderers that only name them).
export type { FundingComparisonGroupName, FundingModel } from './funding-comparison-names';

const share = z.number().min(0).max(1);
const amount = z.number().min(0);

export const fundingRatesSchema = z
  .strictObject({
    per_new_match: z.number().min(0),
    per_active_month: z.number().min(0),
    per_supported_month: z.number().min(0),
  })
  .describe('EUR per unit for each model (0 when the model is not used)');
export type FundingRates = z.infer<typeof fundingRatesSchema>;

export const fundingComparisonGroupSchema = z
  .union([
    z.strictObject({
      carriers: z.int().min(0).describe('Carriers in the group'),
      amount: amount.describe("The group's EUR under the proposed rates"),
      share: share.nullable().describe('Part of the total under the proposed rates'),
      baselineShare: share.nullable().describe("Part of the total under today's per_new_match"),
    }),
    z.strictObject({
      carriers: z.null(),
      amount: z.null(),
      share: z.null(),
      baselineShare: z.null(),
      suppressed: z.literal(true),
    }),
  ])
  .describe('A group of carriers, or its suppressed form (k-anonymity)');
export type FundingComparisonGroup = z.infer<typeof fundingComparisonGroupSchema>;

const carrierCount = z.int().min(0).nullable();

export const versusBaselineSchema = z
  .strictObject({
    more: carrierCount.describe('Carriers whose share grows by more than 10 %'),
    less: carrierCount.describe('Carriers whose share shrinks by more than 10 %'),
    similar: carrierCount.describe('Carriers whose share moves by at most 10 %'),
    suppressed: z.literal(true).optional(),
  })
  .describe('Carriers by how their share moves against the baseline; counts of 1..k−1 are null');

const comparisonFields = {
  rates: fundingRatesSchema,
  total: amount.describe('EUR for all carriers under the proposed rates'),
  baselineTotal: amount.describe("EUR for all carriers under the funder's per_new_match rate"),
  groups: z
    .strictObject({
      all: fundingComparisonGroupSchema,
      migrantOrganisations: fundingComparisonGroupSchema,
      otherCarriers: fundingComparisonGroupSchema,
      withMunicipalFunds: fundingComparisonGroupSchema,
      withoutMunicipalFunds: fundingComparisonGroupSchema,
    })
    .describe('Groups of carriers; municipal groups count reporting carriers only'),
  versusBaseline: versusBaselineSchema,
};

/** The answer without `periodId`, as the funder summary carries it per model. */
export const fundingComparisonAnswerSchema = z
  .strictObject(comparisonFields)
  .describe('What the proposed rates would do to the carriers');
export type FundingComparisonAnswer = z.infer<typeof fundingComparisonAnswerSchema>;

export const fundingComparisonSchema = z
  .strictObject({
    periodId: z.string(),
    ...comparisonFields,
    umbrellas: z
      .record(z.string(), fundingComparisonGroupSchema)
      .optional()
      .describe(
        'Without `umbrella`: one entry per umbrella with carriers (its carriers, amount and ' +
          'shares), suppressed like a group, also when it would give another by subtraction',
      ),
  })
  .describe('What-if for a closed period, from the stored results of its close');
export type FundingComparison = z.infer<typeof fundingComparisonSchema>;

export const summaryFundingComparisonSchema = z
  .strictObject({
    per_active_month: fundingComparisonAnswerSchema,
    per_supported_month: fundingComparisonAnswerSchema,
  })
  .describe("Each alternative model alone at the funder's rate, against per_new_match");
export type SummaryFundingComparison = z.infer<typeof summaryFundingComparisonSchema>;
