import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFunderConfig } from '../../shared/config/funder-config';
import { buildFunderSummary } from '../../shared/domain/reports/build-reports';
import {
  baselineRates,
  compareFundingModels,
  comparedCarrierOf,
  fundingUnitsOf,
} from '../../shared/domain/reports/funding-comparison';
import { emptyTally, type PeriodTally } from '../../shared/domain/reports/period-tally';
import type { CarrierStanding } from '../../shared/domain/reports/report-inputs';
import { compareFundingModelsByUmbrella } from '../../shared/domain/reports/umbrella-comparison';
import {
  buildUmbrellaSummaries,
  buildUmbrellaSummary,
} from '../../shared/domain/reports/umbrella-summaries';
import type { FundingComparisonGroup, FundingRates } from '../../shared/schemas/funding-comparison';
import type { FunderSummary } from '../../shared/schemas/reports';

// SPEC §6 umbrellas: the comparison per umbrella and its `umbrellas` map, and the umbrella
// summaries, with suppression that survives subtraction: all − the shown umbrellas' figures
// must never give a suppressed umbrella's figure, nor that of the carriers without umbrella
// when they are 1 to k − 1 (they have no document of their own).

interface Carrier {
  /** undefined: no umbrella. */
  umbrellaId?: string;
  migrant: boolean;
  /** null: not reporting; true/false: reporting with/without municipal funds. */
  municipal: boolean | null;
  /** Reporting carriers: fully third-party funded (no own funds). */
  fullyThirdParty: boolean;
  newMatches: number;
  activeDays: number;
  supportedMonths: number;
  /** Matches the at-risk flag evaluated (SPEC §6 riskFlag). */
  evaluated: number;
}

const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const rates = { per_new_match: 200, per_active_month: 25, per_supported_month: 15 };
const configWith = (kAnonymity: number) =>
  parseFunderConfig(
    {
      funderId: 'example',
      name: 'Beispiel-Stiftung',
      senderEmail: 'reports@example.org',
      timezone: 'Europe/Berlin',
      periods: [period],
      fundingModels: rates,
      kAnonymity,
    },
    'test',
  );
const generatedAt = new Date('2026-01-01T00:00:00Z');

const standingOf = (carrier: Carrier, index: number): CarrierStanding => ({
  carrierId: `c-${index}`,
  migrantOrganisation: carrier.migrant,
  activeMatches: carrier.newMatches,
  ...(carrier.umbrellaId === undefined ? {} : { umbrellaId: carrier.umbrellaId }),
  ...(carrier.municipal === null
    ? {}
    : {
        funding: {
          sources: [
            ...(carrier.fullyThirdParty ? [] : [{ kind: 'own_funds' as const, amountEur: 1000 }]),
            { kind: 'federal_programme' as const, amountEur: 20_000 },
            ...(carrier.municipal ? [{ kind: 'municipal' as const, amountEur: 500 }] : []),
          ],
        },
      }),
});

const tallyOf = (carrier: Carrier): PeriodTally => ({
  ...emptyTally(),
  new: carrier.newMatches,
  activeDuring: carrier.newMatches,
  activeDays: carrier.activeDays,
  supportedMonths: carrier.supportedMonths,
  riskFlag: { evaluated: carrier.evaluated, flagged: 0, closedEarly: 0, flaggedClosedEarly: 0 },
});

const partsOf = (carriers: readonly Carrier[]) =>
  carriers.map((carrier, index) => ({
    tally: tallyOf(carrier),
    standing: standingOf(carrier, index),
  }));

const comparedOf = (carriers: readonly Carrier[]) =>
  partsOf(carriers).map((part) => ({
    ...comparedCarrierOf(fundingUnitsOf(part.tally), part.standing),
    umbrellaId: part.standing.umbrellaId,
  }));

const carrier = (umbrellaId: string | undefined, overrides: Partial<Carrier> = {}): Carrier => ({
  ...(umbrellaId === undefined ? {} : { umbrellaId }),
  migrant: false,
  municipal: true,
  fullyThirdParty: false,
  newMatches: 2,
  activeDays: 300,
  supportedMonths: 5,
  evaluated: 1,
  ...overrides,
});
const many = (count: number, umbrellaId: string | undefined, overrides: Partial<Carrier> = {}) =>
  Array.from({ length: count }, () => carrier(umbrellaId, overrides));

