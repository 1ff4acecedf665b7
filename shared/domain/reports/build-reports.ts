import type { FunderConfig } from '../../config/funder-config';
import type { CarrierReport, FunderSummary } from '../../schemas/reports';
import { carrierSituation, isReporting } from './carrier-situation';
import { comparedCarrierOf, fundingUnitsOf, summaryFundingComparison } from './funding-comparison';
import { addTallies, type PeriodTally } from './period-tally';
import { roundCents } from './numbers';
import { reportFigures } from './report-figures';
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
  return {
    periodId: period.id,
    funderId: config.funderId,
    generatedAt: generatedAt.toISOString(),
    ...reportFigures(addTallies(carriers.map((carrier) => carrier.tally)), config.fundingModels),
    // Funding is "summed over all carriers": the sum of the amounts their reports state.
    funding: sumOfCarrierAmounts(
      carriers.map((carrier) => reportFigures(carrier.tally, config.fundingModels).funding),
    ),
    carriers: {
      total: standings.length,
      reporting: standings.filter(isReporting).length,
      migrantOrganisations: standings.filter((standing) => standing.migrantOrganisation).length,
    },
    carrierSituation: carrierSituation(standings, config.kAnonymity),
    fundingComparison: summaryFundingComparison(
      carriers.map((carrier) => comparedCarrierOf(fundingUnitsOf(carrier.tally), carrier.standing)),
      config.fundingModels,
      config.kAnonymity,
    ),
  };
};

type FundingFigures = FunderSummary['funding'];

const sumOfCarrierAmounts = (amounts: readonly FundingFigures[]): FundingFigures => ({
  per_new_match: roundCents(amounts.reduce((sum, amount) => sum + amount.per_new_match, 0)),
  per_active_month: roundCents(amounts.reduce((sum, amount) => sum + amount.per_active_month, 0)),
  per_supported_month: roundCents(
    amounts.reduce((sum, amount) => sum + amount.per_supported_month, 0),
  ),
});
