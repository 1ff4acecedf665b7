import { performance } from 'node:perf_hooks';
import { renderFunderSummaryHtml } from '../functions/reports/render/funder-summary-html';
import { umbrellaSummaryCsv } from '../functions/reports/render/umbrella-summary-csv';
import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { buildFunderSummary } from '../shared/domain/reports/build-reports';
import {
  comparedCarrierOf,
  fundingUnitsOf,
  publishableGroupUnits,
} from '../shared/domain/reports/funding-comparison';
import { emptyTally, type PeriodTally } from '../shared/domain/reports/period-tally';
import type { CarrierStanding } from '../shared/domain/reports/report-inputs';
import { buildUmbrellaSummary } from '../shared/domain/reports/umbrella-summaries';
import { languages } from '../shared/i18n/languages';
import { reportFigure } from './support/figure-result';
import { formatNumber, median, yesNo } from './support/stats';
import { printTable } from './support/table';

// SPEC §6 umbrella summaries (issue 19) at a close of a federal programme, 25 umbrellas of 20
// carriers each. Each umbrella's summary is built by a function of its own (one event each):
// it builds the suppression over all 500 carriers, then its summary, its seven HTML pages and
// its CSV. Goal: that costs no more than the baseline measured in the same run, the funder
// summary's build and seven pages, which its function (same size, 60 s) already does; the 25
// in one function would cost about 25 times as much. Storage is not timed (one put per file,
// as the funder summary's).

const umbrellaCount = 25;
const carriersPerUmbrella = 20;
const runs = 3;
const config = readFunderConfigFile(exampleFunderConfigPath);
const period = config.periods[0]!;

function carrierOf(index: number): { tally: PeriodTally; standing: CarrierStanding } {
  const tally: PeriodTally = {
    ...emptyTally(),
    new: 3 + (index % 7),
    activeDuring: 10 + (index % 11),
    activeAtEnd: 8 + (index % 5),
    ended: 2 + (index % 3),
    endedByReason: { planned_end: 1 + (index % 2), mentor_withdrew: 1 },
    endedDurations: [120 + index, 300, 45 + (index % 90)],
    activeDays: 2_000 + 37 * index,
    supportedMonths: 40 + (index % 30),
    checkInsRecorded: 60 + index,
    checkInsDue: 70,
    checkInsOnTime: 50 + (index % 20),
    riskFlag: { evaluated: 4, flagged: 1, closedEarly: index % 2, flaggedClosedEarly: 0 },
  };
  const standing: CarrierStanding = {
    carrierId: `c-${index}`,
    migrantOrganisation: index % 5 === 0,
    umbrellaId: `u-${String(index % umbrellaCount).padStart(2, '0')}`,
    activeMatches: tally.activeDuring,
    funding: {
      sources: [
        { kind: 'federal_programme', amountEur: 20_000 + index },
        ...(index % 3 === 0 ? [{ kind: 'municipal' as const, amountEur: 3_000 }] : []),
        { kind: 'own_funds', amountEur: 500 },
      ],
    },
  };
  return { tally, standing };
}

const carriers = Array.from({ length: umbrellaCount * carriersPerUmbrella }, (_, index) =>
  carrierOf(index),
);
const context = { funderName: config.name, period };

async function funderSummaryMs(): Promise<number> {
  const started = performance.now();
  const summary = buildFunderSummary(period, carriers, config, new Date());
  const compared = carriers.map((c) => comparedCarrierOf(fundingUnitsOf(c.tally), c.standing));
  const inputs = {
    rates: config.fundingModels,
    units: publishableGroupUnits(compared, config.kAnonymity),
  };
  await Promise.all(
    languages.map((language) => renderFunderSummaryHtml(summary, context, inputs, language)),
  );
  return performance.now() - started;
}

async function umbrellaSummaryMs(umbrellaId: string): Promise<number> {
  const started = performance.now();
  const { summary, groupUnits } = buildUmbrellaSummary(
    period,
    carriers,
    umbrellaId,
    config,
    new Date(),
  );
  const inputs = { rates: config.fundingModels, units: groupUnits };
  await Promise.all(
    languages.map((language) => renderFunderSummaryHtml(summary, context, inputs, language)),
  );
  umbrellaSummaryCsv(summary);
  return performance.now() - started;
}

async function main() {
  const baseline: number[] = [];
  const measured: number[] = [];
  for (let run = 0; run < runs; run++) {
    baseline.push(await funderSummaryMs());
    measured.push(await umbrellaSummaryMs(`u-0${run}`));
  }
  // A tenth over the baseline is noise on a shared machine.
  const met = median(measured) <= 1.1 * median(baseline);
  printTable(
    `Umbrella summaries at a close: ${umbrellaCount} umbrellas × ${carriersPerUmbrella} carriers, median of ${runs} runs`,
    'one umbrella summary’s function (build + 7 pages + CSV) costs no more than the funder summary’s',
    ['what', 'ms', 'goal met'],
    [
      ['baseline: funder summary (build + 7 pages)', formatNumber(median(baseline)), ''],
      ['one umbrella summary (build + 7 pages + CSV)', formatNumber(median(measured)), yesNo(met)],
      [
        `estimate: all ${umbrellaCount} in one function`,
        formatNumber(umbrellaCount * median(measured)),
        '',
      ],
    ],
  );
  reportFigure({
    figure: 'umbrella summaries at a close',
    goal: 'one umbrella summary ≤ the funder summary',
    met,
    headline: `${formatNumber(median(measured))} ms per umbrella vs funder summary ${formatNumber(median(baseline))} ms`,
  });
}

await main();
