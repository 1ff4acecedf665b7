import { beforeAll, describe, expect, it } from 'vitest';
import { closePeriod, createAdminKey } from '../../local/cli/commands';
import { onboardCarrier, processed, sendWebhook, type TestCarrier } from '../support/api';
import { parseCsv } from '../support/csv';
import {
  computeCarrier,
  computeFundingComparison,
  computeSummaryFundingComparison,
  dayNumber,
  isoDay,
  plusDays,
  Rounding,
  type CarrierComputation,
  type FundingRates,
  type IsoDate,
  type SentBody,
  specExampleRules,
} from '../support/independent-report';
import { localSystem } from '../support/local-system-instance';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig } from '../support/test-config';

// SPEC §6 "Comparing funding models" end to end: carriers push a year of matches, check-ins and
// funding reports through the signed webhook API, the period is closed, and every what-if, the
// summary's `fundingComparison` and the CSV must equal test/support/independent-report.ts
// (exact integer arithmetic, written from the spec alone) on the same webhooks.

const rules = specExampleRules;
const periodId = rules.period.id;
const factAt = '2026-06-01T12:00:00.000Z';

interface CarrierPlan {
  readonly migrantOrganisation: boolean;
  /** Funding sources of the period's report; none sent when undefined. */
  readonly sources?: readonly { kind: string; amountEur: number }[];
  /** How many matches start in the period, and how many run through it from before. */
  readonly newMatches: number;
  readonly longMatches: number;
  /** Check-ins per month of a long match (1 = every month, 3 = every third month). */
  readonly checkInEvery: number;
}

function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const date = (low: IsoDate, high: IsoDate) => isoDay(int(dayNumber(low), dayNumber(high)));
  return { next, int, date };
}

const body = (type: string, data: Record<string, unknown>): SentBody => ({
  type,
  timestamp: factAt,
  data,
});

/** The webhooks of one carrier: new and long-running matches, monthly-ish check-ins, funds. */
function bodiesOf(plan: CarrierPlan, seed: number): SentBody[] {
  const random = seeded(seed);
  const bodies: SentBody[] = [];
  const match = (matchId: string, startedOn: IsoDate, endedOn?: IsoDate) => {
    bodies.push(
      body('match.created', {
        matchId,
        mentorId: `${matchId}-mentor`,
        menteeId: `${matchId}-mentee`,
        startedOn,
        programme: 'education_work',
        group: false,
      }),
    );
    const last = endedOn ?? '2025-12-31';
    // Check-ins from shortly before the period on: only months in the period are counted.
    let on = plusDays(startedOn > '2024-11-15' ? startedOn : '2024-11-15', random.int(1, 10));
    let number = 0;
    while (on <= last) {
      bodies.push(
        body('checkin.recorded', {
          checkInId: `${matchId}-ci-${number++}`,
          matchId,
          occurredOn: on,
          with: 'both',
          channel: 'in_person',
        }),
      );
      on = plusDays(on, 30 * plan.checkInEvery + random.int(-5, 5));
    }
    if (endedOn) {
      bodies.push(body('match.ended', { matchId, endedOn, reason: 'planned_end' }));
    }
  };
  for (let index = 0; index < plan.newMatches; index++) {
    const startedOn = random.date('2025-01-01', '2025-11-30');
    const ends = random.next() < 0.4;
    match(
      `n-${index}`,
      startedOn,
      ends
        ? plusDays(startedOn, random.int(20, dayNumber('2025-12-31') - dayNumber(startedOn)))
        : undefined,
    );
  }
  for (let index = 0; index < plan.longMatches; index++) {
    match(`l-${index}`, random.date('2023-06-01', '2024-12-31'));
  }
  if (plan.sources) {
    bodies.push(
      body('funding.reported', {
        periodId,
        sources: plan.sources,
        volunteerCount: 10,
        paidStaffHours: 400,
      }),
    );
  }
  return bodies;
}

interface Deployed {
  readonly carriers: readonly TestCarrier[];
  readonly adminKey: string;
  readonly computed: CarrierComputation[];
  readonly rounding: Rounding;
}