const suppressedEntry = {
  carriers: null,
  amount: null,
  share: null,
  baselineShare: null,
  suppressed: true,
};

describe('the funding comparison per umbrella (SPEC §6)', () => {
  const k = 5;
  const newMatchRates: FundingRates = {
    per_new_match: 100,
    per_active_month: 0,
    per_supported_month: 0,
  };

  it('gives every figure over the umbrella’s carriers only with &umbrella=', () => {
    const carriers = [
      ...many(6, 'u-a', { migrant: true }),
      ...many(7, 'u-b'),
      ...many(5, undefined),
    ];
    const compared = comparedOf(carriers);
    const answer = compareFundingModelsByUmbrella(compared, rates, baselineRates(rates), k, 'u-b');
    expect(answer).toEqual(
      compareFundingModels(
        compared.filter((one) => one.umbrellaId === 'u-b'),
        rates,
        baselineRates(rates),
        k,
      ),
    );
    expect(answer.groups.all.carriers).toBe(7);
    expect(answer).not.toHaveProperty('umbrellas');
  });

  it('has one entry per umbrella with carriers, amounts and shares of all', () => {
    const carriers = [...many(6, 'u-a'), ...many(10, 'u-b'), ...many(5, undefined)];
    const answer = compareFundingModelsByUmbrella(
      comparedOf(carriers),
      newMatchRates,
      baselineRates(rates),
      k,
    );
    expect(answer.umbrellas).toEqual({
      'u-a': { carriers: 6, amount: 1200, share: 0.2857, baselineShare: 0.2857 },
      'u-b': { carriers: 10, amount: 2000, share: 0.4762, baselineShare: 0.4762 },
    });
    expect(answer.total).toBe(4200);
  });

  it('suppresses an umbrella of 1 to k − 1 carriers, and the smallest other one when all − the rest would give it', () => {
    // No carriers without umbrella: all − u-a − u-b would be u-c's 2 carriers.
    const carriers = [...many(6, 'u-a'), ...many(7, 'u-b'), ...many(2, 'u-c')];
    const answer = compareFundingModelsByUmbrella(
      comparedOf(carriers),
      newMatchRates,
      baselineRates(rates),
      k,
    );
    expect(answer.umbrellas?.['u-c']).toEqual(suppressedEntry);
    expect(answer.umbrellas?.['u-a']).toEqual(suppressedEntry);
    expect(answer.umbrellas?.['u-b']).toMatchObject({ carriers: 7, amount: 1400 });
  });

  it('suppresses the smallest umbrella when the carriers without umbrella are 1 to k − 1', () => {
    const carriers = [...many(6, 'u-a'), ...many(8, 'u-b'), ...many(1, undefined)];
    const answer = compareFundingModelsByUmbrella(
      comparedOf(carriers),
      newMatchRates,
      baselineRates(rates),
      k,
    );
    expect(answer.umbrellas?.['u-a']).toEqual(suppressedEntry);
    expect(answer.umbrellas?.['u-b']).toMatchObject({ carriers: 8 });
  });

  it('suppresses an umbrella’s group that another umbrella’s suppressed group would give by subtraction', () => {
    // Migrant organisations: 3 in u-a (suppressed there), 6 in u-b, none without umbrella:
    // all's migrant group − u-b's would be u-a's.
    const carriers = [
      ...many(3, 'u-a', { migrant: true }),
      ...many(6, 'u-a'),
      ...many(6, 'u-b', { migrant: true }),
      ...many(6, 'u-b'),
    ];
    const compared = comparedOf(carriers);
    const ofUmbrella = (umbrellaId: string) =>
      compareFundingModelsByUmbrella(compared, rates, baselineRates(rates), k, umbrellaId);
    expect(ofUmbrella('u-a').groups.migrantOrganisations).toEqual(suppressedEntry);
    expect(ofUmbrella('u-b').groups.migrantOrganisations).toEqual(suppressedEntry);
    // ... and with it, its complement in u-b (u-b's all − its other carriers).
    expect(ofUmbrella('u-b').groups.otherCarriers).toEqual(suppressedEntry);
    expect(ofUmbrella('u-b').groups.all.carriers).toBe(12);
  });
});

