import { beforeAll, describe, expect, it } from 'vitest';
import { closePeriod, createAdminKey } from '../../local/cli/commands';
import { createApiKey } from '../../shared/data/api-keys';
import { createCarrier } from '../../shared/data/carrier-onboarding';
import { carrierParts, type CarrierClosePart } from '../../shared/data/period-closes';
import { latestFunderSummary, latestUmbrellaSummary } from '../../shared/data/report-records';
import { addUmbrella } from '../../shared/data/umbrellas';
import { buildFunderSummary } from '../../shared/domain/reports/build-reports';
import {
  baselineRates,
  compareFundingModels,
  comparedCarrierOf,
} from '../../shared/domain/reports/funding-comparison';
import type { FunderSummary, UmbrellaSummary } from '../../shared/schemas/reports';
import { getJson, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { parseCsv } from '../support/csv';
import { localSystem } from '../support/local-system-instance';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig } from '../support/test-config';

// SPEC §6 umbrella summaries through a real close on the local system: carriers of three
// umbrellas push matches, check-ins and funding reports through the signed webhook API, the
// period is closed, and each umbrella's summary must be the funder summary over its carriers
// (buildFunderSummary over the close's stored parts of those carriers), suppressed also
// where all − the other umbrellas would give a small umbrella's figures.

const periodId = '2025';
const period = testFunderConfig.periods[0]!;
const config = testFunderConfig;
const factAt = '2026-01-10T12:00:00.000Z';

interface Deployed {
  readonly umbrellas: Record<'a' | 'b' | 'c' | 'empty', string>;
  readonly carriers: readonly (TestCarrier & { umbrellaId: string })[];
  readonly adminKey: string;
}

async function onboard(umbrellaId: string, index: number, migrant: boolean) {
  const created = await createCarrier({
    name: `Träger ${umbrellaId} ${index}`,
    coordinatorEmail: `koordination-${index}@umbrella-${umbrellaId}.example`,
    migrantOrganisation: migrant,
    umbrellaId,
  });
  const apiKey = await createApiKey({ kind: 'carrier', carrierId: created.carrierId });
  const carrier = { carrierId: created.carrierId, webhookSecret: created.webhookSecret, apiKey };
  // Two matches: one of the period, evaluated by the at-risk flag, and one from before it.
  const bodies = [
    webhook(
      'match.created',
      {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-01-15',
        programme: 'education_work',
        group: false,
      },
      factAt,
    ),
    webhook(
      'match.created',
      {
        matchId: 'm-2',
        mentorId: 'p-3',
        menteeId: 'p-4',
        startedOn: `2024-0${1 + (index % 9)}-10`,
        programme: 'education_work',
        group: false,
      },
      factAt,
    ),
    ...['2025-02-10', '2025-03-12', `2025-0${4 + (index % 5)}-20`].map((occurredOn, number) =>
      webhook(
        'checkin.recorded',
        { checkInId: `ci-${number}`, matchId: 'm-1', occurredOn, with: 'both', channel: 'phone' },
        factAt,
      ),
    ),
    webhook(
      'match.ended',
      { matchId: 'm-2', endedOn: '2025-09-30', reason: 'planned_end' },
      factAt,
    ),
    webhook(
      'funding.reported',
      {
        periodId,
        sources: [
          { kind: 'federal_programme', amountEur: 20_000 + 1_000 * index },
          { kind: 'municipal', amountEur: 2_000 },
          { kind: 'own_funds', amountEur: 500 },
        ],
        volunteerCount: 8,
        paidStaffHours: 300,
      },
      factAt,
    ),
  ];
  for (const body of bodies) {
    const response = await sendWebhook(carrier, body);
    expect(response.status).toBe(202);
    await response.body?.cancel();
  }
  return { ...carrier, umbrellaId };
}

