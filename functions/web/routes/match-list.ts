import { Hono } from 'hono';
import type { CheckInPolicy } from '../../../shared/config/funder-config';
import { funderConfig } from '../../../shared/config/runtime-env';
import { listMatchesOverdueFirst } from '../../../shared/data/match-list';
import { addDays, todayIn } from '../../../shared/domain/dates';
import { riskWindowDays } from '../../../shared/domain/match-risk';
import {
  matchView,
  type MatchStatus,
  type MatchSummary,
} from '../../../shared/domain/match-summary';
import { newSecret } from '../../../shared/domain/web-access';
import { matchListPage, type MatchListFilter, type MatchListRow } from '../pages/match-list-page';
import { newMatchPage } from '../pages/match-pages';
import { render, signedIn } from '../web-context';

/** The carrier's list of matches and the form of a new one (SPEC §9); new-match-form.ts takes it. */
export const matchListRoutes = new Hono();

const statuses: readonly MatchStatus[] = ['active', 'pending', 'ended'];

/** A concern dated in the at-risk rule's window (today − 60, today], whatever the status. */
const recentConcern = (summary: MatchSummary, today: string) =>
  summary.lastConcernOn !== null &&
  summary.lastConcernOn > addDays(today, -riskWindowDays) &&
  summary.lastConcernOn <= today;

/** Matches shown per page of the list. */
const pageSize = 100;

/** The list's rows as of today, in the order read: the overdue first, most overdue first. */
const listRows = (summaries: readonly MatchSummary[], today: string, policy: CheckInPolicy) =>
  summaries.map((summary): MatchListRow => ({
    view: matchView(summary, today, policy),
    concern: recentConcern(summary, today),
  }));

/** The address of the list's next page: the same filters, read on from `after`. */
const nextPagePath = (filter: MatchListFilter, after: string) => {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  for (const flag of ['overdue', 'concern', 'risk'] as const) {
    if (filter[flag]) query.set(flag, 'true');
  }
  query.set('after', after);
  return `/app/matches?${query.toString()}`;
};

matchListRoutes.get('/matches', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const status = statuses.find((value) => value === c.req.query('status'));
  const filter: MatchListFilter = {
    ...(status ? { status } : {}),
    ...(c.req.query('overdue') === 'true' ? { overdue: true } : {}),
    ...(c.req.query('concern') === 'true' ? { concern: true } : {}),
    ...(c.req.query('risk') === 'true' ? { risk: true } : {}),
  };
  const { timezone, checkInPolicy: policy } = funderConfig();
  const today = todayIn(timezone);
  const after = c.req.query('after');
  const { items, nextAfter } = await listMatchesOverdueFirst(context.carrierId, {
    ...filter,
    today,
    policy,
    limit: pageSize,
    ...(after ? { after } : {}),
  });
  const next = nextAfter === null ? undefined : nextPagePath(filter, nextAfter);
  return render(c, matchListPage(context.page, listRows(items, today, policy), filter, next));
});

matchListRoutes.get('/matches/new', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return render(c, newMatchPage(context.page, newSecret()));
});
