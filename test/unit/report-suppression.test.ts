import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funderSummaryCsv } from '../../functions/reports/render/funder-summary-csv';
import { renderFunderSummaryHtml } from '../../functions/reports/render/funder-summary-html';
import { parseFunderConfig } from '../../shared/config/funder-config';
import { buildFunderSummary } from '../../shared/domain/reports/build-reports';
import {
  compareFundingModels,
  publishableGroupUnits,
  ratesOfModel,
} from '../../shared/domain/reports/funding-comparison';
import { suppressedMoves } from '../../shared/domain/reports/k-anonymity';
import { emptyTally, type PeriodTally } from '../../shared/domain/reports/period-tally';
import type { CarrierStanding } from '../../shared/domain/reports/report-inputs';
import type { FundingComparisonAnswer } from '../../shared/schemas/funding-comparison';
import type { FunderSummary } from '../../shared/schemas/reports';
import { parseCsv } from '../support/csv';

// SPEC §6 "Complementary groups": no suppressed figure of the publishable summary can be
// recovered from the figures it shows. Each shown figure that adds something up over a set
// of carriers is a vector (which carriers it sums); a suppressed group is recoverable exactly
// when its vector lies in the linear span of the shown vectors of the same quantity (sums,
// differences, any multiples). The sets are rebuilt here from the carriers, not from the code.

interface Carrier {
  migrant: boolean;
  /** null: not reporting; true/false: reporting with/without municipal funds. */
  municipal: boolean | null;
  newMatches: number;
  activeDays: number;
  supportedMonths: number;
  activeMatches: number;
  federal: number;
}

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const configWith = (kAnonymity: number) =>
  parseFunderConfig(
    {
      funderId: 'example',
      name: 'Beispiel-Stiftung',
      senderEmail: 'reports@example.org',
      timezone: 'Europe/Berlin',
      periods: [period],
      fundingModels: { per_new_match: 200, per_active_month: 25, per_supported_month: 15 },
      kAnonymity,
    },
    'test',
  );

const standingOf = (carrier: Carrier, index: number): CarrierStanding => ({
  carrierId: `c-${index}`,
  migrantOrganisation: carrier.migrant,
  activeMatches: carrier.activeMatches,
  ...(carrier.municipal === null
    ? {}
    : {
        funding: {
          sources: [
            { kind: 'own_funds' as const, amountEur: 1000 },
            { kind: 'federal_programme' as const, amountEur: carrier.federal },
            ...(carrier.municipal ? [{ kind: 'municipal' as const, amountEur: 500 }] : []),
          ],
        },
      }),
});

const tallyOf = (carrier: Carrier): PeriodTally => ({
  ...emptyTally(),
  new: carrier.newMatches,
  activeDuring: carrier.activeMatches,
  activeDays: carrier.activeDays,
  supportedMonths: carrier.supportedMonths,
});

const summaryOf = (carriers: readonly Carrier[], kAnonymity: number): FunderSummary =>
  buildFunderSummary(
    period,
    carriers.map((carrier, index) => ({
      tally: tallyOf(carrier),
      standing: standingOf(carrier, index),
    })),
    configWith(kAnonymity),
    new Date('2026-01-01T00:00:00Z'),
  );

type Members = readonly number[]; // 0/1 per carrier

const setOf = (carriers: readonly Carrier[], member: (carrier: Carrier) => boolean): Members =>
  carriers.map((carrier) => (member(carrier) ? 1 : 0));

const rank = (vectors: readonly Members[]): number => {
  const rows = vectors.map((vector) => [...vector]);
  let found = 0;
  for (let column = 0; column < (rows[0]?.length ?? 0) && found < rows.length; column++) {
    const pivot = rows.findIndex((row, index) => index >= found && Math.abs(row[column]!) > 1e-9);
    if (pivot < 0) continue;
    [rows[found], rows[pivot]] = [rows[pivot]!, rows[found]!];
    const pivotRow = rows[found]!;
    for (const [index, row] of rows.entries()) {
      if (index === found) continue;
      const factor = row[column]! / pivotRow[column]!;
      for (let c = column; c < row.length; c++) row[c]! -= factor * pivotRow[c]!;
    }
    found++;
  }
  return found;
};