async function get(path: string, apiKey: string) {
  const response = await fetch(`${localSystem().urls.api}${path}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const summaryPath = (umbrellaId: string, query = '') =>
  `/v1/periods/${periodId}/umbrellas/${umbrellaId}/report${query}`;

describe('umbrella summaries at the close (SPEC §6)', { timeout: 120_000 }, () => {
  let deployed: Deployed;
  let parts: CarrierClosePart[];

  beforeAll(async () => {
    await useTableOfItsOwn('umbrella-summaries');
    const add = async (name: string) => (await addUmbrella({ name })).umbrellaId;
    const umbrellas = {
      a: await add('Dachverband A'),
      b: await add('Dachverband B'),
      c: await add('Dachverband C'),
      empty: await add('Dachverband ohne Träger'),
    };
    const plan: [string, boolean][] = [
      ...Array.from({ length: 6 }, (_, index): [string, boolean] => [umbrellas.a, index < 3]),
      ...Array.from({ length: 7 }, (): [string, boolean] => [umbrellas.b, false]),
      ...Array.from({ length: 2 }, (): [string, boolean] => [umbrellas.c, false]),
    ];
    const carriers = [];
    for (const [index, [umbrellaId, migrant]] of plan.entries()) {
      carriers.push(await onboard(umbrellaId, index, migrant));
    }
    await processed();
    const { apiKey: adminKey } = await createAdminKey();
    deployed = { umbrellas, carriers, adminKey };
  }, 600_000);

  it('answers 404 before the close', async () => {
    const response = await get(summaryPath(deployed.umbrellas.b), deployed.adminKey);
    expect(response.status).toBe(404);
  });

  it('closes the period and stores a summary per umbrella, the one without carriers too', async () => {
    expect(config.kAnonymity).toBe(5);
    const closed = await closePeriod(localSystem().urls.api, periodId);
    expect(closed).toEqual({ periodId, carriers: 15, reports: 15 });
    // The funder summary asks for each umbrella's, an event each.
    await processed();
    const close = await latestFunderSummary(periodId);
    parts = await carrierParts(periodId, close!.revision);
    for (const umbrellaId of Object.values(deployed.umbrellas)) {
      const record = await latestUmbrellaSummary(periodId, umbrellaId);
      expect(record?.revision, umbrellaId).toBe(close!.revision);
      expect(Object.keys(record?.htmlFiles ?? {}).sort()).toEqual([
        'ar',
        'de',
        'en',
        'fa',
        'ru',
        'tr',
        'uk',
      ]);
    }
  }, 300_000);

  const summaryOf = async (umbrellaId: string) => {
    const { status, body } = await getJson(summaryPath(umbrellaId), deployed.adminKey);
    expect(status).toBe(200);
    return body as unknown as UmbrellaSummary;
  };
  const expectedOf = (umbrellaId: string, generatedAt: string): FunderSummary =>
    buildFunderSummary(
      period,
      parts.filter((part) => part.standing.umbrellaId === umbrellaId),
      config,
      new Date(generatedAt),
    );

  it('gives the funder summary over the umbrella’s carriers, plus umbrellaId', async () => {
    const summary = await summaryOf(deployed.umbrellas.b);
    expect(summary).toEqual({
      ...expectedOf(deployed.umbrellas.b, summary.generatedAt),
      umbrellaId: deployed.umbrellas.b,
    });
    expect(summary.carriers).toEqual({ total: 7, reporting: 7, migrantOrganisations: 0 });
    expect(summary.matches.new).toBe(7);
    expect(summary.carrierSituation).toHaveProperty('thirdPartyShare');
    expect(summary.riskFlag).toHaveProperty('evaluated');
  });

  it('suppresses a small umbrella’s figures (k-anonymity) and the smallest other one’s with them', async () => {
    const small = await summaryOf(deployed.umbrellas.c);
    const expected = expectedOf(deployed.umbrellas.c, small.generatedAt);
    expect(small.carriers).toEqual({ total: 2, reporting: 2, migrantOrganisations: 0 });
    expect(small.matches).toEqual(expected.matches);
    expect(small.funding).toEqual(expected.funding);
    expect(small.carrierSituation).toEqual({ suppressed: true });
    expect(small.riskFlag).toEqual({ suppressed: true });
    // all − B would give A + C; A (6 carriers, the smallest other) goes too, so it gives 8.
    const other = await summaryOf(deployed.umbrellas.a);
    expect(other.matches).toEqual(expectedOf(deployed.umbrellas.a, other.generatedAt).matches);
    expect(other.carrierSituation).toEqual({ suppressed: true });
    expect(other.riskFlag).toEqual({ suppressed: true });
    expect(other.fundingComparison.per_supported_month.groups.withMunicipalFunds).toMatchObject({
      suppressed: true,
    });
    const empty = await summaryOf(deployed.umbrellas.empty);
    expect(empty.carriers).toEqual({ total: 0, reporting: 0, migrantOrganisations: 0 });
    expect(empty.matches.new).toBe(0);
  });

  it('answers CSV and HTML, the page in the funder’s language or ?lang=ar', async () => {
    const csv = await get(summaryPath(deployed.umbrellas.b, '?format=csv'), deployed.adminKey);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    const rows = parseCsv(csv.text);
    expect(rows).toContainEqual(['report', 'umbrellaId', deployed.umbrellas.b]);
    expect(rows).toContainEqual(['matches', 'new', '7']);
    const german = await get(summaryPath(deployed.umbrellas.b, '?format=html'), deployed.adminKey);
    expect(german.status).toBe(200);
    expect(german.text).toContain('<html lang="de" dir="ltr">');
    expect(german.text).toContain('Dachverband B');
    const arabic = await get(
      summaryPath(deployed.umbrellas.b, '?format=html&lang=ar'),
      deployed.adminKey,
    );
    expect(arabic.status).toBe(200);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    const unknownLanguage = await get(
      summaryPath(deployed.umbrellas.b, '?format=html&lang=xx'),
      deployed.adminKey,
    );
    expect(unknownLanguage.status).toBe(400);
  });

  it('answers 404 to a carrier’s key and for an unknown umbrella', async () => {
    const carrierKey = deployed.carriers[0]!.apiKey;
    expect((await get(summaryPath(deployed.umbrellas.b), carrierKey)).status).toBe(404);
    expect((await get(summaryPath('u-0000000000000000'), deployed.adminKey)).status).toBe(404);
    expect((await get(summaryPath('u#x'), deployed.adminKey)).status).toBe(404);
  });

  const comparison = async (query: string) => {
    const { status, body } = await getJson(
      `/v1/periods/${periodId}/funding-comparison?${query}`,
      deployed.adminKey,
    );
    expect(status, query).toBe(200);
    return body;
  };
  const rates = { per_new_match: 100, per_active_month: 10, per_supported_month: 15 };
  const rateQuery = 'per_new_match=100&per_active_month=10&per_supported_month=15';
  const comparedOf = (umbrellaId?: string) =>
    parts
      .filter((part) => umbrellaId === undefined || part.standing.umbrellaId === umbrellaId)
      .map((part) => comparedCarrierOf(part.units, part.standing));

  it('compares the funding models over one umbrella’s carriers with &umbrella=', async () => {
    const answer = await comparison(`${rateQuery}&umbrella=${deployed.umbrellas.b}`);
    expect(answer).toEqual({
      periodId,
      ...compareFundingModels(
        comparedOf(deployed.umbrellas.b),
        rates,
        baselineRates(config.fundingModels),
        config.kAnonymity,
      ),
    });
    const response = await get(
      `/v1/periods/${periodId}/funding-comparison?${rateQuery}&umbrella=u-0000000000000000`,
      deployed.adminKey,
    );
    expect(response.status).toBe(404);
  });

  it('gives one entry per umbrella with carriers, suppressed with the smallest other one', async () => {
    const answer = await comparison(rateQuery);
    const all = compareFundingModels(
      comparedOf(),
      rates,
      baselineRates(config.fundingModels),
      config.kAnonymity,
    );
    const b = compareFundingModels(
      comparedOf(deployed.umbrellas.b),
      rates,
      baselineRates(config.fundingModels),
      config.kAnonymity,
    );
    const suppressed = {
      carriers: null,
      amount: null,
      share: null,
      baselineShare: null,
      suppressed: true,
    };
    expect(answer).toEqual({
      periodId,
      ...all,
      umbrellas: {
        [deployed.umbrellas.a]: suppressed,
        [deployed.umbrellas.b]: {
          carriers: 7,
          amount: b.total,
          share: Math.round((b.total / all.total) * 10_000) / 10_000,
          baselineShare: Math.round((b.baselineTotal / all.baselineTotal) * 10_000) / 10_000,
        },
        [deployed.umbrellas.c]: suppressed,
      },
    });
    const csv = await get(
      `/v1/periods/${periodId}/funding-comparison?${rateQuery}&format=csv`,
      deployed.adminKey,
    );
    const rows = parseCsv(csv.text);
    expect(rows).toContainEqual(['umbrellas', `${deployed.umbrellas.b}.carriers`, '7']);
    expect(rows).toContainEqual(['umbrellas', `${deployed.umbrellas.c}.suppressed`, 'true']);
  });

  it('lets no suppressed figure be recovered as all − the shown umbrellas', async () => {
    const funder = (await getJson(`/v1/periods/${periodId}/report`, deployed.adminKey))
      .body as unknown as FunderSummary;
    const ids = [deployed.umbrellas.a, deployed.umbrellas.b, deployed.umbrellas.c];
    const summaries = await Promise.all(ids.map(summaryOf));
    const unsuppressed = { ...config, kAnonymity: 1 };
    const truthOf = (id: string) =>
      buildFunderSummary(
        period,
        parts.filter((part) => part.standing.umbrellaId === id),
        unsuppressed,
        new Date(),
      );
    const figures: Record<string, (summary: FunderSummary) => number | null> = {
      'riskFlag.evaluated': (s) => ('evaluated' in s.riskFlag ? s.riskFlag.evaluated : null),
      'withMunicipalFunds.count': (s) =>
        'thirdPartyShare' in s.carrierSituation
          ? s.carrierSituation.withMunicipalFunds.count
          : null,
      'atLeast90ThirdParty.count': (s) =>
        'thirdPartyShare' in s.carrierSituation
          ? s.carrierSituation.atLeast90ThirdParty.count
          : null,
      'per_supported_month.withMunicipalFunds.amount': (s) =>
        s.fundingComparison.per_supported_month.groups.withMunicipalFunds.amount,
      'per_active_month.otherCarriers.amount': (s) =>
        s.fundingComparison.per_active_month.groups.otherCarriers.amount,
    };
    const recovered: string[] = [];
    for (const [name, figure] of Object.entries(figures)) {
      const total = figure(funder);
      if (total === null) continue;
      const remainder = summaries.reduce((sum, summary) => sum - (figure(summary) ?? 0), total);
      for (const [index, summary] of summaries.entries()) {
        const truth = figure(truthOf(ids[index]!));
        if (figure(summary) === null && truth !== null && Math.abs(remainder - truth) < 0.02) {
          recovered.push(`${name} of ${summary.umbrellaId}`);
        }
      }
    }
    // The comparison: all − the shown umbrella entries.
    const answer = await comparison(rateQuery);
    const entries = answer.umbrellas as Record<string, { amount: number | null }>;
    const remainder = ids.reduce(
      (sum, id) => sum - (entries[id]?.amount ?? 0),
      answer.total as number,
    );
    for (const id of ids) {
      const own = compareFundingModels(comparedOf(id), rates, baselineRates(rates), 1);
      if (entries[id]?.amount === null && Math.abs(remainder - own.total) < 0.02) {
        recovered.push(`comparison amount of ${id}`);
      }
    }
    expect(recovered).toEqual([]);
  });
});
