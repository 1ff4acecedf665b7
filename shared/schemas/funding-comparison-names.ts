// The funding models and carrier groups of SPEC §6 "Comparing funding models", apart from
// their zod schemas (funding-comparison.ts): the computation and the pages that only read
// stored figures need the names, not a schema library in their bundle.

export const fundingModels = ['per_new_match', 'per_active_month', 'per_supported_month'] as const;
export type FundingModel = (typeof fundingModels)[number];

export const fundingComparisonGroupNames = [
  'all',
  'migrantOrganisations',
  'otherCarriers',
  'withMunicipalFunds',
  'withoutMunicipalFunds',
] as const;
export type FundingComparisonGroupName = (typeof fundingComparisonGroupNames)[number];
