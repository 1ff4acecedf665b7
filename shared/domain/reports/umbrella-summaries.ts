import type { FunderConfig } from '../../config/funder-config';
import type { FunderSummary, UmbrellaSummary } from '../../schemas/reports';
import { buildFunderSummary } from './build-reports';
import { carrierSituation, isReporting } from './carrier-situation';
import {
  comparedCarrierOf,
  fundingUnitsOf,
  publishableGroupUnits,
  summaryFundingComparison,
  type GroupUnits,
} from './funding-comparison';
import { identifies, pairIdentifies } from './k-anonymity';
import type { PeriodTally } from './period-tally';
import type { CarrierStanding, Period } from './report-inputs';
import {
  hiddenAcrossUmbrellas,
  umbrellaHiddenGroups,
  umbrellasOf,
  type MembersByUmbrella,
} from './umbrella-suppression';

/** A carrier of the close as the summaries see it. */
export interface SummarizedCarrier {
  readonly tally: PeriodTally;
  readonly standing: CarrierStanding;
}

/** The summary's figures that k-anonymity may suppress and a reader could add up. */
type HiddenFigure =
  'riskFlag' | 'situation' | 'fullyThirdParty' | 'atLeast90ThirdParty' | 'municipal' | 'migrant';

/** How many carriers each suppressible figure counts in a set of carriers. */
function figureMembers(carriers: readonly SummarizedCarrier[]) {
  const standings = carriers.map((carrier) => carrier.standing);
  // With k = 1 nothing is suppressed: the counts themselves (none without reporting carriers).
  const raw = carrierSituation(standings, 1);
  const counts = 'thirdPartyShare' in raw ? raw : undefined;
  const reporting = standings.filter(isReporting).length;
  const withMunicipal = counts?.withMunicipalFunds.count ?? 0;
  const migrant = standings.filter((standing) => standing.migrantOrganisation).length;
  return {
    riskFlag: carriers.filter((carrier) => (carrier.tally.riskFlag?.evaluated ?? 0) > 0).length,
    reporting,
    fullyThirdParty: counts?.fullyThirdParty.count ?? 0,
    atLeast90ThirdParty: counts?.atLeast90ThirdParty.count ?? 0,
    withMunicipal,
    withoutMunicipal: reporting - withMunicipal,
    migrant,
    nonMigrant: standings.length - migrant,
  };
}
type FigureMembers = ReturnType<typeof figureMembers>;

/** Each figure a reader could subtract: which members it counts, and what it hides with. */
const families: readonly {
  figure: HiddenFigure;
  members: (members: FigureMembers) => number;
  /** Hidden also when this whole block is. */
  within?: HiddenFigure;
}[] = [
  { figure: 'riskFlag', members: (m) => m.riskFlag },
  { figure: 'situation', members: (m) => m.reporting },
  { figure: 'fullyThirdParty', members: (m) => m.fullyThirdParty, within: 'situation' },
  { figure: 'atLeast90ThirdParty', members: (m) => m.atLeast90ThirdParty, within: 'situation' },
  { figure: 'municipal', members: (m) => m.withMunicipal, within: 'situation' },
  { figure: 'municipal', members: (m) => m.withoutMunicipal, within: 'situation' },
  { figure: 'migrant', members: (m) => m.migrant, within: 'situation' },
  { figure: 'migrant', members: (m) => m.nonMigrant, within: 'situation' },
];

/** What the summary's own k-anonymity hides (build-reports.ts, carrier-situation.ts). */
const ownHidden = (m: FigureMembers, k: number): Set<HiddenFigure> => {
  const hidden = new Set<HiddenFigure>();
  if (identifies(m.riskFlag, k)) hidden.add('riskFlag');
  if (m.reporting < k) hidden.add('situation');
  if (identifies(m.fullyThirdParty, k)) hidden.add('fullyThirdParty');
  if (identifies(m.atLeast90ThirdParty, k)) hidden.add('atLeast90ThirdParty');
  if (pairIdentifies(m.withMunicipal, m.withoutMunicipal, k)) hidden.add('municipal');
  if (pairIdentifies(m.migrant, m.nonMigrant, k)) hidden.add('migrant');
  return hidden;
};

/**
 * Each umbrella's suppressed figures: its own, and those all − the shown umbrellas would give
 * (`hiddenAcrossUmbrellas`), until nothing changes.
 */