async function deploy(label: string, plans: readonly CarrierPlan[]): Promise<Deployed> {
  await useTableOfItsOwn(label);
  const carriers: TestCarrier[] = [];
  const computed: CarrierComputation[] = [];
  const rounding = new Rounding();
  for (const [index, plan] of plans.entries()) {
    const carrier = await onboardCarrier({
      name: `Träger ${label} ${index}`,
      coordinatorEmail: `koordination-${label}-${index}@traeger.example`,
      migrantOrganisation: plan.migrantOrganisation,
    });
    const bodies = bodiesOf(plan, index + 1);
    for (let start = 0; start < bodies.length; start += 25) {
      const responses = await Promise.all(
        bodies.slice(start, start + 25).map((sent) => sendWebhook(carrier, sent)),
      );
      expect(responses.map((response) => response.status).filter((s) => s !== 202)).toEqual([]);
      await Promise.all(responses.map((response) => response.body?.cancel()));
    }
    carriers.push(carrier);
    computed.push(
      computeCarrier(
        rules,
        { carrierId: carrier.carrierId, migrantOrganisation: plan.migrantOrganisation, bodies },
        rounding,
      ),
    );
  }
  await processed();
  const { apiKey: adminKey } = await createAdminKey();
  return { carriers, adminKey, computed, rounding };
}

