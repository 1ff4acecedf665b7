import { beforeAll, describe, expect, it } from 'vitest';
import { closePeriod, createAdminKey } from '../../local/cli/commands';
import { regionDisclosures } from '../../shared/domain/reports/regions';
import { getJson, onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig } from '../support/test-config';

// Issue 20: nothing suppressed can be worked out by subtraction from everything shown. Carriers
// in nested regions near k (Land ⊃ Kreis ⊃ Gemeinde) push facts through the webhook API, the
// period is closed, and every figure the API shows — the funder summary, the comparison and
// every region at the three levels — is read back. Each shown figure that adds something up
// over a set of carriers is that set's 0/1 vector; a reader can compute exactly the linear
// combinations of those vectors (sums, differences, multiples), so a figure is recoverable
// when its vector lies in their span. The test searches the span for any vector supported on
// 1 to k − 1 carriers (a figure of fewer than k carriers, however combined) and finds none;
// the same search over the regions a rule without the nesting would show finds one.

const periodId = '2025';
const k = testFunderConfig.kAnonymity;
const at = '2025-12-01T12:00:00.000Z';

interface Plan {
  readonly municipality?: string;
  readonly migrantOrganisation: boolean;
  readonly municipalFunds: boolean;
}

const many = (count: number, plan: Plan): Plan[] => Array.from({ length: count }, () => plan);

// Land 05: Kreis 05315 (one Gemeinde, 6 migrant organisations), Kreis 05111 (5 carriers with
// municipal funds), Kreis 05334 (Gemeinde 05334002 with 5 and 05334004 with 1: the Gemeinde
// of 5 would single out the other by difference); Land 09 with 4; 2 without a municipality.
const plans: readonly Plan[] = [
  ...many(6, { municipality: '05315000', migrantOrganisation: true, municipalFunds: false }),
  ...many(5, { municipality: '05111000', migrantOrganisation: false, municipalFunds: true }),
  ...many(5, { municipality: '05334002', migrantOrganisation: false, municipalFunds: false }),
  ...many(1, { municipality: '05334004', migrantOrganisation: false, municipalFunds: false }),
  ...many(4, { municipality: '09162000', migrantOrganisation: false, municipalFunds: false }),
  ...many(2, { migrantOrganisation: false, municipalFunds: false }),
];

/** Carrier i starts 1 to 3 matches in the period. */
const newMatchesOf = (index: number) => 1 + (index % 3);

async function sendFacts(
  index: number,
  plan: Plan,
  carrier: Awaited<ReturnType<typeof onboardCarrier>>,
) {
  const bodies: unknown[] = [];
  for (let match = 0; match < newMatchesOf(index); match++) {
    const matchId = `m-${match}`;
    const startedOn = `2025-0${1 + (match % 6)}-1${match % 10}`;
    bodies.push(
      webhook(
        'match.created',
        {
          matchId,
          mentorId: `${matchId}-mentor`,
          menteeId: `${matchId}-mentee`,
          startedOn,
          programme: 'education_work',
          group: false,
        },
        at,
      ),
      webhook(
        'checkin.recorded',
        {
          checkInId: `${matchId}-ci`,
          matchId,
          occurredOn: '2025-08-05',
          with: 'both',
          channel: 'in_person',
        },
        at,
      ),
    );
  }
  bodies.push(
    webhook(
      'funding.reported',
      {
        periodId,
        sources: [
          { kind: 'own_funds', amountEur: 1000 },
          { kind: 'federal_programme', amountEur: 5000 + 100 * index },
          ...(plan.municipalFunds ? [{ kind: 'municipal' as const, amountEur: 2000 }] : []),
        ],
        volunteerCount: 10,
        paidStaffHours: 100,
      },
      at,
    ),
  );
  const responses = await Promise.all(bodies.map((body) => sendWebhook(carrier, body)));
  expect(responses.map((response) => response.status)).toEqual(bodies.map(() => 202));
  await Promise.all(responses.map((response) => response.body?.cancel()));
}

