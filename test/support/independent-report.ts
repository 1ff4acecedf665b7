// An independent computation of the period reports of SPEC §6, written from the spec alone.
// It deliberately imports nothing from the product (not even its types): the e2e test compares
// the product's reports with what this file computes from the very webhooks the test sent.
//
// Where SPEC §6 can be read more than one way, the most literal reading is taken and the choice
// is written next to the code, marked "READING:".

export type IsoDate = string;

export interface ReportRules {
  readonly period: { readonly id: string; readonly start: IsoDate; readonly end: IsoDate };
  readonly checkInPolicy: {
    readonly firstMonthContacts: number;
    readonly firstMonthDays: number;
    readonly thenEveryDays: number;
    readonly escalateAfterDays: number;
  };
  readonly fundingModels: {
    readonly per_new_match: number;
    readonly per_active_month: number;
    readonly per_supported_month: number;
  };
  readonly kAnonymity: number;
}

/** SPEC §7's example funder, written out from the spec; the test config is checked against it. */
export const specExampleRules: ReportRules = {
  period: { id: '2025', start: '2025-01-01', end: '2025-12-31' },
  checkInPolicy: {
    firstMonthContacts: 2,
    firstMonthDays: 30,
    thenEveryDays: 30,
    escalateAfterDays: 14,
  },
  fundingModels: { per_new_match: 200, per_active_month: 20, per_supported_month: 30 },
  kAnonymity: 5,
};

/** A webhook body as sent (SPEC §2), loosely typed: this file reads only what §6 needs. */
export interface SentBody {
  readonly type: string;
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface FundingSource {
  readonly kind: string;
  readonly amountEur: number;
}

export interface CarrierInput {
  readonly carrierId: string;
  readonly migrantOrganisation: boolean;
  /** Every body sent for this carrier, duplicates included, in any order. */
  readonly bodies: readonly SentBody[];
}

export interface MatchFigures {
  new: number;
  activeDuring: number;
  activeAtEnd: number;
  ended: number;
  endedByReason: Record<string, number>;
  medianDurationDays: number | null;
  reached: { '90': number | null; '180': number | null; '365': number | null };
  earlyClosureShare: number | null;
  withConcern: number;
}

export interface CheckInFigures {
  recorded: number;
  due: number;
  onTime: number;
  adherence: number | null;
}

export interface FundingFigures {
  per_new_match: number;
  per_active_month: number;
  per_supported_month: number;
}

export interface RiskFlagFigures {
  evaluated: number;
  flagged: number;
  closedEarly: number;
  flaggedClosedEarly: number;
  sensitivity: number | null;
  specificity: number | null;
  precision: number | null;
  baseRate: number | null;
}

export interface ReportFigures {
  matches: MatchFigures;
  checkIns: CheckInFigures;
  funding: FundingFigures;
  riskFlag: RiskFlagFigures;
}

type CarrierCount = { count: number; share: number } | SuppressedCount;
interface SuppressedCount {
  count: null;
  share: null;
  suppressed: true;
}

export type CarrierSituation =
  | { suppressed: true }
  | {
      thirdPartyShare: { p25: number; median: number; p75: number };
      fullyThirdParty: CarrierCount;
      atLeast90ThirdParty: CarrierCount;
      withMunicipalFunds: CarrierCount;
      municipalShareOfFunds: number | null;
      migrantOrganisations: {
        shareOfCarriers: number | null;
        shareOfActiveMatches: number | null;
        shareOfFederalProgrammeFunds: number | null;
        suppressed?: true;
      };
    };

export interface SummaryFigures extends Omit<ReportFigures, 'riskFlag'> {
  riskFlag: RiskFlagFigures | { suppressed: true };
  carriers: { total: number; reporting: number; migrantOrganisations: number };
  carrierSituation: CarrierSituation;
  fundingComparison: {
    per_active_month: FundingComparisonFigures;
    per_supported_month: FundingComparisonFigures;
  };
}

// ---------------------------------------------------------------------------------------------
// Dates, as whole days since 1970-01-01 (UTC calendar arithmetic; no time zones involved).

const msPerDay = 86_400_000;

export const dayNumber = (date: IsoDate): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay;
};

export const isoDay = (day: number): IsoDate => new Date(day * msPerDay).toISOString().slice(0, 10);

export const plusDays = (date: IsoDate, days: number): IsoDate => isoDay(dayNumber(date) + days);

