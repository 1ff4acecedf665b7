import type { FundingComparisonAnswer } from '../../../shared/schemas/funding-comparison';
import {
  fundingComparisonGroupNames,
  fundingModels,
} from '../../../shared/schemas/funding-comparison-names';
import type { FigureKind, FigureRow } from './figure-rows';

/**
 * A funding comparison (SPEC §6) as figure rows under `section`, each figure named after
 * `figurePrefix`: the rates, the totals, each group's four figures (empty when suppressed,
 * plus a `<group>.suppressed,true` row) and the versus-baseline counts. Every comparison has
 * the same rows, suppressed or not.
 */
export function fundingComparisonRows(
  section: string,
  comparison: FundingComparisonAnswer,
  figurePrefix = '',
): FigureRow[] {
  const { versusBaseline } = comparison;
  const row = (figure: string, kind: FigureKind, value: FigureRow['value']): FigureRow => ({
    section,
    figure: `${figurePrefix}${figure}`,
    kind,
    value,
  });
  return [
    ...fundingModels.map((model) => row(`rates.${model}`, 'rate', comparison.rates[model])),
    row('total', 'amount', comparison.total),
    row('baselineTotal', 'amount', comparison.baselineTotal),
    ...fundingComparisonGroupNames.flatMap((name) => {
      const group = comparison.groups[name];
      return [
        row(`groups.${name}.carriers`, 'count', group.carriers),
        row(`groups.${name}.amount`, 'amount', group.amount),
        row(`groups.${name}.share`, 'share', group.share),
        row(`groups.${name}.baselineShare`, 'share', group.baselineShare),
        ...('suppressed' in group ? [row(`groups.${name}.suppressed`, 'flag', true)] : []),
      ];
    }),
    row('versusBaseline.more', 'count', versusBaseline.more),
    row('versusBaseline.less', 'count', versusBaseline.less),
    row('versusBaseline.similar', 'count', versusBaseline.similar),
    ...(versusBaseline.suppressed ? [row('versusBaseline.suppressed', 'flag', true)] : []),
  ];
}