type Members = number[];

const setOf = (member: (plan: Plan) => boolean): Members =>
  plans.map((plan) => (member(plan) ? 1 : 0));
const inRegion = (key: string) => (plan: Plan) => plan.municipality?.startsWith(key) === true;
const sizeOf = (members: Members) => members.reduce((sum, member) => sum + member, 0);

function rank(vectors: readonly Members[]): number {
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
}

/**
 * A set of 1 to k − 1 carriers some combination of the shown sets adds up over, if any. The
 * shown sets cannot tell apart carriers that are in the same ones (a "cell"), so such a set is
 * a union of cells C; some combination is nonzero on C alone exactly when dropping C's columns
 * lowers the rank of the shown vectors.
 */
function recoverableSmallSet(shown: readonly Members[]): number[] | undefined {
  const cells = new Map<string, number[]>();
  plans.forEach((_, carrier) => {
    const signature = shown.map((set) => set[carrier]).join('');
    cells.set(signature, [...(cells.get(signature) ?? []), carrier]);
  });
  const cellList = [...cells.values()];
  const vectors = shown.map((set) => cellList.map((cell) => set[cell[0]!]!));
  const full = rank(vectors);
  const small = cellList
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell }) => cell.length < k);
  const search = (from: number, chosen: number[], size: number): number[] | undefined => {
    if (chosen.length > 0) {
      const kept = vectors.map((vector) => vector.filter((_, index) => !chosen.includes(index)));
      if (rank(kept) < full) return chosen.flatMap((index) => cellList[index]!);
    }
    for (let next = from; next < small.length; next++) {
      const { cell, index } = small[next]!;
      if (size + cell.length >= k) continue;
      const found = search(next + 1, [...chosen, index], size + cell.length);
      if (found) return found;
    }
    return undefined;
  };
  return search(0, [], 0);
}

const regionKeys = [
  ...new Set(
    plans.flatMap((plan) =>
      plan.municipality ? [2, 5, 8].map((n) => plan.municipality!.slice(0, n)) : [],
    ),
  ),
].sort();

interface Shown {
  readonly sets: Members[];
  readonly suppressedRegions: string[];
}

