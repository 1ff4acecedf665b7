/**
 * k-anonymity of the publishable summaries (SPEC §6): a figure is suppressed when the set of
 * carriers it counts or divides by has 1 to k − 1 members. An empty set identifies no one.
 */
export const identifies = (members: number, kAnonymity: number): boolean =>
  members >= 1 && members < kAnonymity;

/**
 * Complementary groups are suppressed together (SPEC §6): when a pair adds up to a shown
 * total, the shown one would give the suppressed one by subtraction.
 */
export const pairIdentifies = (members: number, complement: number, kAnonymity: number) =>
  identifies(members, kAnonymity) || identifies(complement, kAnonymity);

export const movesInTieOrder = ['less', 'similar', 'more'] as const;
export type Move = (typeof movesInTieOrder)[number];

/**
 * Which `versusBaseline` counts to suppress. The three add up to all carriers, so one
 * suppressed count alone would be the total minus the other two: then the smaller of the two
 * others goes too (`less` before `similar` before `more` on a tie).
 */
export function suppressedMoves(counts: Record<Move, number>, kAnonymity: number): Set<Move> {
  const hidden = movesInTieOrder.filter((move) => identifies(counts[move], kAnonymity));
  if (hidden.length === 1) {
    const [smaller] = movesInTieOrder
      .filter((move) => move !== hidden[0])
      .sort(
        (a, b) => counts[a] - counts[b] || movesInTieOrder.indexOf(a) - movesInTieOrder.indexOf(b),
      );
    if (smaller !== undefined) hidden.push(smaller);
  }
  return new Set(hidden);
}