function hiddenFigures(
  carriers: readonly (SummarizedCarrier & { readonly umbrellaId?: string })[],
  umbrellas: readonly string[],
  kAnonymity: number,
): Map<string, Set<HiddenFigure>> {
  const membersOf = new Map(
    umbrellas.map((id) => [
      id,
      figureMembers(carriers.filter((carrier) => carrier.umbrellaId === id)),
    ]),
  );
  const rest = figureMembers(carriers.filter((carrier) => carrier.umbrellaId === undefined));
  const hidden = new Map(
    [...membersOf].map(([id, members]) => [id, ownHidden(members, kAnonymity)] as const),
  );
  const isHidden = (id: string, figure: HiddenFigure, within?: HiddenFigure) =>
    hidden.get(id)?.has(figure) === true || (within !== undefined && hidden.get(id)?.has(within));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { figure, members, within } of families) {
      const counts: MembersByUmbrella = {
        byUmbrella: new Map([...membersOf].map(([id, m]) => [id, members(m)])),
        withoutUmbrella: members(rest),
      };
      const before = new Set(umbrellas.filter((id) => isHidden(id, figure, within)));
      for (const id of hiddenAcrossUmbrellas(counts, before, kAnonymity)) {
        if (before.has(id)) continue;
        hidden.get(id)?.add(figure);
        changed = true;
      }
    }
  }
  return hidden;
}

const suppressedCount = { count: null, share: null, suppressed: true } as const;

/** The summary with `figures` suppressed as its own k-anonymity would suppress them. */
function withHidden(summary: FunderSummary, figures: ReadonlySet<HiddenFigure>): FunderSummary {
  const situation = summary.carrierSituation;
  const shownSituation =
    figures.has('situation') || !('thirdPartyShare' in situation)
      ? ({ suppressed: true } as const)
      : {
          ...situation,
          ...(figures.has('fullyThirdParty') ? { fullyThirdParty: suppressedCount } : {}),
          ...(figures.has('atLeast90ThirdParty') ? { atLeast90ThirdParty: suppressedCount } : {}),
          ...(figures.has('municipal')
            ? { withMunicipalFunds: suppressedCount, municipalShareOfFunds: null }
            : {}),
          ...(figures.has('migrant')
            ? {
                migrantOrganisations: {
                  ...situation.migrantOrganisations,
                  shareOfCarriers: null,
                  shareOfActiveMatches: null,
                  suppressed: true as const,
                },
              }
            : {}),
        };
  return {
    ...summary,
    riskFlag: figures.has('riskFlag') ? { suppressed: true } : summary.riskFlag,
    carrierSituation: shownSituation,
  };
}

/** An umbrella's summary and the units of the groups its page's what-if may show. */
export interface BuiltUmbrellaSummary {
  readonly summary: UmbrellaSummary;
  readonly groupUnits: GroupUnits;
}

/**
 * SPEC §6: the umbrella summaries of a close, one per umbrella of `umbrellaIds` and of the
 * carriers: the funder summary's figures over its carriers only (`buildFunderSummary`), plus
 * `umbrellaId`, with suppression across umbrellas so that all − the others gives no
 * suppressed figure (umbrella-suppression.ts); and the units of its groups its page may
 * show (`publishableGroupUnits`). Suppression needs every carrier of the close, whichever
 * umbrellas are built.
 */
export function buildUmbrellaSummaries(
  period: Period,
  carriers: readonly SummarizedCarrier[],
  umbrellaIds: Iterable<string>,
  config: FunderConfig,
  generatedAt: Date,
  only?: string,
): BuiltUmbrellaSummary[] {
  const withUmbrella = carriers.map((carrier) => ({
    ...carrier,
    umbrellaId: carrier.standing.umbrellaId,
    compared: comparedCarrierOf(fundingUnitsOf(carrier.tally), carrier.standing),
  }));
  const umbrellas = umbrellasOf(withUmbrella, umbrellaIds);
  const figures = hiddenFigures(withUmbrella, umbrellas, config.kAnonymity);
  const groups = umbrellaHiddenGroups(
    withUmbrella.map((carrier) => ({ ...carrier.compared, umbrellaId: carrier.umbrellaId })),
    umbrellas,
    config.kAnonymity,
  );
  const built = (umbrellaId: string): BuiltUmbrellaSummary => {
    const members = withUmbrella.filter((carrier) => carrier.umbrellaId === umbrellaId);
    const compared = members.map((carrier) => carrier.compared);
    const hiddenGroups = groups.get(umbrellaId) ?? [];
    const summary = buildFunderSummary(period, members, config, generatedAt);
    return {
      summary: {
        ...withHidden(summary, figures.get(umbrellaId) ?? new Set()),
        fundingComparison: summaryFundingComparison(
          compared,
          config.fundingModels,
          config.kAnonymity,
          hiddenGroups,
        ),
        umbrellaId,
      },
      groupUnits: publishableGroupUnits(compared, config.kAnonymity, hiddenGroups),
    };
  };
  return only === undefined ? umbrellas.map(built) : [built(only)];
}

/** One umbrella's summary of a close (see `buildUmbrellaSummaries`). */
export const buildUmbrellaSummary = (
  period: Period,
  carriers: readonly SummarizedCarrier[],
  umbrellaId: string,
  config: FunderConfig,
  generatedAt: Date,
): BuiltUmbrellaSummary =>
  buildUmbrellaSummaries(period, carriers, [umbrellaId], config, generatedAt, umbrellaId)[0]!;
