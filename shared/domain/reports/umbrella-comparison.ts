import type {
  FundingComparisonAnswer,
  FundingComparisonGroup,
  FundingRates,
} from '../../schemas/funding-comparison';
import { amountOf, compareFundingModels } from './funding-comparison';
import { roundCents, roundShare } from './numbers';
import {
  hiddenUmbrellaEntries,
  umbrellaHiddenGroups,
  umbrellasOf,
  type UmbrellaCarrier,
} from './umbrella-suppression';

/** The comparison with its `umbrellas` map (SPEC §6), or over one umbrella's carriers. */
export type UmbrellaComparisonAnswer = FundingComparisonAnswer & {
  umbrellas?: Record<string, FundingComparisonGroup>;
};

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * SPEC §6 "Comparing funding models" with umbrellas. With `umbrellaId`: every figure over
 * that umbrella's carriers, its groups also suppressed where another umbrella's would give
 * them by subtraction (`umbrellaHiddenGroups`). Without: the comparison over all carriers
 * plus one entry per umbrella with carriers, suppressed like a group (1 to k − 1 carriers)
 * and complementarily (`hiddenUmbrellaEntries`). `umbrellaIds` are all known umbrellas, so
 * that an umbrella's groups are suppressed alike whoever asks.
 */
export function compareFundingModelsByUmbrella(
  carriers: readonly UmbrellaCarrier[],
  rates: FundingRates,
  baselineRates: FundingRates,
  kAnonymity: number,
  umbrellaId?: string,
): UmbrellaComparisonAnswer {
  if (umbrellaId !== undefined) {
    const hiddenGroups = umbrellaHiddenGroups(carriers, [umbrellaId], kAnonymity);
    return compareFundingModels(
      carriers.filter((carrier) => carrier.umbrellaId === umbrellaId),
      rates,
      baselineRates,
      kAnonymity,
      hiddenGroups.get(umbrellaId) ?? [],
    );
  }
  const answer = compareFundingModels(carriers, rates, baselineRates, kAnonymity);
  const umbrellas = umbrellasOf(carriers);
  if (umbrellas.length === 0) return answer;
  const total = sumOf(carriers.map((carrier) => amountOf(carrier.units, rates)));
  const baselineTotal = sumOf(carriers.map((carrier) => amountOf(carrier.units, baselineRates)));
  const hidden = hiddenUmbrellaEntries(carriers, kAnonymity);
  const entry = (id: string): FundingComparisonGroup => {
    if (hidden.has(id)) {
      return { carriers: null, amount: null, share: null, baselineShare: null, suppressed: true };
    }
    const members = carriers.filter((carrier) => carrier.umbrellaId === id);
    const amount = sumOf(members.map((carrier) => amountOf(carrier.units, rates)));
    const baseline = sumOf(members.map((carrier) => amountOf(carrier.units, baselineRates)));
    return {
      carriers: members.length,
      amount: roundCents(amount),
      share: total === 0 ? null : roundShare(amount / total),
      baselineShare: baselineTotal === 0 ? null : roundShare(baseline / baselineTotal),
    };
  };
  return { ...answer, umbrellas: Object.fromEntries(umbrellas.map((id) => [id, entry(id)])) };
}
