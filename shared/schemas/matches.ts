import * as z from 'zod';
import { partnerId, isoDate } from './primitives';
import { riskReasonsInOrder } from './risk-reasons';
import { endReasons, programmes } from './webhook-vocabulary';
import { matchStatuses } from './match-list-query';

// SPEC §4: the read API's shapes, exact.

export { riskReasonsInOrder, type RiskReason } from './risk-reasons';

/** A participant id, or `erased` once that participant has been erased (SPEC §3). */
const participantRef = z
  .nullable(partnerId)
  .describe('Partner id of the participant, "erased" after erasure, null while pending');

export const matchViewSchema = z
  .strictObject({
    matchId: partnerId.check(z.describe("The partner system's id of the match")),
    status: z
      .enum(matchStatuses)
      .describe('pending: facts arrived but match.created not yet; active; ended'),
    mentorId: participantRef,
    menteeId: participantRef,
    programme: z.enum(programmes).nullable().describe('null while pending'),
    group: z.boolean().nullable().describe('A group match; null while pending'),
    startedOn: z.nullable(isoDate).describe('null while pending'),
    endedOn: z.nullable(isoDate).describe('null unless ended'),
    endReason: z.enum(endReasons).nullable().describe('null unless ended'),
    checkIns: z
      .strictObject({
        count: z.int().min(0).describe('Check-ins on or after startedOn'),
        lastOn: z.nullable(isoDate).describe('The latest counted check-in'),
        nextDueOn: z
          .nullable(isoDate)
          .describe('When the next support contact is due; null for pending and ended matches'),
        overdueDays: z
          .int()
          .min(0)
          .nullable()
          .describe('Days past nextDueOn (0 when not overdue); null when nextDueOn is null'),
      })
      .describe('Support contacts of the programme staff'),
    risk: z
      .strictObject({
        atRisk: z.boolean().describe('At least one reason holds; false for pending and ended'),
        reasons: z
          .array(z.enum(riskReasonsInOrder))
          .describe(
            'overdue: overdue by ≥ escalateAfterDays; concern: a check-in with a concern in the ' +
              'last 60 days; mentee_not_reached: started ≥ 60 days ago and no contact with the ' +
              'mentee in the last 60 days. In this order; empty for pending and ended matches',
          ),
      })
      .describe('At risk of ending early (SPEC §5): a prompt to call the pair, not a prediction'),
  })
  .describe('A match as of today in the funder’s time zone');
export type MatchView = z.infer<typeof matchViewSchema>;

export const matchListSchema = z
  .strictObject({
    items: z.array(matchViewSchema),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the next page; null on the last page'),
  })
  .describe('One page of matches');