const recoverable = (target: Members, shown: readonly Members[]) =>
  rank([...shown, target]) === rank(shown);

const groupSets = (carriers: readonly Carrier[]) => ({
  all: setOf(carriers, () => true),
  reporting: setOf(carriers, (carrier) => carrier.municipal !== null),
  migrantOrganisations: setOf(carriers, (carrier) => carrier.migrant),
  otherCarriers: setOf(carriers, (carrier) => !carrier.migrant),
  withMunicipalFunds: setOf(carriers, (carrier) => carrier.municipal === true),
  withoutMunicipalFunds: setOf(carriers, (carrier) => carrier.municipal === false),
  migrantReporting: setOf(carriers, (carrier) => carrier.migrant && carrier.municipal !== null),
  otherReporting: setOf(carriers, (carrier) => !carrier.migrant && carrier.municipal !== null),
});
type GroupName = keyof ReturnType<typeof groupSets>;
const comparisonGroups = [
  'migrantOrganisations',
  'otherCarriers',
  'withMunicipalFunds',
  'withoutMunicipalFunds',
] as const;

/**
 * Per quantity summed over carriers: the sets the summary shows a sum (or a share of a shown
 * total) of, and the groups whose figures of that quantity k-anonymity protects.
 */
function exposure(summary: FunderSummary, carriers: readonly Carrier[]) {
  const sets = groupSets(carriers);
  const comparisons = [
    summary.fundingComparison.per_active_month,
    summary.fundingComparison.per_supported_month,
  ];
  const shownGroups = (figure: (comparison: FundingComparisonAnswer, name: string) => unknown) =>
    comparisons.flatMap((comparison) =>
      comparisonGroups
        .filter((name) => figure(comparison, name) !== null)
        .map((name) => sets[name]),
    );
  const situation = 'suppressed' in summary.carrierSituation ? null : summary.carrierSituation;
  const migrantShares = situation?.migrantOrganisations;
  const quantities: Record<
    string,
    { public: Members[]; shown: Members[]; protected: GroupName[] }
  > = {
    // The carriers block is never suppressed (SPEC §6), so migrant/other counts are public.
    carriers: {
      public: [sets.all, sets.reporting, sets.migrantOrganisations],
      shown: [
        ...shownGroups((comparison, name) => comparison.groups[name as 'all'].carriers),
        ...(situation?.withMunicipalFunds.count !== null && situation !== null
          ? [sets.withMunicipalFunds]
          : []),
      ],
      protected: [...comparisonGroups],
    },
    modelAmounts: {
      public: [sets.all],
      shown: [...shownGroups((comparison, name) => comparison.groups[name as 'all'].amount)],
      protected: [...comparisonGroups],
    },
    baselineAmounts: {
      public: [sets.all],
      shown: [...shownGroups((comparison, name) => comparison.groups[name as 'all'].baselineShare)],
      protected: [...comparisonGroups],
    },
    activeMatches: {
      public: [sets.all],
      shown: [
        ...(migrantShares?.shareOfActiveMatches !== null && situation !== null
          ? [sets.migrantOrganisations]
          : []),
      ],
      protected: ['migrantOrganisations', 'otherCarriers'],
    },
    federalFunds: {
      public: [sets.reporting],
      shown: [
        ...(migrantShares?.shareOfFederalProgrammeFunds !== null && situation !== null
          ? [sets.migrantReporting]
          : []),
      ],
      protected: ['migrantReporting', 'otherReporting'],
    },
  };
  return { sets, quantities };
}

const identifies = (members: number, kAnonymity: number) => members >= 1 && members < kAnonymity;
const sizeOf = (members: Members) => members.reduce((sum, member) => sum + member, 0);

/**
 * Every protected group with 1 to k − 1 carriers that a reader could work out, by quantity,
 * beyond what the figures the spec never suppresses (all carriers, the carriers block) give.
 */
