import type { FundingComparison } from '../../../shared/schemas/funding-comparison';
import { figureRowsCsv } from './csv-format';
import type { FigureRow } from './figure-rows';
import { fundingComparisonRows } from './funding-comparison-rows';

/**
 * The what-if (SPEC §6) as CSV like the report CSVs: `section,figure,value`, a row per figure,
 * then each umbrella's four figures (empty when suppressed, plus a `.suppressed,true` row).
 */
export const fundingComparisonCsv = (comparison: FundingComparison): string =>
  figureRowsCsv([
    { section: 'comparison', figure: 'periodId', kind: 'text', value: comparison.periodId },
    ...fundingComparisonRows('comparison', comparison),
    ...Object.entries(comparison.umbrellas ?? {}).flatMap(([umbrellaId, entry]): FigureRow[] => {
      const row = (figure: string, kind: FigureRow['kind'], value: FigureRow['value']) => ({
        section: 'umbrellas',
        figure: `${umbrellaId}.${figure}`,
        kind,
        value,
      });
      return [
        row('carriers', 'count', entry.carriers),
        row('amount', 'amount', entry.amount),
        row('share', 'share', entry.share),
        row('baselineShare', 'share', entry.baselineShare),
        ...('suppressed' in entry ? [row('suppressed', 'flag', true)] : []),
      ];
    }),
  ]);
