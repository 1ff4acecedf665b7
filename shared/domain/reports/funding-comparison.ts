import type {
  FundingComparisonAnswer,
  FundingComparisonGroup,
  FundingComparisonGroupName,
  FundingModel,
  FundingRates,
  SummaryFundingComparison,
} from '../../schemas/funding-comparison';
import { fundingComparisonGroupNames, fundingModels } from '../../schemas/funding-comparison-names';
import { isReporting, municipalFundsOf } from './carrier-situation';
import { identifies, suppressedMoves } from './k-anonymity';
import { roundCents, roundShare } from './numbers';
import type { PeriodTally } from './period-tally';
import type { CarrierStanding } from './report-inputs';

/**
 * What each funding model multiplies by its rate for one carrier (SPEC §6): new matches,
 * active days / 30, supported months. Unrounded, so any rates give the §6 amounts exactly.
 */
export type FundingUnits = Record<FundingModel, number>;

export const fundingUnitsOf = (
  tally: Pick<PeriodTally, 'new' | 'activeDays' | 'supportedMonths'>,
): FundingUnits => ({
  per_new_match: tally.new,
  per_active_month: tally.activeDays / 30,
  per_supported_month: tally.supportedMonths,
});

/** What the comparison needs of a carrier: its units and the groups it belongs to. */
export interface ComparedCarrier {
  readonly units: FundingUnits;
  readonly migrantOrganisation: boolean;
  /** `true`/`false` for a reporting carrier with/without municipal funds; `null` if not reporting. */
  readonly withMunicipalFunds: boolean | null;
}

/** The rates of one model alone, e.g. the baseline: the funder's `per_new_match` rate. */
export const ratesOfModel = (model: FundingModel, rate: number): FundingRates => ({
  per_new_match: 0,
  per_active_month: 0,
  per_supported_month: 0,
  [model]: rate,
});

/** What a carrier's units give under `rates`, unrounded. */
export const amountOf = (units: FundingUnits, rates: FundingRates) =>
  fundingModels.reduce((sum, model) => sum + rates[model] * units[model], 0);

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/** Who belongs to each group of the comparison. */
export const groupMembers: Record<
  FundingComparisonGroupName,
  (carrier: ComparedCarrier) => boolean
> = {
  all: () => true,
  migrantOrganisations: (carrier) => carrier.migrantOrganisation,
  otherCarriers: (carrier) => !carrier.migrantOrganisation,
  withMunicipalFunds: (carrier) => carrier.withMunicipalFunds === true,
  withoutMunicipalFunds: (carrier) => carrier.withMunicipalFunds === false,
};

/**
 * Pairs of groups that add up to a shown total: migrant organisations and the others add up
 * to `all`; the municipal groups to the reporting carriers, whose count the summary shows.
 */
const complementOf: Partial<Record<FundingComparisonGroupName, FundingComparisonGroupName>> = {
  migrantOrganisations: 'otherCarriers',
  otherCarriers: 'migrantOrganisations',
  withMunicipalFunds: 'withoutMunicipalFunds',
  withoutMunicipalFunds: 'withMunicipalFunds',
};

/**
 * The groups to suppress (SPEC §6): those with 1 to k − 1 carriers, those `alsoHidden` names
 * (an umbrella's groups that would give another's by subtraction, umbrella-suppression.ts),
 * and their complements, so that no suppressed group can be recovered by subtraction. The
 * shown groups cut the carriers into blocks whose sums a reader can work out; a suppressed
 * group that is a union of such blocks (say, the migrant organisations are exactly the
 * carriers with municipal funds) would still be recoverable, so then only `all` is shown.
 */
export function suppressedGroups(
  carriers: readonly ComparedCarrier[],
  kAnonymity: number,
  alsoHidden: Iterable<FundingComparisonGroupName> = [],
): Set<FundingComparisonGroupName> {
  const groups = fundingComparisonGroupNames.filter((name) => name !== 'all');
  const forced = new Set(alsoHidden);
  const identifying = groups.filter(
    (name) =>
      forced.has(name) || identifies(carriers.filter(groupMembers[name]).length, kAnonymity),
  );
  const hidden = new Set(
    identifying.flatMap((name) => {
      const complement = complementOf[name];
      return complement === undefined ? [name] : [name, complement];
    }),
  );
  const shown = groups.filter((name) => !hidden.has(name));
  const blockOf = (carrier: ComparedCarrier) =>
    shown.map((name) => (groupMembers[name](carrier) ? 1 : 0)).join('');
  const isUnionOfBlocks = (name: FundingComparisonGroupName) => {
    const membership = new Map<string, boolean>();
    return carriers.every((carrier) => {
      const block = blockOf(carrier);
      const member = groupMembers[name](carrier);
      if (membership.get(block) === !member) return false;
      membership.set(block, member);
      return true;
    });
  };
  // An empty group (hidden only as `alsoHidden` asks) sums to 0: nothing to recover.
  const hasMembers = (name: FundingComparisonGroupName) => carriers.some(groupMembers[name]);
  return identifying.filter(hasMembers).some(isUnionOfBlocks) ? new Set(groups) : hidden;
}

/**
 * SPEC §6 "Comparing funding models": what `rates` would give each group of carriers against
 * the baseline (`baselineRates`, today's per-new-match funding), and how many carriers' shares
 * move by more than 10 %. Groups other than `all` and counts with 1 to k − 1 carriers are
 * suppressed, with their complements (see `suppressedGroups`, `suppressedMoves`), and so are
 * the groups `alsoHidden` names. Amounts and shares are rounded only at the end, from
 * unrounded units.
 */