describe('umbrella summaries (SPEC §6)', () => {
  it('are the funder summary over the umbrella’s carriers, plus umbrellaId, for every umbrella', () => {
    const config = configWith(5);
    const carriers = [
      ...many(6, 'u-a', { migrant: true }),
      ...many(6, 'u-b'),
      ...many(6, undefined),
    ];
    const summaries = buildUmbrellaSummaries(
      period,
      partsOf(carriers),
      ['u-empty'],
      config,
      generatedAt,
    );
    expect(summaries.map(({ summary }) => summary.umbrellaId)).toEqual(['u-a', 'u-b', 'u-empty']);
    const parts = partsOf(carriers);
    for (const { summary } of summaries) {
      const own = parts.filter((part) => part.standing.umbrellaId === summary.umbrellaId);
      expect(summary).toEqual({
        ...buildFunderSummary(period, own, config, generatedAt),
        umbrellaId: summary.umbrellaId,
      });
    }
    // One umbrella's alone (an event each at a close) is the same as among all.
    expect(buildUmbrellaSummary(period, parts, 'u-a', config, generatedAt)).toEqual(summaries[0]);
    expect(summaries[2]?.summary.carriers).toEqual({
      total: 0,
      reporting: 0,
      migrantOrganisations: 0,
    });
  });

  it('suppress the situation and risk flag of the smallest other umbrella when all − the others would give a small one’s', () => {
    const config = configWith(5);
    const carriers = [...many(6, 'u-a'), ...many(7, 'u-b'), ...many(3, 'u-c')];
    const byId = new Map(
      buildUmbrellaSummaries(period, partsOf(carriers), [], config, generatedAt).map(
        ({ summary }) => [summary.umbrellaId, summary],
      ),
    );
    expect(byId.get('u-c')?.carrierSituation).toEqual({ suppressed: true });
    expect(byId.get('u-c')?.riskFlag).toEqual({ suppressed: true });
    expect(byId.get('u-a')?.carrierSituation).toEqual({ suppressed: true });
    expect(byId.get('u-a')?.riskFlag).toEqual({ suppressed: true });
    expect(byId.get('u-b')?.carrierSituation).toHaveProperty('thirdPartyShare');
    expect(byId.get('u-b')?.riskFlag).toMatchObject({ evaluated: 7 });
  });
});

// ---------------------------------------------------------------------------------------------
// The subtraction test: from the funder summary, every umbrella summary, the comparison with
// its umbrellas map and the comparison of each umbrella, work out all − the shown umbrellas
// for each figure k-anonymity may suppress, and check it never equals a suppressed figure of
// one umbrella, nor that of the 1 to k − 1 carriers without umbrella. Every member of a
// figure adds something > 0 to it here, so the remainder equals one part only when the
// other suppressed parts are empty.

type Figure = (summary: FunderSummary) => number | null | undefined;
const models = ['per_active_month', 'per_supported_month'] as const;
const groupNames = [
  'migrantOrganisations',
  'otherCarriers',
  'withMunicipalFunds',
  'withoutMunicipalFunds',
] as const;
const situationCount =
  (name: 'withMunicipalFunds' | 'fullyThirdParty' | 'atLeast90ThirdParty'): Figure =>
  (summary) =>
    'thirdPartyShare' in summary.carrierSituation ? summary.carrierSituation[name].count : null;
const summaryFigures: Record<string, Figure> = {
  'riskFlag.evaluated': (summary) =>
    'evaluated' in summary.riskFlag ? summary.riskFlag.evaluated : null,
  'carrierSituation.withMunicipalFunds.count': situationCount('withMunicipalFunds'),
  'carrierSituation.fullyThirdParty.count': situationCount('fullyThirdParty'),
  'carrierSituation.atLeast90ThirdParty.count': situationCount('atLeast90ThirdParty'),
  ...Object.fromEntries(
    models.flatMap((model) =>
      groupNames.map((group): [string, Figure] => [
        `fundingComparison.${model}.groups.${group}.amount`,
        (summary) => summary.fundingComparison[model].groups[group].amount,
      ]),
    ),
  ),
};

