import type { FundingComparison } from '../../../shared/schemas/funding-comparison';
import { figureRowsCsv } from './csv-format';
import { fundingComparisonRows } from './funding-comparison-rows';

/** The what-if (SPEC §6) as CSV like the report CSVs: `section,figure,value`, a row per figure. */
export const fundingComparisonCsv = (comparison: FundingComparison): string =>
  figureRowsCsv([
    { section: 'comparison', figure: 'periodId', kind: 'text', value: comparison.periodId },
    ...fundingComparisonRows('comparison', comparison),
  ]);