function recoveredGroups(summary: FunderSummary, carriers: readonly Carrier[], kAnonymity: number) {
  const { sets, quantities } = exposure(summary, carriers);
  return Object.entries(quantities).flatMap(([quantity, figures]) =>
    figures.protected
      .filter((name) => identifies(sizeOf(sets[name]), kAnonymity))
      .filter((name) => !recoverable(sets[name], figures.public))
      .filter((name) => recoverable(sets[name], [...figures.public, ...figures.shown]))
      .map((name) => `${quantity}: ${name}`),
  );
}

/** A versusBaseline count of 1 to k − 1 that is shown, or the only one left out. */
function recoveredMoves(
  comparison: FundingComparisonAnswer,
  trueCounts: FundingComparisonAnswer['versusBaseline'],
  kAnonymity: number,
): string[] {
  const moves = ['more', 'less', 'similar'] as const;
  const hidden = moves.filter((move) => comparison.versusBaseline[move] === null);
  return moves
    .filter((move) => identifies(trueCounts[move] ?? 0, kAnonymity))
    .filter((move) => !hidden.includes(move) || hidden.length === 1);
}

const carrierArbitrary: fc.Arbitrary<Carrier> = fc.record({
  migrant: fc.boolean(),
  municipal: fc.constantFrom(null, true, false),
  newMatches: fc.integer({ min: 0, max: 20 }),
  activeDays: fc.integer({ min: 0, max: 3000 }),
  supportedMonths: fc.integer({ min: 0, max: 60 }),
  activeMatches: fc.integer({ min: 0, max: 30 }),
  federal: fc.integer({ min: 0, max: 50_000 }),
});

const toComparedCarriers = (carriers: readonly Carrier[]) =>
  carriers.map((carrier) => ({
    units: {
      per_new_match: carrier.newMatches,
      per_active_month: carrier.activeDays / 30,
      per_supported_month: carrier.supportedMonths,
    },
    migrantOrganisation: carrier.migrant,
    withMunicipalFunds: carrier.municipal,
  }));

