import { html } from 'hono/html';
import type { MatchView } from '../../../shared/domain/match-summary';
import { date, layout, ltr, type PageContext } from './layout';
import { riskReasonList } from './risk-reasons';

export interface MatchListFilter {
  readonly status?: 'active' | 'pending' | 'ended';
  readonly overdue?: boolean;
  /** Only matches with a concern in the last 60 days. */
  readonly concern?: boolean;
  /** Only matches at risk of ending early (SPEC §5). */
  readonly risk?: boolean;
}

/** One listed match as of today: its view and whether a concern lies in the last 60 days. */
export interface MatchListRow {
  readonly view: MatchView;
  readonly concern: boolean;
}

const filterLinks = (page: PageContext, filter: MatchListFilter) => {
  const narrowed = filter.overdue || filter.concern || filter.risk;
  const links: [href: string, label: string, current: boolean][] = [
    ['/app/matches', page.texts.filterAll, !filter.status && !narrowed],
    [
      '/app/matches?status=active',
      page.texts.status.active,
      filter.status === 'active' && !narrowed,
    ],
    ['/app/matches?status=pending', page.texts.status.pending, filter.status === 'pending'],
    ['/app/matches?status=ended', page.texts.status.ended, filter.status === 'ended'],
    ['/app/matches?overdue=true', page.texts.filterOverdue, filter.overdue === true],
    ['/app/matches?risk=true', page.texts.filterRisk, filter.risk === true],
    ['/app/matches?concern=true', page.texts.filterConcern, filter.concern === true],
  ];
  return html`<nav aria-label="${page.texts.filters}">
    <ul>
      ${links.map(
        ([href, label, current]) =>
          html`<li>
            <a href="${href}" ${current ? html` aria-current="page"` : ''}>${label}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
};

const code = (value: string | null) => (value === null ? '–' : ltr(value));

const listedMatch = (page: PageContext, { view, concern }: MatchListRow) => {
  const { columns, texts } = { columns: page.texts.columns, texts: page.texts };
  const overdue = view.checkIns.overdueDays ?? 0;
  return html`<li>
  <h2><a href="/app/matches/${encodeURIComponent(view.matchId)}">${columns.matchId} ${ltr(view.matchId)}</a></h2>
  <dl>
    <dt>${columns.status}</dt><dd>${texts.status[view.status]}</dd>
    <dt>${texts.mentorId}</dt><dd>${code(view.mentorId)}</dd>
    <dt>${texts.menteeId}</dt><dd>${code(view.menteeId)}</dd>
    <dt>${texts.programme}</dt><dd>${view.programme === null ? '–' : texts.programmes[view.programme]}</dd>
    <dt>${columns.startedOn}</dt><dd>${date(page, view.startedOn)}</dd>
    <dt>${columns.lastContact}</dt><dd>${date(page, view.checkIns.lastOn)}</dd>
    <dt>${columns.nextDue}</dt><dd>${date(page, view.checkIns.nextDueOn)}</dd>
    <dt>${columns.overdueDays}</dt><dd${overdue > 0 ? html` class="overdue"` : ''}>${overdue > 0 ? String(overdue) : '–'}</dd>
    <dt>${texts.recentConcern}</dt><dd>${concern ? texts.yes : texts.no}</dd>
    <dt>${texts.atRisk}</dt><dd>${riskReasonList(texts, view.risk.reasons)}</dd>
  </dl>
</li>`;
};

/** `GET /app/matches`: the carrier's matches, most overdue first. */
export const matchListPage = (
  page: PageContext,
  rows: readonly MatchListRow[],
  filter: MatchListFilter,
  /** The next page's address, when there are more matches. */
  nextPath?: string,
) =>
  layout(
    page,
    page.texts.matchesTitle,
    html`${filterLinks(page, filter)}
    ${
      rows.length === 0
        ? html`<p>${page.texts.noMatches}</p>`
        : html`<ol class="matches">
            ${rows.map((row) => listedMatch(page, row))}
          </ol>`
    }
    ${
      nextPath === undefined
        ? ''
        : html`<p><a class="button-link" href="${nextPath}">${page.texts.nextPage}</a></p>`
    }`,
  );
