import type { FundingComparisonGroupName } from '../../schemas/funding-comparison';
import { fundingComparisonGroupNames } from '../../schemas/funding-comparison-names';
import { groupMembers, suppressedGroups, type ComparedCarrier } from './funding-comparison';
import { identifies } from './k-anonymity';

/**
 * Complementary suppression across umbrellas (SPEC §6, docs/report-definitions.md). A figure
 * summed over carriers is shown for all of them (funder summary, comparison) and for each
 * umbrella; the umbrellas and the carriers without one (never shown apart) add up to all. So
 * all − the shown umbrellas = the suppressed umbrellas + the carriers without umbrella: when
 * those have 1 to k − 1 members between them, the smallest shown umbrella is suppressed too,
 * and the next, until they have none or at least k.
 */

/** How many carriers a figure counts in each umbrella, and among those without umbrella. */
export interface MembersByUmbrella {
  readonly byUmbrella: ReadonlyMap<string, number>;
  readonly withoutUmbrella: number;
}

/** The umbrellas whose figure is suppressed: `hidden` and those suppressed with them. */
export function hiddenAcrossUmbrellas(
  members: MembersByUmbrella,
  hidden: ReadonlySet<string>,
  kAnonymity: number,
): Set<string> {
  const result = new Set(hidden);
  const membersOf = (umbrellaId: string) => members.byUmbrella.get(umbrellaId) ?? 0;
  let recoverable =
    members.withoutUmbrella + [...result].reduce((sum, id) => sum + membersOf(id), 0);
  while (identifies(recoverable, kAnonymity)) {
    const [smallest] = [...members.byUmbrella.keys()]
      .filter((id) => !result.has(id) && membersOf(id) > 0)
      .sort((a, b) => membersOf(a) - membersOf(b) || a.localeCompare(b));
    // None left: then all is itself over 1 to k − 1 carriers, and suppressed by its own rule.
    if (smallest === undefined) break;
    result.add(smallest);
    recoverable += membersOf(smallest);
  }
  return result;
}

/** A carrier of a close as the comparison per umbrella sees it. */
export interface UmbrellaCarrier extends ComparedCarrier {
  readonly umbrellaId?: string;
}

/** Counts carriers per umbrella (every one of `umbrellaIds`, 0 if none) and without one. */
export function membersByUmbrella<Carrier extends { readonly umbrellaId?: string }>(
  carriers: readonly Carrier[],
  umbrellaIds: Iterable<string>,
  counts: (carrier: Carrier) => boolean = () => true,
): MembersByUmbrella {
  const byUmbrella = new Map<string, number>([...umbrellaIds].map((id) => [id, 0]));
  let withoutUmbrella = 0;
  for (const carrier of carriers) {
    if (!counts(carrier)) continue;
    if (carrier.umbrellaId === undefined) withoutUmbrella += 1;
    else byUmbrella.set(carrier.umbrellaId, (byUmbrella.get(carrier.umbrellaId) ?? 0) + 1);
  }
  return { byUmbrella, withoutUmbrella };
}

/** Every umbrella of `umbrellaIds` and of the carriers, sorted. */
export const umbrellasOf = (
  carriers: readonly { readonly umbrellaId?: string }[],
  umbrellaIds: Iterable<string> = [],
): string[] =>
  [
    ...new Set([
      ...umbrellaIds,
      ...carriers.flatMap((carrier) => (carrier.umbrellaId ? [carrier.umbrellaId] : [])),
    ]),
  ].sort();

/**
 * The comparison groups to suppress in each umbrella's figures (its summary's
 * `fundingComparison`, the comparison with `&umbrella=`): its own (`suppressedGroups`), and
 * those another umbrella's would give by subtraction from all, each with its complement in
 * the umbrella, until nothing changes.
 */
export function umbrellaHiddenGroups(
  carriers: readonly UmbrellaCarrier[],
  umbrellaIds: Iterable<string>,
  kAnonymity: number,
): Map<string, Set<FundingComparisonGroupName>> {
  const umbrellas = umbrellasOf(carriers, umbrellaIds);
  const carriersOf = (umbrellaId: string) =>
    carriers.filter((carrier) => carrier.umbrellaId === umbrellaId);
  const hidden = new Map(
    umbrellas.map((id) => [id, suppressedGroups(carriersOf(id), kAnonymity)] as const),
  );
  const groups = fundingComparisonGroupNames.filter((name) => name !== 'all');
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const members = membersByUmbrella(carriers, umbrellas, groupMembers[group]);
      const before = new Set(umbrellas.filter((id) => hidden.get(id)?.has(group)));
      for (const id of hiddenAcrossUmbrellas(members, before, kAnonymity)) {
        if (before.has(id)) continue;
        hidden.set(
          id,
          suppressedGroups(carriersOf(id), kAnonymity, [...(hidden.get(id) ?? []), group]),
        );
        changed = true;
      }
    }
  }
  return hidden;
}

/** The comparison's `umbrellas` map: the umbrellas whose entry is suppressed. */
export const hiddenUmbrellaEntries = (
  carriers: readonly { readonly umbrellaId?: string }[],
  kAnonymity: number,
): Set<string> => {
  const members = membersByUmbrella(carriers, umbrellasOf(carriers));
  const own = [...members.byUmbrella].filter(([, count]) => identifies(count, kAnonymity));
  return hiddenAcrossUmbrellas(members, new Set(own.map(([id]) => id)), kAnonymity);
};
