import type { FunderConfig } from '../../config/funder-config';
import type { CarrierReport, FunderSummary } from '../../schemas/reports';
import { carrierSituation, isReporting } from './carrier-situation';
import { comparedCarrierOf, fundingUnitsOf, summaryFundingComparison } from './funding-comparison';
import { addTallies, type PeriodTally } from './period-tally';
import { roundCents } from './numbers';
import { reportFigures } from './report-figures';
import { identifies } from './k-anonymity';
import type { CarrierStanding, Period } from './report-inputs';

/** SPEC §6: one carrier's report. */
export const buildCarrierReport = (
  carrierId: string,
  period: Period,
  tally: PeriodTally,
  config: FunderConfig,
  generatedAt: Date,
): CarrierReport => ({
  periodId: period.id,
  carrierId,
  generatedAt: generatedAt.toISOString(),
  ...reportFigures(tally, config.fundingModels),
});

/** SPEC §6: the funder summary over every carrier's tally and standing. */
export const buildFunderSummary = (
  period: Period,
  carriers: readonly { tally: PeriodTally; standing: CarrierStanding }[],
  config: FunderConfig,
  generatedAt: Date,
): FunderSummary => {
  const standings = carriers.map((carrier) => carrier.standing);
  const tallies = carriers.map((carrier) => carrier.tally);
  const figures = reportFigures(addTallies(tallies), config.fundingModels);
  return {
    periodId: period.id,
    funderId: config.funderId,
    generatedAt: generatedAt.toISOString(),
    matches: figures.matches,
    checkIns: figures.checkIns,
    // Funding is "summed over all carriers": the sum of the amounts their reports state.
    funding: sumOfCarrierAmounts(
      carriers.map((carrier) => reportFigures(carrier.tally, config.fundingModels).funding),
    ),
    carriers: {
      total: standings.length,
      reporting: standings.filter(isReporting).length,
      migrantOrganisations: standings.filter((standing) => standing.migrantOrganisation).length,
    },
    riskFlag: summaryRiskFlag(figures.riskFlag, tallies, config.kAnonymity),
    carrierSituation: carrierSituation(standings, config.kAnonymity),
    fundingComparison: summaryFundingComparison(
      carriers.map((carrier) => comparedCarrierOf(fundingUnitsOf(carrier.tally), carrier.standing)),
      config.fundingModels,
      config.kAnonymity,
    ),
  };
};

/**
 * The summary's `riskFlag`: suppressed when its evaluated matches come from 1 to k − 1
 * carriers (SPEC §6). Parts stored before riskFlag was kept evaluated nothing.
 */
const summaryRiskFlag = (
  figures: CarrierReport['riskFlag'],
  tallies: readonly PeriodTally[],
  kAnonymity: number,
): FunderSummary['riskFlag'] =>
  identifies(tallies.filter((tally) => (tally.riskFlag?.evaluated ?? 0) > 0).length, kAnonymity)
    ? { suppressed: true }
    : figures;

type FundingFigures = FunderSummary['funding'];

const sumOfCarrierAmounts = (amounts: readonly FundingFigures[]): FundingFigures => ({
  per_new_match: roundCents(amounts.reduce((sum, amount) => sum + amount.per_new_match, 0)),
  per_active_month: roundCents(amounts.reduce((sum, amount) => sum + amount.per_active_month, 0)),
  per_supported_month: roundCents(
    amounts.reduce((sum, amount) => sum + amount.per_supported_month, 0),
  ),
});
