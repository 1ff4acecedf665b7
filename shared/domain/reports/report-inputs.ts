import type { CheckInRecorded, FundingReported, MatchEnded } from '../../schemas/webhooks';

/** A funding period [start, end], both dates inclusive. */
export interface Period {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/** What a report needs of a match with `match.created`: dates, never participants. */
export interface ReportMatch {
  readonly matchId: string;
  readonly startedOn: string;
  readonly endedOn?: string;
  readonly endReason?: MatchEnded['reason'];
  readonly checkIns: readonly {
    readonly occurredOn: string;
    readonly concern: boolean;
    /** Whom the staff spoke with: the at-risk rule asks for contacts with the mentee. */
    readonly with: CheckInRecorded['with'];
  }[];
}

/** What the funder summary needs of each carrier. */
export interface CarrierStanding {
  readonly carrierId: string;
  readonly migrantOrganisation: boolean;
  /** Its umbrella (SPEC §12): umbrella summaries and the comparison per umbrella group by it. */
  readonly umbrellaId?: string;
  /** Its municipality's AGS (SPEC §13): region reports group by its prefixes. */
  readonly municipality?: string;
  /** The carrier's latest `funding.reported` for the period, if any. */
  readonly funding?: Pick<FundingReported, 'sources'>;
  /** Its `matches.activeDuring`. */
  readonly activeMatches: number;
}