describe('no suppressed figure can be recovered by subtraction (SPEC §6, §13)', () => {
  let adminKey: string;
  let shown: Shown;
  const regionReports = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    await useTableOfItsOwn('suppression');
    for (const [index, plan] of plans.entries()) {
      const carrier = await onboardCarrier({
        name: `Träger ${index}`,
        coordinatorEmail: `koordination-${index}@suppression.example`,
        migrantOrganisation: plan.migrantOrganisation,
        ...(plan.municipality ? { municipality: plan.municipality } : {}),
      });
      await sendFacts(index, plan, carrier);
    }
    await processed();
    await closePeriod(localSystem().urls.api, periodId);
    ({ apiKey: adminKey } = await createAdminKey());

    const sets: Members[] = [];
    const all = setOf(() => true);
    const migrant = setOf((plan) => plan.migrantOrganisation);
    const municipal = setOf((plan) => plan.municipalFunds);
    const complement = (members: Members, within: Members) =>
      within.map((inside, i) => inside - (members[i] ?? 0));
    const intersect = (a: Members, b: Members) => a.map((member, i) => member * (b[i] ?? 0));

    /** The sets a summary-like block shows, over the carriers `scope` (all report funding). */
    const situationSets = (situation: Record<string, unknown>, scope: Members): Members[] => {
      if ('suppressed' in situation && Object.keys(situation).length === 1) return [];
      const migrantShares = situation.migrantOrganisations as Record<string, unknown>;
      const withMunicipal = situation.withMunicipalFunds as Record<string, unknown>;
      return [
        scope,
        ...(migrantShares.shareOfCarriers !== null
          ? [intersect(scope, migrant), complement(intersect(scope, migrant), scope)]
          : []),
        ...(withMunicipal.count !== null
          ? [intersect(scope, municipal), complement(intersect(scope, municipal), scope)]
          : []),
      ];
    };

    const summary = (await getJson(`/v1/periods/${periodId}/report`, adminKey)).body;
    // The carriers block is never suppressed: all, reporting and migrant organisations.
    sets.push(all, migrant, complement(migrant, all));
    sets.push(...situationSets(summary.carrierSituation as Record<string, unknown>, all));
    const comparison = (
      await getJson(`/v1/periods/${periodId}/funding-comparison?per_supported_month=30`, adminKey)
    ).body;
    const groupSets: Record<string, Members> = {
      all,
      migrantOrganisations: migrant,
      otherCarriers: complement(migrant, all),
      withMunicipalFunds: municipal,
      withoutMunicipalFunds: complement(municipal, all),
    };
    for (const [name, group] of Object.entries(
      comparison.groups as Record<string, Record<string, unknown>>,
    )) {
      if (group.carriers !== null) sets.push(groupSets[name]!);
    }

    const suppressedRegions: string[] = [];
    for (const key of regionKeys) {
      const { status, body } = await getJson(
        `/v1/periods/${periodId}/regions/${key}/report`,
        adminKey,
      );
      expect(status).toBe(200);
      regionReports.set(key, body);
      if (body.suppressed === true) {
        suppressedRegions.push(key);
        continue;
      }
      const region = setOf(inRegion(key));
      sets.push(region, ...situationSets(body.carrierSituation as Record<string, unknown>, region));
    }
    shown = { sets, suppressedRegions };
  }, 480_000);

  it('gives and suppresses the regions as the nested rule says', () => {
    expect(shown.suppressedRegions).toEqual(['05334002', '05334004', '09', '09162', '09162000']);
    for (const key of shown.suppressedRegions) {
      expect(regionReports.get(key)).toEqual({
        periodId,
        region: { key, carriers: null },
        suppressed: true,
      });
    }
  });

  it('shows each given region’s figures over exactly its carriers', () => {
    for (const [key, report] of regionReports) {
      if (report.suppressed) continue;
      const members = setOf(inRegion(key));
      const newMatches = members.reduce(
        (sum, member, index) => sum + member * newMatchesOf(index),
        0,
      );
      expect(report.region, key).toEqual({ key, carriers: sizeOf(members) });
      expect((report.matches as { new: number }).new, key).toBe(newMatches);
      expect((report.units as { per_new_match: number }).per_new_match, key).toBe(newMatches);
      expect((report.all as { matches: { new: number } }).matches.new).toBe(
        plans.reduce((sum, _, index) => sum + newMatchesOf(index), 0),
      );
    }
  });

  it('finds no set of 1 to k − 1 carriers in the span of everything shown, alone or together', () => {
    expect(shown.sets.length).toBeGreaterThan(10);
    expect(recoverableSmallSet(shown.sets)).toBeUndefined();
    // Nor any suppressed region's own figures, however many carriers it has.
    for (const key of shown.suppressedRegions) {
      const target = setOf(inRegion(key));
      expect(rank([...shown.sets, target]), key).toBeGreaterThan(rank(shown.sets));
    }
  });

  it('would find one if every region of at least k carriers were shown (the search can fail)', () => {
    const naive = regionKeys
      .filter((key) => sizeOf(setOf(inRegion(key))) >= k)
      .map((key) => setOf(inRegion(key)));
    const found = recoverableSmallSet([...shown.sets, ...naive]);
    expect(found?.map((carrier) => plans[carrier]!.municipality)).toEqual(['05334004']);
    // The domain rule agrees with what the API gave.
    const given = regionDisclosures(
      plans.map((plan) => plan.municipality),
      k,
    )
      .filter((region) => !region.given)
      .map((region) => region.key);
    expect(given).toEqual(shown.suppressedRegions);
  });
});