/** The calendar months that overlap [start, end], each clipped to [start, end]. */
function monthsWithin(start: number, end: number): { first: number; last: number }[] {
  const months: { first: number; last: number }[] = [];
  const startDate = new Date(start * msPerDay);
  let year = startDate.getUTCFullYear();
  let month = startDate.getUTCMonth();
  for (;;) {
    const first = Date.UTC(year, month, 1) / msPerDay;
    if (first > end) break;
    const last = Date.UTC(year, month + 1, 0) / msPerDay;
    months.push({ first: Math.max(first, start), last: Math.min(last, end) });
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  return months;
}

// ---------------------------------------------------------------------------------------------
// Rounding.

/**
 * Shares are fractions rounded to 4 decimals. A fraction that lies exactly halfway between two
 * 4-decimal values would make the expectation depend on a tie-breaking rule the spec does not
 * state, so such ties are collected and the test checks that its data produce none.
 */
export class Rounding {
  readonly ties: string[] = [];

  share(numerator: number, denominator: number, what: string): number | null {
    if (denominator === 0) return null;
    const scaled = (numerator * 10_000) / denominator;
    if (Number.isInteger(scaled * 2) && !Number.isInteger(scaled)) {
      this.ties.push(`${what}: ${numerator}/${denominator}`);
    }
    return Math.round(scaled) / 10_000;
  }

  /** A share that is already a fraction (quantiles). */
  fraction(value: number, what: string): number {
    const scaled = value * 10_000;
    if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9) this.ties.push(`${what}: ${value}`);
    return Math.round(scaled) / 10_000;
  }
}

/** EUR amounts are rounded to cents; returned as a number of euros. */
const euros = (cents: number): number => Math.round(cents) / 100;

const toCents = (amountEur: number): number => Math.round(amountEur * 100);

// ---------------------------------------------------------------------------------------------
// Facts: the latest version of each fact wins, by the body's timestamp (SPEC §3).

interface Versioned<T> {
  readonly at: number;
  readonly value: T;
}

function keepLatest<T>(facts: Map<string, Versioned<T>>, key: string, at: number, value: T) {
  const current = facts.get(key);
  if (current && current.at > at) return;
  if (current && current.at === at && JSON.stringify(current.value) !== JSON.stringify(value)) {
    // Two different versions with one timestamp: no order decides; test data must avoid it.
    throw new Error(`ambiguous versions of ${key} at ${new Date(at).toISOString()}`);
  }
  facts.set(key, { at, value });
}

interface CreatedFact {
  readonly startedOn: IsoDate;
}
interface EndedFact {
  readonly endedOn: IsoDate;
  readonly reason: string;
}
interface CheckInFact {
  readonly matchId: string;
  readonly occurredOn: IsoDate;
  readonly concern: boolean;
  readonly with: string;
}

export interface CarrierLedger {
  readonly created: Map<string, CreatedFact>;
  readonly ended: Map<string, EndedFact>;
  readonly checkIns: Map<string, CheckInFact>;
  readonly funding: Map<string, readonly FundingSource[]>;
}

const text = (value: unknown, field: string): string => {
  if (typeof value !== 'string') throw new Error(`${field} is not a string`);
  return value;
};

export function ledgerOf(bodies: readonly SentBody[]): CarrierLedger {
  const created = new Map<string, Versioned<CreatedFact>>();
  const ended = new Map<string, Versioned<EndedFact>>();
  const checkIns = new Map<string, Versioned<CheckInFact>>();
  const funding = new Map<string, Versioned<readonly FundingSource[]>>();
  for (const body of bodies) {
    const at = Date.parse(body.timestamp);
    const data = body.data;
    switch (body.type) {
      case 'match.created':
        keepLatest(created, text(data.matchId, 'matchId'), at, {
          startedOn: text(data.startedOn, 'startedOn'),
        });
        break;
      case 'match.ended':
        keepLatest(ended, text(data.matchId, 'matchId'), at, {
          endedOn: text(data.endedOn, 'endedOn'),
          reason: text(data.reason, 'reason'),
        });
        break;
      case 'checkin.recorded':
        // READING: a check-in is identified by its checkInId within the carrier.
        keepLatest(checkIns, text(data.checkInId, 'checkInId'), at, {
          matchId: text(data.matchId, 'matchId'),
          occurredOn: text(data.occurredOn, 'occurredOn'),
          concern: data.concern === true,
          with: text(data.with, 'with'),
        });
        break;
      case 'funding.reported':
        keepLatest(
          funding,
          text(data.periodId, 'periodId'),
          at,
          (data.sources as FundingSource[]).map(({ kind, amountEur }) => ({ kind, amountEur })),
        );
        break;
      // participant.registered and participant.erased: "an erased participant changes nothing
      // here" (§6), and no §6 figure reads participants.
      default:
        break;
    }
  }
  const values = <T>(map: Map<string, Versioned<T>>) =>
    new Map([...map].map(([key, { value }]) => [key, value] as const));
  return {
    created: values(created),
    ended: values(ended),
    checkIns: values(checkIns),
    funding: values(funding),
  };
}

// ---------------------------------------------------------------------------------------------
// One carrier.

/** The parts of a carrier's figures that the funder summary pools rather than adds. */
export interface CarrierParts {
  readonly endedDurations: readonly number[];
  readonly reached: Readonly<Record<'90' | '180' | '365', { hits: number; of: number }>>;
  readonly earlyClosures: number;
  readonly activeDays: number;
  readonly supportedMonths: number;
  /** Carriers with evaluated matches, for the summary's k-anonymity of riskFlag. */
  readonly riskFlagEvaluated: number;
}

