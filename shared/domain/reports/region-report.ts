import type { FunderConfig } from '../../config/funder-config';
import type { GivenRegionReport } from '../../schemas/region-report';
import { buildFunderSummary } from './build-reports';
import type { FundingUnits } from './funding-comparison';
import { roundCents } from './numbers';
import { addTallies, type PeriodTally } from './period-tally';
import { isInRegion } from './region-keys';
import { regionDisclosures, type RegionDisclosure } from './regions';
import { reportFigures } from './report-figures';
import type { CarrierStanding, Period } from './report-inputs';

/** What a region report needs of each carrier: its close part (never its facts). */
export interface RegionPart {
  readonly tally: PeriodTally;
  readonly standing: CarrierStanding;
  readonly units: FundingUnits;
}

/** The §6 funding units summed over the region's carriers; active months to cents. */
const unitsOf = (parts: readonly RegionPart[]): FundingUnits => {
  const sum = (model: keyof FundingUnits) =>
    parts.reduce((total, part) => total + part.units[model], 0);
  return {
    per_new_match: sum('per_new_match'),
    per_active_month: roundCents(sum('per_active_month')),
    per_supported_month: sum('per_supported_month'),
  };
};

type Comparison = GivenRegionReport['all'];

const comparisonOf = (parts: readonly RegionPart[], config: FunderConfig): Comparison => {
  const figures = reportFigures(addTallies(parts.map((part) => part.tally)), config.fundingModels);
  return { matches: figures.matches, checkIns: figures.checkIns };
};

/**
 * SPEC §13: one region's report over the region's carriers, with the summary's k-anonymity
 * (the summary's own pieces over the subset), and `all` over every carrier for comparison.
 * Whether the region may be given at all is `regionDisclosures`' decision.
 */
export function regionReport(
  period: Period,
  key: string,
  parts: readonly RegionPart[],
  config: FunderConfig,
  generatedAt: Date,
  all: Comparison = comparisonOf(parts, config),
): GivenRegionReport {
  const inRegion = parts.filter((part) => isInRegion(part.standing.municipality, key));
  const summary = buildFunderSummary(period, inRegion, config, generatedAt);
  return {
    periodId: period.id,
    region: { key, carriers: inRegion.length },
    matches: summary.matches,
    checkIns: summary.checkIns,
    riskFlag: summary.riskFlag,
    carrierSituation: summary.carrierSituation,
    units: unitsOf(inRegion),
    all,
  };
}

/** Every region of a close: each key with its disclosure, and the given regions' reports. */
export function regionReports(
  period: Period,
  parts: readonly RegionPart[],
  config: FunderConfig,
  generatedAt: Date,
): { disclosures: RegionDisclosure[]; given: GivenRegionReport[] } {
  const disclosures = regionDisclosures(
    parts.map((part) => part.standing.municipality),
    config.kAnonymity,
  );
  const all = comparisonOf(parts, config);
  const given = disclosures
    .filter((region) => region.given)
    .map(({ key }) => regionReport(period, key, parts, config, generatedAt, all));
  return { disclosures, given };
}
