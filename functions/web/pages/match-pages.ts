import { html } from 'hono/html';
import type { MatchFacts } from '../../../shared/domain/match-summary';
import type { MatchView } from '../../../shared/domain/match-summary';
import { fill } from '../../../shared/i18n/web-texts';
import type { FormState } from './form-fields';
import { layout, date, ltr, type PageContext } from './layout';
import { checkInForm, endForm, newMatchForm } from './match-forms';
import { riskExplained } from './risk-reasons';

export interface MatchPageForms {
  readonly nonce: string;
  readonly checkIn?: FormState;
  readonly end?: FormState;
  readonly saved?: boolean;
  /** The funder's `escalateAfterDays`, named in the explanation of `overdue`. */
  readonly escalateAfterDays: number;
}

/** `GET /app/matches/<matchId>`: the match, its check-ins, the check-in and end forms. */
export const matchPage = (
  page: PageContext & { formToken: string },
  match: MatchView,
  checkIns: MatchFacts['checkIns'],
  forms: MatchPageForms,
) => {
  const { texts } = page;
  const path = `/app/matches/${encodeURIComponent(match.matchId)}`;
  const overdue = match.checkIns.overdueDays ?? 0;
  return layout(
    page,
    fill(texts.matchTitle, { id: match.matchId }),
    html`<p><a href="/app/matches">${texts.backToList}</a></p>
${forms.saved ? html`<p class="notice" role="status">${texts.saved}</p>` : ''}
<dl>
  <dt>${texts.columns.matchId}</dt><dd>${ltr(match.matchId)}</dd>
  <dt>${texts.columns.status}</dt><dd>${texts.status[match.status]}</dd>
  <dt>${texts.mentorId}</dt><dd>${match.mentorId === null ? '–' : ltr(match.mentorId)}</dd>
  <dt>${texts.menteeId}</dt><dd>${match.menteeId === null ? '–' : ltr(match.menteeId)}</dd>
  <dt>${texts.programme}</dt><dd>${match.programme === null ? '–' : texts.programmes[match.programme]}</dd>
  <dt>${texts.columns.startedOn}</dt><dd>${date(page, match.startedOn)}</dd>
  ${
    match.endedOn
      ? html`<dt>${texts.endedOn}</dt>
          <dd>${date(page, match.endedOn)}</dd>`
      : ''
  }
  <dt>${texts.columns.lastContact}</dt><dd>${date(page, match.checkIns.lastOn)}</dd>
  <dt>${texts.columns.nextDue}</dt><dd>${date(page, match.checkIns.nextDueOn)}</dd>
  <dt>${texts.columns.overdueDays}</dt><dd${overdue > 0 ? html` class="overdue"` : ''}>${overdue > 0 ? String(overdue) : '–'}</dd>
</dl>
<h2>${texts.atRisk}</h2>
${riskExplained(texts, match.risk.reasons, forms.escalateAfterDays)}
<h2>${texts.checkIns}</h2>
${
  checkIns.length === 0
    ? html`<p>${texts.noCheckIns}</p>`
    : html`<ul>
        ${[...checkIns]
          .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))
          .map(
            (checkIn) =>
              html`<li>
                ${date(page, checkIn.occurredOn)}: ${texts.withValues[checkIn.with]},
                ${texts.channelValues[checkIn.channel]}${checkIn.concern ? html` – ${texts.concern}` : ''}
              </li>`,
          )}
      </ul>`
}
${
  match.status === 'ended'
    ? ''
    : html`<h2>${texts.recordCheckIn}</h2>
        ${checkInForm(texts, `${path}/check-ins`, page.formToken, forms.nonce, forms.checkIn)}
        <h2>${texts.endMatch}</h2>
        ${endForm(texts, `${path}/end`, page.formToken, forms.end)}`
}`,
  );
};

/** `GET /app/matches/new`. */
export const newMatchPage = (
  page: PageContext & { formToken: string },
  nonce: string,
  state?: FormState,
) =>
  layout(
    page,
    page.texts.newMatchTitle,
    html`<p><a href="/app/matches">${page.texts.backToList}</a></p>
      ${newMatchForm(page.texts, page.formToken, nonce, state)}`,
  );

/** Its link repeats the address as a GET: a page again, never a form's change. */
export const unavailablePage = (page: PageContext) =>
  layout(
    page,
    page.texts.unavailable,
    html`<p><a href="${page.path}">${page.texts.tryAgain}</a></p>`,
  );

export const notFoundPage = (page: PageContext) =>
  layout(
    page,
    page.texts.notFound,
    html`<p><a href="/app/matches">${page.texts.backToList}</a></p>`,
  );

/**
 * A match just submitted whose fact is not in the table yet (SPEC §9: never "not found").
 * A link, not a timed refresh: a page that reloads itself fails WCAG 2.2.1 (axe `meta-refresh`).
 */
export const beingSavedPage = (page: PageContext, retryPath: string) =>
  layout(
    page,
    page.texts.beingSavedTitle,
    html`<p class="notice" role="status">${page.texts.beingSaved}</p>
      <p><a class="button-link" href="${retryPath}">${page.texts.reload}</a></p>`,
  );