export interface CarrierComputation {
  readonly carrierId: string;
  readonly migrantOrganisation: boolean;
  readonly figures: ReportFigures;
  readonly parts: CarrierParts;
  /** The latest funding.reported of the period, or undefined when none was sent. */
  readonly funding: readonly FundingSource[] | undefined;
}

export const reachedDays = [90, 180, 365] as const;

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : // READING: "mean of the middle two" is kept exact (it may end in .5); §6 rounds only
      // shares and amounts.
      (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** §5 nextDueOn after the counted check-in days `counted` (sorted), with the first-month rule. */
function dueAfter(
  start: number,
  counted: readonly number[],
  policy: ReportRules['checkInPolicy'],
  step: number,
): number {
  const k = counted.length;
  if (k === 0) return start + step;
  if (k < policy.firstMonthContacts)
    return Math.max(start + (k + 1) * step, counted[k - 1]! + step);
  return counted[k - 1]! + policy.thenEveryDays;
}

/**
 * §5 at risk on day D, from the check-ins dated ≤ D only (the match is active on D here):
 * overdue by ≥ escalateAfterDays, a concern in (D − 60, D], or started ≤ D − 60 and no
 * contact with the mentee (with = mentee or both) in (D − 60, D]. Counted check-ins only.
 */
function atRiskOn(
  D: number,
  start: number,
  checkIns: readonly CheckInFact[],
  policy: ReportRules['checkInPolicy'],
  step: number,
): boolean {
  const known = checkIns
    .map((checkIn) => ({ ...checkIn, day: dayNumber(checkIn.occurredOn) }))
    .filter((checkIn) => checkIn.day >= start && checkIn.day <= D);
  const days = known.map((checkIn) => checkIn.day).sort((a, b) => a - b);
  const overdue = D - dueAfter(start, days, policy, step) >= policy.escalateAfterDays;
  const recent = known.filter((checkIn) => checkIn.day > D - 60);
  const concern = recent.some((checkIn) => checkIn.concern);
  const menteeNotReached =
    start <= D - 60 &&
    !recent.some((checkIn) => checkIn.with === 'mentee' || checkIn.with === 'both');
  return overdue || concern || menteeNotReached;
}

function riskFlagOf(
  counts: Pick<RiskFlagFigures, 'evaluated' | 'flagged' | 'closedEarly' | 'flaggedClosedEarly'>,
  rounding = new Rounding(),
): RiskFlagFigures {
  const { evaluated, flagged, closedEarly, flaggedClosedEarly } = counts;
  return {
    ...counts,
    sensitivity: rounding.share(flaggedClosedEarly, closedEarly, 'sensitivity'),
    specificity: rounding.share(
      evaluated - flagged - closedEarly + flaggedClosedEarly,
      evaluated - closedEarly,
      'specificity',
    ),
    precision: rounding.share(flaggedClosedEarly, flagged, 'precision'),
    baseRate: rounding.share(closedEarly, evaluated, 'baseRate'),
  };
}

export function computeCarrier(
  rules: ReportRules,
  input: CarrierInput,
  rounding = new Rounding(),
): CarrierComputation {
  const ledger = ledgerOf(input.bodies);
  const S = dayNumber(rules.period.start);
  const E = dayNumber(rules.period.end);
  const policy = rules.checkInPolicy;
  const firstMonthStep = Math.floor(policy.firstMonthDays / policy.firstMonthContacts);
  const months = monthsWithin(S, E);

  const figures: ReportFigures = {
    matches: {
      new: 0,
      activeDuring: 0,
      activeAtEnd: 0,
      ended: 0,
      endedByReason: {},
      medianDurationDays: null,
      reached: { '90': null, '180': null, '365': null },
      earlyClosureShare: null,
      withConcern: 0,
    },
    checkIns: { recorded: 0, due: 0, onTime: 0, adherence: null },
    funding: { per_new_match: 0, per_active_month: 0, per_supported_month: 0 },
    riskFlag: riskFlagOf({ evaluated: 0, flagged: 0, closedEarly: 0, flaggedClosedEarly: 0 }),
  };
  const riskCounts = { evaluated: 0, flagged: 0, closedEarly: 0, flaggedClosedEarly: 0 };
  const matches = figures.matches;
  const endedDurations: number[] = [];
  const reached = {
    '90': { hits: 0, of: 0 },
    '180': { hits: 0, of: 0 },
    '365': { hits: 0, of: 0 },
  };
  let earlyClosures = 0;
  let activeDays = 0;
  let supportedMonths = 0;

  const checkInsByMatch = new Map<string, CheckInFact[]>();
  for (const checkIn of ledger.checkIns.values()) {
    const list = checkInsByMatch.get(checkIn.matchId) ?? [];
    list.push(checkIn);
    checkInsByMatch.set(checkIn.matchId, list);
  }

  // "over the carrier's matches with match.created": a match with check-ins or an end but no
  // match.created (pending) contributes nothing at all.
  for (const [matchId, created] of ledger.created) {
    const start = dayNumber(created.startedOn);
    const endFact = ledger.ended.get(matchId);
    const end = endFact ? dayNumber(endFact.endedOn) : null;
    const duration = (end ?? E) - start;
    const all = checkInsByMatch.get(matchId) ?? [];
    // §5: "Only check-ins on or after startedOn count."
    // READING: that is the only condition; a check-in dated after endedOn still counts (§5 and
    // §6 name no other), e.g. in checkIns.recorded and per_supported_month.
    const counted = all
      .map((checkIn) => dayNumber(checkIn.occurredOn))
      .filter((day) => day >= start)
      .sort((a, b) => a - b);

    const isNew = start >= S && start <= E;
    const activeDuring = start <= E && (end === null || end >= S);
    const activeAtEnd = start <= E && (end === null || end > E);
    const endedInPeriod = end !== null && end >= S && end <= E;

    if (isNew) matches.new++;
    if (activeDuring) matches.activeDuring++;
    if (activeAtEnd) matches.activeAtEnd++;
    if (endedInPeriod) {
      matches.ended++;
      // READING: endedByReason lists only the reasons that occur (no zero entries).
      matches.endedByReason[endFact!.reason] = (matches.endedByReason[endFact!.reason] ?? 0) + 1;
      endedDurations.push(duration);
      if (duration < 90) earlyClosures++;
    }
    if (activeDuring) {
      for (const d of reachedDays) {
        if (start <= E - d) {
          reached[d].of++;
          if (duration >= d) reached[d].hits++;
        }
      }
      // READING: "a concern check-in" is any check-in of the match with concern: true, counted
      // or not (§6 says "counted" where it means it, e.g. checkIns.recorded), dated in [S, E].
      const concern = all.some((checkIn) => {
        const day = dayNumber(checkIn.occurredOn);
        return checkIn.concern && day >= S && day <= E;
      });
      if (concern) matches.withConcern++;
    }

    figures.checkIns.recorded += counted.filter((day) => day >= S && day <= E).length;

    // n_k, k = 0 … K (K counted check-ins): §5's nextDueOn after the first k of them.
    const dueUntil = Math.min(E, end ?? E);
    for (let k = 0; k <= counted.length; k++) {
      const dueOn = dueAfter(start, counted.slice(0, k), policy, firstMonthStep);
      if (dueOn < S || dueOn > dueUntil) continue;
      figures.checkIns.due++;
      const next = counted[k];
      if (next !== undefined && next <= dueOn) figures.checkIns.onTime++;
    }

    // Active days in [S, E].
    const from = Math.max(start, S);
    const to = Math.min(end ?? E, E);
    if (to >= from) activeDays += to - from + 1;

    // (match, calendar month in [S, E]) with an active day of that month and a counted
    // check-in dated in that month.
    // READING: for a period that does not cover whole months both tests use only the part of
    // the month inside [S, E] (the 2025 period is a calendar year, so this does not arise).
    for (const month of months) {
      const activeInMonth = start <= month.last && (end === null || end >= month.first);
      const checkedIn = counted.some((day) => day >= month.first && day <= month.last);
      if (activeInMonth && checkedIn) supportedMonths++;
    }

    // riskFlag: t₀ = start + 90 in [S − 180, E − 180], not ended by t₀.
    const t0 = start + 90;
    if (t0 >= S - 180 && t0 <= E - 180 && (end === null || end > t0)) {
      riskCounts.evaluated++;
      const flagged = atRiskOn(t0, start, all, policy, firstMonthStep);
      const closedEarly =
        end !== null &&
        end <= t0 + 180 &&
        ['mentor_withdrew', 'mentee_withdrew', 'mismatch', 'other'].includes(endFact!.reason);
      if (flagged) riskCounts.flagged++;
      if (closedEarly) riskCounts.closedEarly++;
      if (flagged && closedEarly) riskCounts.flaggedClosedEarly++;
    }
  }
  figures.riskFlag = riskFlagOf(riskCounts, rounding);

  matches.medianDurationDays = median(endedDurations);
  for (const d of reachedDays) {
    matches.reached[d] = rounding.share(reached[d].hits, reached[d].of, `reached ${d}`);
  }
  matches.earlyClosureShare = rounding.share(earlyClosures, matches.ended, 'earlyClosureShare');
  figures.checkIns.adherence = rounding.share(
    figures.checkIns.onTime,
    figures.checkIns.due,
    'adherence',
  );

  const rates = rules.fundingModels;
  figures.funding = {
    per_new_match: euros(rates.per_new_match * 100 * matches.new),
    per_active_month: euros((rates.per_active_month * 100 * activeDays) / 30),
    per_supported_month: euros(rates.per_supported_month * 100 * supportedMonths),
  };

  return {
    carrierId: input.carrierId,
    migrantOrganisation: input.migrantOrganisation,
    figures,
    parts: {
      endedDurations,
      reached,
      earlyClosures,
      activeDays,
      supportedMonths,
      riskFlagEvaluated: riskCounts.evaluated,
    },
    funding: ledger.funding.get(rules.period.id),
  };
}

// ---------------------------------------------------------------------------------------------
// The funder summary.

interface FundsOfCarrier {
  readonly computation: CarrierComputation;
  /** Sums by kind, in cents. */
  readonly byKind: ReadonlyMap<string, number>;
  readonly total: number;
}

const sumOfKind = (funds: FundsOfCarrier, kind: string) => funds.byKind.get(kind) ?? 0;

/**
 * READING of "linear interpolation between closest ranks": the variant with rank
 * h = (n − 1)·p on the sorted values x₀ … xₙ₋₁ and x = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋)
 * (the C = 1 variant: Excel PERCENTILE.INC, NumPy's and R's defaults). It is the variant that
 * always stays within the data, and so within [0, 1] as a share must.
 */
export function quantile(sortedValues: readonly number[], p: number): number {
  const h = (sortedValues.length - 1) * p;
  const below = Math.floor(h);
  const lower = sortedValues[below]!;
  const upper = sortedValues[Math.min(below + 1, sortedValues.length - 1)]!;
  return lower + (h - below) * (upper - lower);
}

export function computeSummary(
  rules: ReportRules,
  carriers: readonly CarrierComputation[],
  rounding = new Rounding(),
): SummaryFigures {
  const k = rules.kAnonymity;
  /** Suppressed when the set of carriers a figure counts or divides by has 1 … k − 1 members. */
  const suppressedBy = (members: number) => members >= 1 && members <= k - 1;
  const sum = (pick: (figures: ReportFigures) => number) =>
    carriers.reduce((total, carrier) => total + pick(carrier.figures), 0);

  // Matches and check-ins: counts are added; medians and shares are recomputed over the pooled
  // matches, not averaged.
  const endedByReason: Record<string, number> = {};
  for (const carrier of carriers) {
    for (const [reason, count] of Object.entries(carrier.figures.matches.endedByReason)) {
      endedByReason[reason] = (endedByReason[reason] ?? 0) + count;
    }
  }
  const ended = sum((f) => f.matches.ended);
  const pooled = (d: '90' | '180' | '365') =>
    rounding.share(
      carriers.reduce((total, carrier) => total + carrier.parts.reached[d].hits, 0),
      carriers.reduce((total, carrier) => total + carrier.parts.reached[d].of, 0),
      `summary reached ${d}`,
    );
  const matches: MatchFigures = {
    new: sum((f) => f.matches.new),
    activeDuring: sum((f) => f.matches.activeDuring),
    activeAtEnd: sum((f) => f.matches.activeAtEnd),
    ended,
    endedByReason,
    medianDurationDays: median(carriers.flatMap((carrier) => carrier.parts.endedDurations)),
    reached: { '90': pooled('90'), '180': pooled('180'), '365': pooled('365') },
    earlyClosureShare: rounding.share(
      carriers.reduce((total, carrier) => total + carrier.parts.earlyClosures, 0),
      ended,
      'summary earlyClosureShare',
    ),
    withConcern: sum((f) => f.matches.withConcern),
  };
  const due = sum((f) => f.checkIns.due);
  const onTime = sum((f) => f.checkIns.onTime);
  const checkIns: CheckInFigures = {
    recorded: sum((f) => f.checkIns.recorded),
    due,
    onTime,
    adherence: rounding.share(onTime, due, 'summary adherence'),
  };
  // READING: "funding … summed over all carriers" adds the carriers' amounts as reported (each
  // already rounded to cents), so the summary equals the sum of the carrier reports to the cent.
  const riskCounts = {
    evaluated: sum((f) => f.riskFlag.evaluated),
    flagged: sum((f) => f.riskFlag.flagged),
    closedEarly: sum((f) => f.riskFlag.closedEarly),
    flaggedClosedEarly: sum((f) => f.riskFlag.flaggedClosedEarly),
  };
  // "suppressed when its evaluated matches come from 1 to k − 1 carriers"
  const riskFlag = suppressedBy(carriers.filter((c) => c.parts.riskFlagEvaluated > 0).length)
    ? { suppressed: true as const }
    : riskFlagOf(riskCounts, rounding);
  const funding: FundingFigures = {
    per_new_match: euros(sum((f) => toCents(f.funding.per_new_match))),
    per_active_month: euros(sum((f) => toCents(f.funding.per_active_month))),
    per_supported_month: euros(sum((f) => toCents(f.funding.per_supported_month))),
  };

  // Carriers and their situation, from each carrier's latest funding.reported of the period.
  const funds: FundsOfCarrier[] = carriers.map((computation) => {
    const byKind = new Map<string, number>();
    for (const source of computation.funding ?? []) {
      byKind.set(source.kind, (byKind.get(source.kind) ?? 0) + toCents(source.amountEur));
    }
    const total = [...byKind.values()].reduce((a, b) => a + b, 0);
    return { computation, byKind, total };
  });
  // "carriers with a total of 0 are not reporting" (and neither are carriers that sent nothing).
  const reporting = funds.filter((carrier) => carrier.total > 0);
  const migrant = carriers.filter((carrier) => carrier.migrantOrganisation);
  const carriersBlock = {
    total: carriers.length,
    reporting: reporting.length,
    // READING: the number of migrant organisations among all carriers (the block counts
    // carriers, reporting or not).
    migrantOrganisations: migrant.length,
  };

  if (reporting.length < k) {
    return {
      matches,
      checkIns,
      funding,
      riskFlag,
      carriers: carriersBlock,
      carrierSituation: { suppressed: true },
      fundingComparison: computeSummaryFundingComparison(rules, carriers, rounding),
    };
  }

  const ownFunds = (carrier: FundsOfCarrier) => sumOfKind(carrier, 'own_funds');
  const thirdPartyShares = reporting
    .map((carrier) => 1 - ownFunds(carrier) / carrier.total)
    .sort((a, b) => a - b);
  const countOf = (members: readonly FundsOfCarrier[], what: string): CarrierCount =>
    suppressedBy(members.length)
      ? { count: null, share: null, suppressed: true }
      : {
          count: members.length,
          share: rounding.share(members.length, reporting.length, what)!,
        };
  const fully = reporting.filter((carrier) => ownFunds(carrier) === 0);
  // Third-party share ≥ 0.9 ⇔ own_funds ≤ total / 10, decided in whole cents without floats.
  const atLeast90 = reporting.filter((carrier) => ownFunds(carrier) * 10 <= carrier.total);
  const withMunicipal = reporting.filter((carrier) => sumOfKind(carrier, 'municipal') > 0);

  const reportingTotal = reporting.reduce((total, carrier) => total + carrier.total, 0);
  const municipalTotal = reporting.reduce(
    (total, carrier) => total + sumOfKind(carrier, 'municipal'),
    0,
  );
  // READING: municipalShareOfFunds counts the carriers with municipal funds (and divides by the
  // funds of all reporting carriers, ≥ k here); suppressed, it is just null: it has no object of
  // its own to mark, and marking carrierSituation would read as the whole block suppressed.
  // "Complementary groups are suppressed together": with / without municipal funds add up to
  // the reporting carriers, whose count is shown.
  const municipalSuppressed =
    suppressedBy(withMunicipal.length) || suppressedBy(reporting.length - withMunicipal.length);
  const municipalShareOfFunds = municipalSuppressed
    ? null
    : rounding.share(municipalTotal, reportingTotal, 'municipalShareOfFunds');

  // Migrant organisations: shares of carriers and of active matches are over all carriers.
  // READING: "active matches" are matches.activeDuring (the period's active matches).
  const migrantSuppressed =
    suppressedBy(migrant.length) || suppressedBy(carriers.length - migrant.length);
  const activeDuring = (list: readonly CarrierComputation[]) =>
    list.reduce((total, carrier) => total + carrier.figures.matches.activeDuring, 0);
  const migrantReporting = reporting.filter((carrier) => carrier.computation.migrantOrganisation);
  const federal = (list: readonly FundsOfCarrier[]) =>
    list.reduce((total, carrier) => total + sumOfKind(carrier, 'federal_programme'), 0);
  // READING: shareOfFederalProgrammeFunds counts the migrant reporting carriers and divides by
  // the federal programme funds of all reporting carriers; null when that sum is 0.
  const federalSuppressed =
    suppressedBy(migrantReporting.length) ||
    suppressedBy(reporting.length - migrantReporting.length);
  const migrantOrganisations: Extract<
    CarrierSituation,
    { thirdPartyShare: unknown }
  >['migrantOrganisations'] = {
    shareOfCarriers: migrantSuppressed
      ? null
      : rounding.share(migrant.length, carriers.length, 'migrant shareOfCarriers'),
    shareOfActiveMatches: migrantSuppressed
      ? null
      : rounding.share(activeDuring(migrant), activeDuring(carriers), 'migrant active matches'),
    shareOfFederalProgrammeFunds: federalSuppressed
      ? null
      : rounding.share(federal(migrantReporting), federal(reporting), 'migrant federal funds'),
  };
  if (migrantSuppressed || federalSuppressed) migrantOrganisations.suppressed = true;

  return {
    matches,
    checkIns,
    funding,
    riskFlag,
    carriers: carriersBlock,
    carrierSituation: {
      thirdPartyShare: {
        p25: rounding.fraction(quantile(thirdPartyShares, 0.25), 'p25'),
        median: rounding.fraction(quantile(thirdPartyShares, 0.5), 'median'),
        p75: rounding.fraction(quantile(thirdPartyShares, 0.75), 'p75'),
      },
      fullyThirdParty: countOf(fully, 'fullyThirdParty'),
      atLeast90ThirdParty: countOf(atLeast90, 'atLeast90ThirdParty'),
      withMunicipalFunds: municipalSuppressed
        ? { count: null, share: null, suppressed: true }
        : countOf(withMunicipal, 'withMunicipalFunds'),
      municipalShareOfFunds,
      migrantOrganisations,
    },
    fundingComparison: computeSummaryFundingComparison(rules, carriers, rounding),
  };
}

// ---------------------------------------------------------------------------------------------
// Comparing funding models (SPEC §6), from the carriers' figures alone.
//
// Exact arithmetic: rates are whole cents, so 30 × aᵢ(r) in cents is an integer (the active
// months are active days / 30); shares are compared by cross-multiplying those integers.

export interface FundingRates {
  per_new_match: number;
  per_active_month: number;
  per_supported_month: number;
}

export type ComparisonGroup =
  | { carriers: number; amount: number; share: number | null; baselineShare: number | null }
  | {
      carriers: null;
      amount: null;
      share: null;
      baselineShare: null;
      suppressed: true;
    };

export interface FundingComparisonFigures {
  rates: FundingRates;
  total: number;
  baselineTotal: number;
  groups: Record<
    | 'all'
    | 'migrantOrganisations'
    | 'otherCarriers'
    | 'withMunicipalFunds'
    | 'withoutMunicipalFunds',
    ComparisonGroup
  >;
  versusBaseline: {
    more: number | null;
    less: number | null;
    similar: number | null;
    suppressed?: true;
  };
}

/** 30 × what the rates give the carrier, in cents (an integer for rates in whole cents). */
function thirtyTimesCents(carrier: CarrierComputation, rates: FundingRates): bigint {
  const cents = (rate: number) => {
    const value = Math.round(rate * 100);
    if (Math.abs(value - rate * 100) > 1e-6) throw new Error(`rate not in whole cents: ${rate}`);
    return BigInt(value);
  };
  return (
    cents(rates.per_new_match) * 30n * BigInt(carrier.figures.matches.new) +
    cents(rates.per_active_month) * BigInt(carrier.parts.activeDays) +
    cents(rates.per_supported_month) * 30n * BigInt(carrier.parts.supportedMonths)
  );
}

/** Cents of 30 × cents, rounded half up; an exact half is recorded as a tie. */
function eurosOfThirtyTimesCents(value: bigint, rounding: Rounding, what: string): number {
  const whole = value / 30n;
  const rest = value % 30n;
  if (rest === 15n) rounding.ties.push(`${what}: ${value}/30 cents`);
  return Number(whole + (rest >= 15n ? 1n : 0n)) / 100;
}

function shareOfBig(part: bigint, whole: bigint, rounding: Rounding, what: string) {
  if (whole === 0n) return null;
  // Rounded to 4 decimals: round(part × 10000 / whole), ties recorded.
  const scaled = part * 20_000n;
  const quotient = scaled / whole;
  const exact = scaled % whole === 0n;
  if (exact && quotient % 2n === 1n) rounding.ties.push(`${what}: ${part}/${whole}`);
  return Number((quotient + 1n) / 2n) / 10_000;
}

/** SPEC §6: what `rates` would give the carriers, against the funder's per_new_match rate. */
export function computeFundingComparison(
  rules: ReportRules,
  carriers: readonly CarrierComputation[],
  rates: FundingRates,
  rounding = new Rounding(),
): FundingComparisonFigures {
  const k = rules.kAnonymity;
  const suppressedBy = (members: number) => members >= 1 && members <= k - 1;
  const baselineRates: FundingRates = {
    per_new_match: rules.fundingModels.per_new_match,
    per_active_month: 0,
    per_supported_month: 0,
  };
  const proposed = carriers.map((carrier) => thirtyTimesCents(carrier, rates));
  const baseline = carriers.map((carrier) => thirtyTimesCents(carrier, baselineRates));
  const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);
  const total = sum(proposed);
  const baselineTotal = sum(baseline);

  const fundsOf = (carrier: CarrierComputation) => {
    const byKind = new Map<string, number>();
    for (const source of carrier.funding ?? []) {
      byKind.set(source.kind, (byKind.get(source.kind) ?? 0) + toCents(source.amountEur));
    }
    const all = [...byKind.values()].reduce((a, b) => a + b, 0);
    return { all, municipal: byKind.get('municipal') ?? 0 };
  };
  const members: Record<keyof FundingComparisonFigures['groups'], number[]> = {
    all: [],
    migrantOrganisations: [],
    otherCarriers: [],
    withMunicipalFunds: [],
    withoutMunicipalFunds: [],
  };
  carriers.forEach((carrier, index) => {
    members.all.push(index);
    members[carrier.migrantOrganisation ? 'migrantOrganisations' : 'otherCarriers'].push(index);
    const funds = fundsOf(carrier);
    if (funds.all > 0) {
      members[funds.municipal > 0 ? 'withMunicipalFunds' : 'withoutMunicipalFunds'].push(index);
    }
  });
  // Pairs that add up to a shown total go together; and if the groups left shown cut out a
  // suppressed one exactly (it is a union of the classes they split the carriers into), only
  // `all` is shown.
  const pairs = [
    ['migrantOrganisations', 'otherCarriers'],
    ['withMunicipalFunds', 'withoutMunicipalFunds'],
  ] as const;
  const identifying = pairs.flat().filter((name) => suppressedBy(members[name].length));
  const hidden = new Set<string>(
    pairs.filter((pair) => pair.some((name) => identifying.includes(name))).flat(),
  );
  const shownNames = pairs.flat().filter((name) => !hidden.has(name));
  const classOf = (index: number) => shownNames.map((name) => members[name].includes(index)).join();
  const cutOut = identifying.some((name) => {
    const inside = new Set(members[name]);
    const classes = new Map<string, boolean>();
    return carriers.every((_, index) => {
      const seen = classes.get(classOf(index));
      classes.set(classOf(index), inside.has(index));
      return seen === undefined || seen === inside.has(index);
    });
  });
  if (cutOut) for (const name of pairs.flat()) hidden.add(name);
  const groups = Object.fromEntries(
    Object.entries(members).map(([name, indexes]): [string, ComparisonGroup] => {
      if (hidden.has(name)) {
        return [
          name,
          { carriers: null, amount: null, share: null, baselineShare: null, suppressed: true },
        ];
      }
      const amount = sum(indexes.map((index) => proposed[index]!));
      const baselineAmount = sum(indexes.map((index) => baseline[index]!));
      return [
        name,
        {
          carriers: indexes.length,
          amount: eurosOfThirtyTimesCents(amount, rounding, `${name} amount`),
          share: shareOfBig(amount, total, rounding, `${name} share`),
          baselineShare: shareOfBig(baselineAmount, baselineTotal, rounding, `${name} baseline`),
        },
      ];
    }),
  ) as FundingComparisonFigures['groups'];

  // sᵢ(r) = pᵢ / P and sᵢ(b) = bᵢ / B; sᵢ(r) > 1.1 sᵢ(b) ⇔ 10 pᵢ B > 11 bᵢ P (P, B > 0).
  // READING: a share of a total of 0 is taken as 0.
  const counts = { more: 0, less: 0, similar: 0 };
  carriers.forEach((_, index) => {
    const p = total === 0n ? 0n : proposed[index]!;
    const b = baselineTotal === 0n ? 0n : baseline[index]!;
    const P = total === 0n ? 1n : total;
    const B = baselineTotal === 0n ? 1n : baselineTotal;
    const now = 10n * p * B;
    if (now === 11n * b * P || now === 9n * b * P) {
      if (b !== 0n) rounding.ties.push(`versusBaseline boundary at carrier ${index}`);
    }
    if (now > 11n * b * P || (b === 0n && p > 0n)) counts.more++;
    else if (now < 9n * b * P) counts.less++;
    else counts.similar++;
  });
  // "when exactly one count is suppressed, the smaller of the two others is suppressed too
  // (less before similar before more on a tie)"
  const order = ['less', 'similar', 'more'] as const;
  const hiddenMoves = order.filter((move) => suppressedBy(counts[move]));
  if (hiddenMoves.length === 1) {
    const others = order.filter((move) => move !== hiddenMoves[0]);
    const [first, second] = others as unknown as [(typeof order)[number], (typeof order)[number]];
    hiddenMoves.push(counts[second] < counts[first] ? second : first);
  }
  const shownMove = (move: (typeof order)[number]) =>
    hiddenMoves.includes(move) ? null : counts[move];
  return {
    rates: { ...rates },
    total: eurosOfThirtyTimesCents(total, rounding, 'total'),
    baselineTotal: eurosOfThirtyTimesCents(baselineTotal, rounding, 'baselineTotal'),
    groups,
    versusBaseline: {
      more: shownMove('more'),
      less: shownMove('less'),
      similar: shownMove('similar'),
      ...(hiddenMoves.length > 0 ? { suppressed: true as const } : {}),
    },
  };
}

/** The summary's `fundingComparison`: each other model alone at the funder's rate. */
export function computeSummaryFundingComparison(
  rules: ReportRules,
  carriers: readonly CarrierComputation[],
  rounding = new Rounding(),
) {
  const alone = (model: keyof FundingRates): FundingRates => ({
    per_new_match: 0,
    per_active_month: 0,
    per_supported_month: 0,
    [model]: rules.fundingModels[model],
  });
  return {
    per_active_month: computeFundingComparison(
      rules,
      carriers,
      alone('per_active_month'),
      rounding,
    ),
    per_supported_month: computeFundingComparison(
      rules,
      carriers,
      alone('per_supported_month'),
      rounding,
    ),
  };
}