interface Leak {
  readonly figure: string;
  readonly part: string;
}

/** all − the shown parts, against each suppressed part's true value (and the small rest's). */
function leaksOf(
  figure: string,
  total: number | null | undefined,
  shown: ReadonlyMap<string, number | null | undefined>,
  truth: ReadonlyMap<string, { value: number; members: number }>,
  rest: { value: number; members: number },
  kAnonymity: number,
): Leak[] {
  const small = (part: { members: number } | undefined) =>
    part !== undefined && part.members >= 1 && part.members < kAnonymity;
  if (total === null || total === undefined) return [];
  const remainder = [...shown.values()].reduce<number>((sum, value) => sum - (value ?? 0), total);
  const close = (value: number) =>
    Math.abs(remainder - value) < 0.005 * (shown.size + 2) && value > 0;
  const leaks: Leak[] = [...shown]
    .filter(([, value]) => value === null || value === undefined)
    .filter(([part]) => small(truth.get(part)) && close(truth.get(part)?.value ?? 0))
    .map(([part]) => ({ figure, part }));
  if (small(rest) && close(rest.value)) leaks.push({ figure, part: 'without umbrella' });
  return leaks;
}

function subtractionLeaks(carriers: readonly Carrier[], kAnonymity: number): Leak[] {
  const config = configWith(kAnonymity);
  const unsuppressed = configWith(1);
  const parts = partsOf(carriers);
  const funder = buildFunderSummary(period, parts, config, generatedAt);
  const umbrellas = buildUmbrellaSummaries(period, parts, [], config, generatedAt).map(
    ({ summary }) => summary,
  );
  const ids = umbrellas.map((summary) => summary.umbrellaId);
  const partsOfUmbrella = (id: string | undefined) =>
    parts.filter((part) => part.standing.umbrellaId === id);
  const truthOf = (id: string | undefined) =>
    buildFunderSummary(period, partsOfUmbrella(id), unsuppressed, generatedAt);
  const membersOf = (figure: Figure, id: string | undefined) =>
    partsOfUmbrella(id).filter(
      (part) => (figure(buildFunderSummary(period, [part], unsuppressed, generatedAt)) ?? 0) > 0,
    ).length;
  const leaks: Leak[] = [];

  for (const [name, figure] of Object.entries(summaryFigures)) {
    leaks.push(
      ...leaksOf(
        name,
        figure(funder),
        new Map(umbrellas.map((summary) => [summary.umbrellaId, figure(summary)])),
        new Map(
          ids.map((id) => [
            id,
            { value: figure(truthOf(id)) ?? 0, members: membersOf(figure, id) },
          ]),
        ),
        { value: figure(truthOf(undefined)) ?? 0, members: membersOf(figure, undefined) },
        kAnonymity,
      ),
    );
  }
  // Within an umbrella: its `all` − a shown group gives the group's complement.
  for (const summary of umbrellas) {
    for (const model of models) {
      const groups = summary.fundingComparison[model].groups;
      for (const [group, complement] of [
        ['migrantOrganisations', 'otherCarriers'],
        ['withMunicipalFunds', 'withoutMunicipalFunds'],
      ] as const) {
        if ((groups[group].amount === null) !== (groups[complement].amount === null)) {
          leaks.push({
            figure: `fundingComparison.${model}.${group}/${complement}`,
            part: summary.umbrellaId,
          });
        }
      }
    }
  }

  // The comparison: all's groups − each umbrella's (&umbrella=), and all − the umbrellas map.
  const compared = comparedOf(carriers);
  const anyRates: FundingRates = {
    per_new_match: 70,
    per_active_month: 11,
    per_supported_month: 3,
  };
  const all = compareFundingModelsByUmbrella(compared, anyRates, baselineRates(rates), kAnonymity);
  const ofUmbrella = new Map(
    ids.map((id) => [
      id,
      compareFundingModelsByUmbrella(compared, anyRates, baselineRates(rates), kAnonymity, id),
    ]),
  );
  const amountOfGroup = (
    answer: { groups: Record<string, FundingComparisonGroup> },
    group: string,
  ) => answer.groups[group]?.amount;
  const unsuppressedAnswer = (id: string | undefined) =>
    compareFundingModels(
      compared.filter((one) => one.umbrellaId === id),
      anyRates,
      baselineRates(rates),
      1,
    );
  for (const group of groupNames) {
    const restAnswer = unsuppressedAnswer(undefined);
    leaks.push(
      ...leaksOf(
        `comparison.groups.${group}.amount`,
        amountOfGroup(all, group),
        new Map([...ofUmbrella].map(([id, answer]) => [id, amountOfGroup(answer, group)])),
        new Map(
          ids.map((id) => {
            const answer = unsuppressedAnswer(id);
            const members = answer.groups[group].carriers ?? 0;
            return [id, { value: amountOfGroup(answer, group) ?? 0, members }];
          }),
        ),
        {
          value: amountOfGroup(restAnswer, group) ?? 0,
          members: restAnswer.groups[group].carriers ?? 0,
        },
        kAnonymity,
      ),
    );
  }
  const entries = new Map(Object.entries(all.umbrellas ?? {}));
  leaks.push(
    ...leaksOf(
      'comparison.umbrellas.amount',
      all.total,
      new Map([...entries].map(([id, entry]) => [id, entry.amount])),
      new Map(
        [...entries.keys()].map((id) => [
          id,
          {
            value: unsuppressedAnswer(id).total,
            members: unsuppressedAnswer(id).groups.all.carriers ?? 0,
          },
        ]),
      ),
      {
        value: unsuppressedAnswer(undefined).total,
        members: compared.filter((one) => one.umbrellaId === undefined).length,
      },
      kAnonymity,
    ),
  );
  return leaks;
}

