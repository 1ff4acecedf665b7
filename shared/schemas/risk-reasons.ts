// The at-risk reasons apart from the read API's schema (matches.ts builds its enum from
// them): the domain's rule (shared/domain/match-risk.ts), which the table's definition
// reaches through the summary's fields, then carries no schema library into every function.

/** Why a match is at risk of ending early (SPEC §5), in the order of the spec's table. */
export const riskReasonsInOrder = ['overdue', 'concern', 'mentee_not_reached'] as const;
export type RiskReason = (typeof riskReasonsInOrder)[number];
