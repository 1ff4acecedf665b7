import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { readMatchFacts } from '../../../shared/data/match-facts';
import { getMatchSummary } from '../../../shared/data/match-summaries';
import { todayIn } from '../../../shared/domain/dates';
import { matchView } from '../../../shared/domain/match-summary';
import { derivedId, newSecret } from '../../../shared/domain/web-access';
import { checkInFromForm, matchEndFromForm } from '../form-facts';
import type { FormState } from '../pages/form-fields';
import { beingSavedPage, matchPage, notFoundPage } from '../pages/match-pages';
import { publishFormFact } from '../publish-form-fact';
import { isNonce, render, signedIn, signedInPost, type SignedIn } from '../web-context';

/** One match: its page, and its check-in and end forms (SPEC §9). */
export const matchPageRoutes = new Hono();

const matchPath = (matchId: string) => `/app/matches/${encodeURIComponent(matchId)}`;

/** The match page, drawn again with a refused form (422) or fresh. */
async function showMatch(
  c: Context,
  context: SignedIn,
  matchId: string,
  forms: { checkIn?: FormState; end?: FormState; nonce?: string } = {},
  status: 200 | 422 = 200,
) {
  const summary = await getMatchSummary(context.carrierId, matchId, { consistent: true });
  const justCreated = c.req.query('created') === '1';
  if (!summary && justCreated) {
    // Its fact is on the bus, not yet in the table: never "not found" (SPEC §9).
    return render(c, beingSavedPage(context.page, `${matchPath(matchId)}?created=1`));
  }
  if (!summary) return render(c, notFoundPage(context.page), 404);
  const facts = await readMatchFacts(context.carrierId, matchId);
  const { timezone, checkInPolicy } = funderConfig();
  const view = matchView(summary, todayIn(timezone), checkInPolicy);
  return render(
    c,
    matchPage(context.page, view, facts.checkIns, {
      nonce: forms.nonce ?? newSecret(),
      ...(forms.checkIn ? { checkIn: forms.checkIn } : {}),
      ...(forms.end ? { end: forms.end } : {}),
      saved: c.req.query('saved') === '1' || justCreated,
      escalateAfterDays: checkInPolicy.escalateAfterDays,
    }),
    status,
  );
}

matchPageRoutes.get('/matches/:matchId', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return showMatch(c, context, c.req.param('matchId'));
});

matchPageRoutes.post('/matches/:matchId/check-ins', async (c) => {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page } = context;
  const matchId = c.req.param('matchId');
  if (!(await getMatchSummary(carrierId, matchId))) {
    return render(c, notFoundPage(page), 404);
  }
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const checkInId = derivedId('ci', carrierId, matchId, fields.nonce);
  const result = checkInFromForm(fields, { matchId, checkInId }, page.texts, {
    withConcern: true,
  });
  if (!result.ok) {
    return showMatch(c, context, matchId, { checkIn: result.state, nonce: fields.nonce }, 422);
  }
  await publishFormFact(carrierId, checkInId, { type: 'checkin.recorded', data: result.data });
  return c.redirect(`${matchPath(matchId)}?saved=1`, 303);
});

matchPageRoutes.post('/matches/:matchId/end', async (c) => {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page } = context;
  const matchId = c.req.param('matchId');
  if (!(await getMatchSummary(carrierId, matchId))) {
    return render(c, notFoundPage(page), 404);
  }
  const result = matchEndFromForm(fields, matchId, page.texts);
  if (!result.ok) return showMatch(c, context, matchId, { end: result.state }, 422);
  await publishFormFact(carrierId, derivedId('end', carrierId, matchId), {
    type: 'match.ended',
    data: result.data,
  });
  return c.redirect(`${matchPath(matchId)}?saved=1`, 303);
});