async function get(path: string, apiKey?: string) {
  const response = await fetch(`${localSystem().urls.api}${path}`, {
    headers: apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const comparisonPath = (query: string) => `/v1/periods/${periodId}/funding-comparison?${query}`;
const queryOf = (rates: Partial<FundingRates>) =>
  Object.entries(rates)
    .map(([model, rate]) => `${model}=${rate}`)
    .join('&');

async function getComparison(query: string, apiKey: string) {
  const response = await get(comparisonPath(query), apiKey);
  expect(response.status, `${query}: ${response.text.slice(0, 300)}`).toBe(200);
  expect(response.contentType).toContain('application/json');
  return JSON.parse(response.text) as Record<string, unknown>;
}

const ratesOf = (rates: Partial<FundingRates>): FundingRates => ({
  per_new_match: 0,
  per_active_month: 0,
  per_supported_month: 0,
  ...rates,
});

/** Every figure of a JSON answer as `[dotted path, value]`. */
function figureRows(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      figureRows(inner, path ? `${path}.${key}` : key),
    );
  }
  return [[path, value]];
}

// =============================================================================================

/** Fourteen carriers: 6 migrant organisations; 5 with municipal funds, 6 without, 3 not reporting. */
const mainPlans: CarrierPlan[] = [
  // Migrant organisations: few new matches, long support with monthly check-ins.
  {
    migrantOrganisation: true,
    newMatches: 1,
    longMatches: 6,
    checkInEvery: 1,
    sources: [
      { kind: 'federal_programme', amountEur: 20_000 },
      { kind: 'municipal', amountEur: 4_000 },
    ],
  },
  {
    migrantOrganisation: true,
    newMatches: 1,
    longMatches: 5,
    checkInEvery: 1,
    sources: [{ kind: 'federal_programme', amountEur: 15_000 }],
  },
  {
    migrantOrganisation: true,
    newMatches: 2,
    longMatches: 4,
    checkInEvery: 1,
    sources: [
      { kind: 'municipal', amountEur: 6_000 },
      { kind: 'own_funds', amountEur: 500 },
    ],
  },
  {
    migrantOrganisation: true,
    newMatches: 1,
    longMatches: 7,
    checkInEvery: 2,
    sources: [{ kind: 'foundation', amountEur: 9_000 }],
  },
  { migrantOrganisation: true, newMatches: 2, longMatches: 3, checkInEvery: 1 },
  {
    migrantOrganisation: true,
    newMatches: 1,
    longMatches: 2,
    checkInEvery: 1,
    sources: [
      { kind: 'state', amountEur: 3_000 },
      { kind: 'municipal', amountEur: 1_000 },
    ],
  },
  // Other carriers: many new matches, sparse check-ins.
  {
    migrantOrganisation: false,
    newMatches: 6,
    longMatches: 1,
    checkInEvery: 4,
    sources: [
      { kind: 'federal_programme', amountEur: 60_000 },
      { kind: 'municipal', amountEur: 10_000 },
    ],
  },
  {
    migrantOrganisation: false,
    newMatches: 5,
    longMatches: 2,
    checkInEvery: 3,
    sources: [{ kind: 'federal_programme', amountEur: 45_000 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 4,
    longMatches: 0,
    checkInEvery: 3,
    sources: [
      { kind: 'municipal', amountEur: 8_000 },
      { kind: 'donations', amountEur: 700 },
    ],
  },
  {
    migrantOrganisation: false,
    newMatches: 3,
    longMatches: 3,
    checkInEvery: 1,
    sources: [{ kind: 'foundation', amountEur: 12_000 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 5,
    longMatches: 1,
    checkInEvery: 2,
    sources: [
      { kind: 'state', amountEur: 20_000 },
      { kind: 'own_funds', amountEur: 2_000 },
    ],
  },
  {
    migrantOrganisation: false,
    newMatches: 3,
    longMatches: 2,
    checkInEvery: 2,
    sources: [{ kind: 'own_funds', amountEur: 0 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 4,
    longMatches: 2,
    checkInEvery: 6,
    sources: [{ kind: 'donations', amountEur: 1_500 }],
  },
  { migrantOrganisation: false, newMatches: 2, longMatches: 4, checkInEvery: 2 },
];

describe(
  'funding comparison, checked against an independent computation of SPEC §6',
  { timeout: 120_000 },
  () => {
    let scenario: Deployed;

    beforeAll(async () => {
      expect(testFunderConfig).toMatchObject({
        periods: [rules.period],
        fundingModels: rules.fundingModels,
        kAnonymity: rules.kAnonymity,
      });
      scenario = await deploy('comparison-a', mainPlans);
    }, 600_000);

    it('answers 404 before the period is closed, whatever the rates', async () => {
      const response = await get(comparisonPath('per_supported_month=15'), scenario.adminKey);
      expect(response.status).toBe(404);
      expect(response.contentType).toContain('application/problem+json');
    });

    it('closes the period', async () => {
      const closed = await closePeriod(localSystem().urls.api, periodId);
      expect(closed).toEqual({ periodId, carriers: 14, reports: 14 });
    }, 300_000);

    it('answers the mixed-model what-if of SPEC §6 exactly as the independent computation', async () => {
      for (const rates of [
        { per_new_match: 100, per_active_month: 0, per_supported_month: 15 },
        { per_new_match: 50.5, per_active_month: 12.25, per_supported_month: 7 },
        { per_active_month: 40, per_supported_month: 30 },
      ]) {
        const answer = await getComparison(queryOf(rates), scenario.adminKey);
        const expected = {
          periodId,
          ...computeFundingComparison(rules, scenario.computed, ratesOf(rates), scenario.rounding),
        };
        expect(answer, queryOf(rates)).toEqual(expected);
      }
      expect(scenario.rounding.ties).toEqual([]);
    });

    it('answers each single model, and today’s model is its own baseline', async () => {
      for (const rates of [
        { per_new_match: 200 },
        { per_active_month: 20 },
        { per_supported_month: 30 },
      ]) {
        const answer = await getComparison(queryOf(rates), scenario.adminKey);
        const expected = computeFundingComparison(rules, scenario.computed, ratesOf(rates));
        expect(answer).toEqual({ periodId, ...expected });
      }
      const today = await getComparison('per_new_match=200', scenario.adminKey);
      expect(today.total).toBe(today.baselineTotal);
      expect(today.versusBaseline).toEqual({ more: 0, less: 0, similar: 14 });
      // The scenario moves money: support-based funding shifts shares to migrant organisations.
      const supported = await getComparison('per_supported_month=30', scenario.adminKey);
      const migrant = (supported.groups as Record<string, { share: number; baselineShare: number }>)
        .migrantOrganisations!;
      expect(migrant.share).toBeGreaterThan(migrant.baselineShare);
    });

    it('carries the same comparisons in the funder summary (each model alone at the funder’s rate)', async () => {
      const response = await get(`/v1/periods/${periodId}/report`, scenario.adminKey);
      expect(response.status).toBe(200);
      const summary = JSON.parse(response.text) as { fundingComparison: unknown };
      expect(summary.fundingComparison).toEqual(
        computeSummaryFundingComparison(rules, scenario.computed),
      );
      const { periodId: _, ...supported } = await getComparison(
        'per_supported_month=30',
        scenario.adminKey,
      );
      expect((summary.fundingComparison as Record<string, unknown>).per_supported_month).toEqual(
        supported,
      );
    });

    it('puts per-group units on the summary page for its what-if form, and nothing per carrier', async () => {
      const page = await get(`/v1/periods/${periodId}/report?format=html`, scenario.adminKey);
      expect(page.status).toBe(200);
      const data =
        /<script type="application\/json" id="funding-what-if-data">([^<]*)<\/script>/.exec(
          page.text,
        );
      expect(data, 'the what-if data block').not.toBeNull();
      const { groups, baselineRates } = JSON.parse(data![1]!) as {
        groups: Record<string, Record<string, number>>;
        baselineRates: FundingRates;
      };
      expect(baselineRates).toEqual(ratesOf({ per_new_match: rules.fundingModels.per_new_match }));
      const unitsOf = (members: readonly CarrierComputation[]) => ({
        per_new_match: members.reduce((sum, carrier) => sum + carrier.figures.matches.new, 0),
        per_active_month:
          Math.round(
            (members.reduce((sum, carrier) => sum + carrier.parts.activeDays, 0) / 30) * 10_000,
          ) / 10_000,
        per_supported_month: members.reduce(
          (sum, carrier) => sum + carrier.parts.supportedMonths,
          0,
        ),
      });
      const migrant = scenario.computed.filter((carrier) => carrier.migrantOrganisation);
      expect(Object.keys(groups).sort()).toEqual([
        'all',
        'migrantOrganisations',
        'otherCarriers',
        'withMunicipalFunds',
        'withoutMunicipalFunds',
      ]);
      expect(groups.all).toEqual(unitsOf(scenario.computed));
      expect(groups.migrantOrganisations).toEqual(unitsOf(migrant));
      // The page is allowed to run exactly its own script: its hash is in the page's CSP.
      expect(page.text).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    });

    it('rejects bad rates and unknown parameters with a 400 and a reason', async () => {
      for (const query of [
        '',
        'per_new_match=0',
        'per_new_match=0&per_active_month=0&per_supported_month=0',
        'per_new_match=-5',
        'per_new_match=100&per_active_month=-0.5',
        'per_new_match=abc',
        'per_new_match=Infinity',
        'per_new_match=NaN',
        'per_new_match=1e400',
        'per_new_match=',
        'per_new_match=100&per_month=5',
        'per_new_match=100&format=html',
        'per_new_match=100&periodId=2024',
      ]) {
        const response = await get(comparisonPath(query), scenario.adminKey);
        expect(response.status, query).toBe(400);
        expect(response.contentType, query).toContain('application/problem+json');
        expect((JSON.parse(response.text) as { detail?: string }).detail, query).toBeTruthy();
      }
      const unknown = await get(comparisonPath('per_new_match=100&per_month=5'), scenario.adminKey);
      expect(unknown.text).toContain('per_month');
    });

    it('is for the admin key only: a carrier key gets 404, no or a wrong key 401', async () => {
      const query = 'per_supported_month=15';
      const carrierKey = scenario.carriers[0]!.apiKey;
      const asCarrier = await get(comparisonPath(query), carrierKey);
      expect(asCarrier.status).toBe(404);
      expect(asCarrier.text).not.toContain('groups');
      expect((await get(comparisonPath(query))).status).toBe(401);
      expect((await get(comparisonPath(query), 'tdm_not-a-real-key-at-all')).status).toBe(401);
      // A period that was never closed.
      const other = await get(`/v1/periods/2030/funding-comparison?${query}`, scenario.adminKey);
      expect(other.status).toBe(404);
    });

    it('writes the answer as CSV, a row per figure, equal to the JSON', async () => {
      const query = 'per_new_match=100&per_supported_month=15&format=csv';
      const response = await get(comparisonPath(query), scenario.adminKey);
      expect(response.status).toBe(200);
      expect(response.contentType).toContain('text/csv');
      const json = await getComparison(
        'per_new_match=100&per_supported_month=15',
        scenario.adminKey,
      );
      const [header, ...rows] = parseCsv(response.text);
      expect(header).toEqual(['section', 'figure', 'value']);
      const byFigure = new Map(rows.map((row) => [row[1]!, row[2]!]));
      expect(byFigure.get('periodId')).toBe(periodId);
      const figures = figureRows(json).filter(([path]) => path !== 'periodId');
      expect(rows).toHaveLength(figures.length + 1);
      for (const [path, value] of figures) {
        expect(byFigure.has(path), path).toBe(true);
        const cell = byFigure.get(path)!;
        if (value === null) expect(cell, path).toBe('');
        else expect(Number(cell), path).toBeCloseTo(value as number, 6);
      }
    });
  },
);

/**
 * Seven carriers: 2 migrant organisations (suppressed), 5 others; 2 reporting with municipal
 * funds (suppressed), 4 without (suppressed); and counts of movers below k.
 */
const smallPlans: CarrierPlan[] = [
  {
    migrantOrganisation: true,
    newMatches: 1,
    longMatches: 5,
    checkInEvery: 1,
    sources: [{ kind: 'municipal', amountEur: 2_000 }],
  },
  {
    migrantOrganisation: true,
    newMatches: 1,
    longMatches: 4,
    checkInEvery: 1,
    sources: [{ kind: 'federal_programme', amountEur: 5_000 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 4,
    longMatches: 0,
    checkInEvery: 4,
    sources: [{ kind: 'municipal', amountEur: 3_000 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 3,
    longMatches: 1,
    checkInEvery: 3,
    sources: [{ kind: 'state', amountEur: 4_000 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 3,
    longMatches: 1,
    checkInEvery: 2,
    sources: [{ kind: 'foundation', amountEur: 1_000 }],
  },
  {
    migrantOrganisation: false,
    newMatches: 2,
    longMatches: 2,
    checkInEvery: 2,
    sources: [{ kind: 'donations', amountEur: 800 }],
  },
  { migrantOrganisation: false, newMatches: 2, longMatches: 2, checkInEvery: 2 },
];

describe(
  'funding comparison under k-anonymity: small groups and small counts',
  { timeout: 120_000 },
  () => {
    let scenario: Deployed;

    beforeAll(async () => {
      scenario = await deploy('comparison-b', smallPlans);
      await closePeriod(localSystem().urls.api, periodId);
    }, 600_000);

    it('suppresses groups and counts of 1 to k − 1 carriers, as the independent computation does', async () => {
      const rates = { per_new_match: 50, per_supported_month: 20 };
      const answer = await getComparison(queryOf(rates), scenario.adminKey);
      const expected = computeFundingComparison(rules, scenario.computed, ratesOf(rates));
      expect(answer).toEqual({ periodId, ...expected });
      const suppressed = {
        carriers: null,
        amount: null,
        share: null,
        baselineShare: null,
        suppressed: true,
      };
      expect(answer.groups).toMatchObject({
        all: { carriers: 7 },
        migrantOrganisations: suppressed,
        // Five carriers, but all − otherCarriers would give the migrant organisations: the
        // pair goes together (SPEC §6, complementary groups).
        otherCarriers: suppressed,
        withMunicipalFunds: suppressed,
        withoutMunicipalFunds: suppressed,
      });
      // Seven carriers cannot split into three counts of 0 or ≥ 5 unless one holds them all.
      expect(answer.versusBaseline).toMatchObject({ suppressed: true });
      expect(Object.values(answer.versusBaseline as object)).toContain(null);
    });

    it('suppresses the same in the summary and in its CSV', async () => {
      const summary = JSON.parse(
        (await get(`/v1/periods/${periodId}/report`, scenario.adminKey)).text,
      ) as { fundingComparison: unknown };
      expect(summary.fundingComparison).toEqual(
        computeSummaryFundingComparison(rules, scenario.computed),
      );
      const csv = await get(
        comparisonPath('per_new_match=50&per_supported_month=20&format=csv'),
        scenario.adminKey,
      );
      const rows = parseCsv(csv.text);
      expect(rows).toContainEqual(['comparison', 'groups.migrantOrganisations.suppressed', 'true']);
      expect(rows).toContainEqual(['comparison', 'groups.migrantOrganisations.amount', '']);
      expect(rows).toContainEqual(['comparison', 'groups.otherCarriers.amount', '']);
      expect(rows).toContainEqual(['comparison', 'versusBaseline.suppressed', 'true']);
    });
  },
);