export function compareFundingModels(
  carriers: readonly ComparedCarrier[],
  rates: FundingRates,
  baselineRates: FundingRates,
  kAnonymity: number,
  alsoHidden: Iterable<FundingComparisonGroupName> = [],
): FundingComparisonAnswer {
  const proposed = carriers.map((carrier) => amountOf(carrier.units, rates));
  const baseline = carriers.map((carrier) => amountOf(carrier.units, baselineRates));
  const total = sumOf(proposed);
  const baselineTotal = sumOf(baseline);
  const shareOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const suppressed = suppressedGroups(carriers, kAnonymity, alsoHidden);

  const group = (name: FundingComparisonGroupName): FundingComparisonGroup => {
    const members = carriers.flatMap((carrier, index) =>
      groupMembers[name](carrier) ? [index] : [],
    );
    if (suppressed.has(name)) {
      return { carriers: null, amount: null, share: null, baselineShare: null, suppressed: true };
    }
    const amount = sumOf(members.map((index) => proposed[index] ?? 0));
    const baselineAmount = sumOf(members.map((index) => baseline[index] ?? 0));
    const share = shareOf(amount, total);
    const baselineShare = shareOf(baselineAmount, baselineTotal);
    return {
      carriers: members.length,
      amount: roundCents(amount),
      share: share === null ? null : roundShare(share),
      baselineShare: baselineShare === null ? null : roundShare(baselineShare),
    };
  };

  // A share of a total of 0 is taken as 0 here, so such carriers compare as "nothing".
  const moves = carriers.map((_, index) => {
    const now = shareOf(proposed[index] ?? 0, total) ?? 0;
    const before = shareOf(baseline[index] ?? 0, baselineTotal) ?? 0;
    if (now > 1.1 * before || (before === 0 && now > 0)) return 'more';
    if (now < 0.9 * before) return 'less';
    return 'similar';
  });
  const count = (move: string) => moves.filter((candidate) => candidate === move).length;
  const counts = { more: count('more'), less: count('less'), similar: count('similar') };
  const hiddenMoves = suppressedMoves(counts, kAnonymity);
  const shown = (move: keyof typeof counts) => (hiddenMoves.has(move) ? null : counts[move]);

  return {
    rates: { ...rates },
    total: roundCents(total),
    baselineTotal: roundCents(baselineTotal),
    groups: {
      all: group('all'),
      migrantOrganisations: group('migrantOrganisations'),
      otherCarriers: group('otherCarriers'),
      withMunicipalFunds: group('withMunicipalFunds'),
      withoutMunicipalFunds: group('withoutMunicipalFunds'),
    },
    versusBaseline: {
      more: shown('more'),
      less: shown('less'),
      similar: shown('similar'),
      ...(hiddenMoves.size > 0 ? { suppressed: true as const } : {}),
    },
  };
}

/** A carrier of a close as the comparison sees it: units, migrant flag, municipal funds. */
export const comparedCarrierOf = (
  units: FundingUnits,
  standing: CarrierStanding,
): ComparedCarrier => ({
  units,
  migrantOrganisation: standing.migrantOrganisation,
  withMunicipalFunds: isReporting(standing) ? municipalFundsOf(standing) > 0 : null,
});

/** Today's practice (SPEC §6): the funder's `per_new_match` rate alone. */
export const baselineRates = (funderRates: FundingRates): FundingRates =>
  ratesOfModel('per_new_match', funderRates.per_new_match);

/** The funder summary's `fundingComparison`: each other model alone at the funder's rate. */
export const summaryFundingComparison = (
  carriers: readonly ComparedCarrier[],
  funderRates: FundingRates,
  kAnonymity: number,
  alsoHidden: Iterable<FundingComparisonGroupName> = [],
): SummaryFundingComparison => ({
  per_active_month: compareFundingModels(
    carriers,
    ratesOfModel('per_active_month', funderRates.per_active_month),
    baselineRates(funderRates),
    kAnonymity,
    alsoHidden,
  ),
  per_supported_month: compareFundingModels(
    carriers,
    ratesOfModel('per_supported_month', funderRates.per_supported_month),
    baselineRates(funderRates),
    kAnonymity,
    alsoHidden,
  ),
});

/** Each group's units summed, for recomputing group shares under any rates. */
export type GroupUnits = Partial<Record<FundingComparisonGroupName, FundingUnits>>;

/**
 * The groups' units for a what-if on a published page: never a carrier's, and never a
 * suppressed group's, not even through its complement (all − others = the suppressed group).
 */
export function publishableGroupUnits(
  carriers: readonly ComparedCarrier[],
  kAnonymity: number,
  alsoHidden: Iterable<FundingComparisonGroupName> = [],
): GroupUnits {
  const membersOf = (name: FundingComparisonGroupName) => carriers.filter(groupMembers[name]);
  const suppressed = suppressedGroups(carriers, kAnonymity, alsoHidden);
  const sumUnits = (members: readonly ComparedCarrier[]): FundingUnits =>
    Object.fromEntries(
      fundingModels.map((model) => [model, sumOf(members.map((carrier) => carrier.units[model]))]),
    ) as FundingUnits;
  const units: GroupUnits = {};
  for (const name of fundingComparisonGroupNames) {
    if (suppressed.has(name)) continue;
    units[name] = sumUnits(membersOf(name));
  }
  return units;
}
