import { html } from 'hono/html';
import type { FormState } from './form-fields';
import { problemSummary } from './form-fields';
import { layout, ltr, type PageContext } from './layout';
import { checkInFields } from './match-forms';

/**
 * `GET /app/r/<token>`: the "contact done" form of one match from a reminder digest, usable
 * without signing in. The token in the action is the form's proof; no other form token.
 */
export const contactDonePage = (
  page: PageContext,
  token: string,
  matchId: string,
  state: FormState,
) =>
  layout(
    page,
    page.texts.contactDone,
    html`<p>${page.texts.contactDoneIntro} ${page.texts.columns.matchId} ${ltr(matchId)}</p>
      <form method="post" action="/app/r/${token}" novalidate>
        ${problemSummary(state, page.texts.errors.summary, 'checkin-')}
        ${checkInFields(page.texts, state, { idPrefix: 'checkin-', withConcern: true })}
        <button type="submit">${page.texts.contactDoneButton}</button>
      </form>`,
  );

/** After the POST, or when the link was used already. */
export const contactRecordedPage = (page: PageContext, matchId: string, already: boolean) =>
  layout(
    page,
    page.texts.contactDone,
    html`<p class="notice" role="status">
      ${already ? page.texts.contactAlreadyRecorded : page.texts.contactRecorded}
      (${page.texts.columns.matchId} ${ltr(matchId)})
    </p>`,
  );
