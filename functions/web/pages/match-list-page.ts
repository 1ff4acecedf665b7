import { html } from 'hono/html';
import type { MatchView } from '../../../shared/domain/match-summary';
import { date, layout, ltr, type PageContext } from './layout';

export interface MatchListFilter {
  readonly status?: 'active' | 'pending' | 'ended';
  readonly overdue?: boolean;
}

const filterLinks = (page: PageContext, filter: MatchListFilter) => {
  const links: [href: string, label: string, current: boolean][] = [
    ['/app/matches', page.texts.filterAll, !filter.status && !filter.overdue],
    [
      '/app/matches?status=active',
      page.texts.status.active,
      filter.status === 'active' && !filter.overdue,
    ],
    ['/app/matches?status=pending', page.texts.status.pending, filter.status === 'pending'],
    ['/app/matches?status=ended', page.texts.status.ended, filter.status === 'ended'],
    ['/app/matches?overdue=true', page.texts.filterOverdue, filter.overdue === true],
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

/** `GET /app/matches`: the carrier's matches, most overdue first. */
export const matchListPage = (
  page: PageContext,
  matches: readonly MatchView[],
  filter: MatchListFilter,
) => {
  const { columns } = page.texts;
  return layout(
    page,
    page.texts.matchesTitle,
    html`<p><a class="button-link" href="/app/matches/new">${page.texts.newMatch}</a></p>
      ${filterLinks(page, filter)}
      ${
        matches.length === 0
          ? html`<p>${page.texts.noMatches}</p>`
          : html`<ol class="matches">
              ${matches.map((match) => {
                const overdue = match.checkIns.overdueDays ?? 0;
                return html`<li>
  <h2><a href="/app/matches/${encodeURIComponent(match.matchId)}">${columns.matchId} ${ltr(match.matchId)}</a></h2>
  <dl>
    <dt>${columns.status}</dt><dd>${page.texts.status[match.status]}</dd>
    <dt>${columns.startedOn}</dt><dd>${date(page, match.startedOn)}</dd>
    <dt>${columns.lastContact}</dt><dd>${date(page, match.checkIns.lastOn)}</dd>
    <dt>${columns.nextDue}</dt><dd>${date(page, match.checkIns.nextDueOn)}</dd>
    <dt>${columns.overdueDays}</dt><dd${overdue > 0 ? html` class="overdue"` : ''}>${overdue > 0 ? String(overdue) : '–'}</dd>
  </dl>
</li>`;
              })}
            </ol>`
      }`,
  );
};