const carrierArbitrary = fc.record({
  umbrellaId: fc.constantFrom(undefined, 'u-a', 'u-b', 'u-c', 'u-d'),
  migrant: fc.boolean(),
  municipal: fc.constantFrom(null, true, false),
  fullyThirdParty: fc.boolean(),
  newMatches: fc.integer({ min: 1, max: 9 }),
  activeDays: fc.integer({ min: 1, max: 2000 }),
  supportedMonths: fc.integer({ min: 1, max: 60 }),
  evaluated: fc.constantFrom(0, 0, 1, 2),
});

describe('the subtraction test over the umbrella summaries and comparisons', () => {
  it('recovers no suppressed figure as all − the shown umbrellas (seeded random closes)', () => {
    fc.assert(
      fc.property(
        fc.array(carrierArbitrary, { minLength: 4, maxLength: 40 }),
        fc.constantFrom(3, 5),
        (carriers, kAnonymity) => {
          expect(subtractionLeaks(carriers as Carrier[], kAnonymity)).toEqual([]);
        },
      ),
      { numRuns: 100, seed: 20261204 },
    );
  });

  it('finds the leak the test looks for when nothing but the umbrella’s own rule applied', () => {
    // The check itself can fail: a summary built over the small umbrella alone, as if the
    // others knew nothing of it, leaves u-c's riskFlag as all − u-a − u-b.
    const carriers = [...many(6, 'u-a'), ...many(7, 'u-b'), ...many(3, 'u-c')];
    const config = configWith(5);
    const parts = partsOf(carriers);
    const naive = ['u-a', 'u-b', 'u-c'].map((id) =>
      buildFunderSummary(
        period,
        parts.filter((part) => part.standing.umbrellaId === id),
        config,
        generatedAt,
      ),
    );
    const evaluated = naive.map((summary) =>
      'evaluated' in summary.riskFlag ? summary.riskFlag.evaluated : null,
    );
    const funder = buildFunderSummary(period, parts, config, generatedAt);
    expect(evaluated).toEqual([6, 7, null]);
    expect('evaluated' in funder.riskFlag && funder.riskFlag.evaluated - 6 - 7).toBe(3);
    expect(subtractionLeaks(carriers, 5)).toEqual([]);
  });
});
