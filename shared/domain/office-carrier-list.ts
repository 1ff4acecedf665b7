import { daysBetween } from './dates';
import {
  carrierStatus,
  daysSinceLastFact,
  type CarrierRowFigures,
  type CarrierStatus,
} from './office-figures';
import { shareOf } from './reports/numbers';
import { isPartnerId } from '../schemas/partner-id';

/*
 * The office's carrier list (SPEC §12 `GET /app/office/carriers`), pure: what its address may
 * ask for, one row per carrier as of a day, and the filters and orders of that list. The page
 * and its CSV both draw these rows, so they always agree.
 */

export const carrierSorts = ['silent', 'overdue', 'risk', 'new', 'name'] as const;
export type CarrierSort = (typeof carrierSorts)[number];
export const carrierStatuses = ['invited', 'active', 'silent'] as const;

/** `?umbrella=none`: the carriers that belong to no umbrella (umbrella ids are `u-…`). */
export const withoutUmbrella = 'none';

export interface CarrierListQuery {
  readonly sort: CarrierSort;
  readonly status?: CarrierStatus;
  /** An umbrella id, or `none`. */
  readonly umbrella?: string;
  readonly format: 'html' | 'csv';
}

export type QueryResult =
  | { readonly ok: true; readonly query: CarrierListQuery }
  | { readonly ok: false; readonly parameter: string };

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** The list's parameters; the first one whose value the page does not know is named. */
export function parseCarrierListQuery(
  params: Readonly<Record<string, string | undefined>>,
): QueryResult {
  const { sort = 'silent', status, umbrella, format = 'html' } = params;
  if (!oneOf(carrierSorts, sort)) return { ok: false, parameter: 'sort' };
  if (status !== undefined && !oneOf(carrierStatuses, status)) {
    return { ok: false, parameter: 'status' };
  }
  if (umbrella !== undefined && umbrella !== withoutUmbrella && !isPartnerId(umbrella)) {
    return { ok: false, parameter: 'umbrella' };
  }
  if (format !== 'html' && format !== 'csv') return { ok: false, parameter: 'format' };
  return {
    ok: true,
    query: {
      sort,
      format,
      ...(status === undefined ? {} : { status }),
      ...(umbrella === undefined ? {} : { umbrella }),
    },
  };
}

/** The office row's fields the list shows (shared/data/office-rows.ts `OfficeRow`). */
export interface ListedCarrierRow extends CarrierRowFigures {
  readonly carrierId: string;
  readonly name: string;
  readonly umbrellaId?: string;
  readonly municipality?: string;
}

/** One line of the list; a figure is null until the daily refresh has computed it. */
export interface CarrierListLine {
  readonly carrierId: string;
  readonly name: string;
  readonly umbrella: { readonly umbrellaId: string; readonly name: string } | null;
  readonly municipality: string | null;
  readonly status: CarrierStatus;
  readonly activeMatches: number | null;
  readonly newInCurrentPeriod: number | null;
  readonly quota: number | null;
  readonly overdueNow: number | null;
  readonly atRiskNow: number | null;
  /** §6's adherence over the last 90 days (a share), null when nothing was due. */
  readonly adherence90: number | null;
  readonly daysSinceLastFact: number | null;
  readonly lastFundingPeriodId: string | null;
  /** Days without a fact: since the last one, or since onboarding before the first. */
  readonly quietDays: number;
}

export interface ListDay {
  readonly today: string;
  readonly silentAfterDays: number;
  /** The current period's id (SPEC §12): new matches of other periods do not count. */
  readonly currentPeriodId: string | null;
  readonly umbrellaNames: ReadonlyMap<string, string>;
}

export function carrierListLine(row: ListedCarrierRow, day: ListDay): CarrierListLine {
  const figures = row.figures;
  const sinceFact = daysSinceLastFact(row, day.today);
  return {
    carrierId: row.carrierId,
    name: row.name,
    umbrella:
      row.umbrellaId === undefined
        ? null
        : {
            umbrellaId: row.umbrellaId,
            name: day.umbrellaNames.get(row.umbrellaId) ?? row.umbrellaId,
          },
    municipality: row.municipality ?? null,
    status: carrierStatus(row, day.today, day.silentAfterDays),
    activeMatches: figures?.activeMatches ?? null,
    newInCurrentPeriod: !figures
      ? null
      : figures.currentPeriodId === day.currentPeriodId
        ? figures.newInCurrentPeriod
        : 0,
    quota: row.quota ?? null,
    overdueNow: figures?.overdueNow ?? null,
    atRiskNow: figures?.atRiskNow ?? null,
    adherence90: figures ? shareOf(figures.adherence90.onTime, figures.adherence90.due) : null,
    daysSinceLastFact: sinceFact,
    lastFundingPeriodId: figures?.lastFundingPeriodId ?? null,
    quietDays: sinceFact ?? daysBetween(row.onboardedAt.slice(0, 10), day.today),
  };
}

// Made on the first sort, not at import: a collator loads ICU's collation data (about 6 ms),
// which the pages that only import this module's types and constants never need.
let nameCollator: Intl.Collator | undefined;
const compareNames = (a: string, b: string): number =>
  (nameCollator ??= new Intl.Collator('de', { sensitivity: 'base', numeric: true })).compare(a, b);

const nameOrder = (a: CarrierListLine, b: CarrierListLine) =>
  compareNames(a.name, b.name) || (a.carrierId < b.carrierId ? -1 : 1);

/** Most first; a figure not computed yet counts as none. */
const most =
  (figure: (line: CarrierListLine) => number | null) => (a: CarrierListLine, b: CarrierListLine) =>
    (figure(b) ?? 0) - (figure(a) ?? 0);

const orders: Record<CarrierSort, (a: CarrierListLine, b: CarrierListLine) => number> = {
  silent: most((line) => line.quietDays),
  overdue: most((line) => line.overdueNow),
  risk: most((line) => line.atRiskNow),
  new: most((line) => line.newInCurrentPeriod),
  name: () => 0,
};

const inUmbrella = (line: CarrierListLine, umbrella: string | undefined) =>
  umbrella === undefined ||
  (umbrella === withoutUmbrella ? line.umbrella === null : line.umbrella?.umbrellaId === umbrella);

/** The lines of the status and umbrella asked for, in the order asked for (ties by name). */
export const carrierList = (
  lines: readonly CarrierListLine[],
  query: Pick<CarrierListQuery, 'sort' | 'status' | 'umbrella'>,
): CarrierListLine[] =>
  lines
    .filter((line) => query.status === undefined || line.status === query.status)
    .filter((line) => inUmbrella(line, query.umbrella))
    .sort((a, b) => orders[query.sort](a, b) || nameOrder(a, b));
