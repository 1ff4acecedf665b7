import type { FunderConfig } from '../../config/funder-config';
import type { CarrierReport } from '../../schemas/reports';
import { median, roundCents, shareOf } from './numbers';
import type { PeriodTally } from './period-tally';
import { emptyRiskFlagTally, riskFlagFigures } from './risk-flag';

type Figures = Pick<CarrierReport, 'matches' | 'checkIns' | 'funding' | 'riskFlag'>;

/** SPEC §6: the report figures of a tally, a carrier's or the sum of all carriers'. */
export function reportFigures(tally: PeriodTally, rates: FunderConfig['fundingModels']): Figures {
  return {
    matches: {
      new: tally.new,
      activeDuring: tally.activeDuring,
      activeAtEnd: tally.activeAtEnd,
      ended: tally.ended,
      endedByReason: { ...tally.endedByReason },
      medianDurationDays: median(tally.endedDurations),
      reached: {
        '90': shareOf(tally.reached[90].reached, tally.reached[90].eligible),
        '180': shareOf(tally.reached[180].reached, tally.reached[180].eligible),
        '365': shareOf(tally.reached[365].reached, tally.reached[365].eligible),
      },
      earlyClosureShare: shareOf(tally.earlyClosures, tally.ended),
      withConcern: tally.withConcern,
    },
    checkIns: {
      recorded: tally.checkInsRecorded,
      due: tally.checkInsDue,
      onTime: tally.checkInsOnTime,
      adherence: shareOf(tally.checkInsOnTime, tally.checkInsDue),
    },
    funding: {
      per_new_match: roundCents(rates.per_new_match * tally.new),
      per_active_month: roundCents((rates.per_active_month * tally.activeDays) / 30),
      per_supported_month: roundCents(rates.per_supported_month * tally.supportedMonths),
    },
    // A part stored before riskFlag was kept (a close under way at an update) evaluated nothing.
    riskFlag: riskFlagFigures(tally.riskFlag ?? emptyRiskFlagTally()),
  };
}