describe('complementary suppression (SPEC §6)', () => {
  it('leaves no suppressed group or count of a funder summary recoverable from what it shows', () => {
    fc.assert(
      fc.property(
        fc.array(carrierArbitrary, { minLength: 1, maxLength: 16 }),
        fc.integer({ min: 2, max: 7 }),
        (carriers, kAnonymity) => {
          const summary = summaryOf(carriers, kAnonymity);
          expect(recoveredGroups(summary, carriers, kAnonymity)).toEqual([]);
          for (const model of ['per_active_month', 'per_supported_month'] as const) {
            // k = 1 suppresses nothing: the true counts.
            const trueCounts = compareFundingModels(
              toComparedCarriers(carriers),
              ratesOfModel(model, 10),
              ratesOfModel('per_new_match', 200),
              1,
            ).versusBaseline;
            expect(
              recoveredMoves(summary.fundingComparison[model], trueCounts, kAnonymity),
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves nothing recoverable in a what-if answer under any rates', () => {
    fc.assert(
      fc.property(
        fc.array(carrierArbitrary, { minLength: 1, maxLength: 16 }),
        fc.integer({ min: 2, max: 7 }),
        fc.constantFrom('per_new_match', 'per_active_month', 'per_supported_month' as const),
        (carriers, kAnonymity, model) => {
          const compared = toComparedCarriers(carriers);
          const answer = compareFundingModels(
            compared,
            ratesOfModel(model, 10),
            ratesOfModel('per_new_match', 200),
            kAnonymity,
          );
          const sets = groupSets(carriers);
          const shownGroups = comparisonGroups
            .filter((name) => answer.groups[name].carriers !== null)
            .map((name) => sets[name]);
          // Counts of all, reporting and migrant carriers are in every summary of the close.
          const publicCounts = [sets.all, sets.reporting, sets.migrantOrganisations];
          const recovered = comparisonGroups
            .filter((name) => identifies(sizeOf(sets[name]), kAnonymity))
            .filter(
              (name) =>
                (!recoverable(sets[name], [sets.all]) &&
                  recoverable(sets[name], [sets.all, ...shownGroups])) ||
                (!recoverable(sets[name], publicCounts) &&
                  recoverable(sets[name], [...publicCounts, ...shownGroups])),
            );
          expect(recovered).toEqual([]);
          const trueCounts = compareFundingModels(
            compared,
            ratesOfModel(model, 10),
            ratesOfModel('per_new_match', 200),
            1,
          ).versusBaseline;
          expect(recoveredMoves(answer, trueCounts, kAnonymity)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the examples of issue 16 (point 10)', () => {
  // One migrant organisation among ten carriers: its amount was all − otherCarriers.
  const carriers: Carrier[] = Array.from({ length: 10 }, (_, index) => ({
    migrant: index === 0,
    municipal: index < 5,
    newMatches: 3 + index,
    activeDays: 1000 + 37 * index,
    supportedMonths: 10 + index,
    activeMatches: 5 + index,
    federal: 10_000,
  }));
  const summary = summaryOf(carriers, 5);
  const suppressedGroup = {
    carriers: null,
    amount: null,
    share: null,
    baselineShare: null,
    suppressed: true,
  };

  it('suppresses the other carriers with the one migrant organisation, in JSON, CSV and HTML', async () => {
    for (const model of ['per_active_month', 'per_supported_month'] as const) {
      expect(summary.fundingComparison[model].groups.migrantOrganisations).toEqual(suppressedGroup);
      expect(summary.fundingComparison[model].groups.otherCarriers).toEqual(suppressedGroup);
      expect(summary.fundingComparison[model].groups.all.carriers).toBe(10);
    }
    expect(summary.carrierSituation).toMatchObject({
      migrantOrganisations: {
        shareOfCarriers: null,
        shareOfActiveMatches: null,
        shareOfFederalProgrammeFunds: null,
        suppressed: true,
      },
    });
    const csv = new Map(
      parseCsv(funderSummaryCsv(summary)).map(([section, figure, value]) => [
        `${section},${figure}`,
        value,
      ]),
    );
    for (const model of ['per_active_month', 'per_supported_month']) {
      for (const field of ['carriers', 'amount', 'share', 'baselineShare']) {
        expect(csv.get(`fundingComparison,${model}.groups.otherCarriers.${field}`)).toBe('');
      }
      expect(csv.get(`fundingComparison,${model}.groups.otherCarriers.suppressed`)).toBe('true');
    }
    const html = await renderFunderSummaryHtml(
      summary,
      { funderName: 'Beispiel-Stiftung', period },
      {
        rates: configWith(5).fundingModels,
        units: publishableGroupUnits(toComparedCarriers(carriers), 5),
      },
      'de',
    );
    expect(html).toContain(
      'data-figure="fundingComparison.groups.otherCarriers" data-value="" data-suppressed="true"',
    );
    expect(html).not.toContain(
      'data-figure="fundingComparison.per_active_month.groups.otherCarriers',
    );
  });

  it('leaves the migrant pair out of the what-if units and keeps the municipal pair', () => {
    const units = publishableGroupUnits(toComparedCarriers(carriers), 5);
    expect(Object.keys(units).sort()).toEqual([
      'all',
      'withMunicipalFunds',
      'withoutMunicipalFunds',
    ]);
  });

  it('suppresses the smaller other count with a lone one: {more 4, less 5, similar 3} of 12', () => {
    expect([...suppressedMoves({ more: 4, less: 5, similar: 3 }, 4)].sort()).toEqual([
      'more',
      'similar',
    ]);
    // On a tie, less before similar before more.
    expect([...suppressedMoves({ more: 2, less: 6, similar: 6 }, 4)].sort()).toEqual([
      'less',
      'more',
    ]);
    expect([...suppressedMoves({ more: 6, less: 6, similar: 2 }, 4)].sort()).toEqual([
      'less',
      'similar',
    ]);
    expect([...suppressedMoves({ more: 5, less: 0, similar: 2 }, 4)].sort()).toEqual([
      'less',
      'similar',
    ]);
    expect(suppressedMoves({ more: 1, less: 2, similar: 9 }, 4)).toEqual(new Set(['more', 'less']));
    expect(suppressedMoves({ more: 0, less: 12, similar: 0 }, 4).size).toBe(0);
  });
});
