import { Hono, type Context } from 'hono';
import { getMatchSummary } from '../../../shared/data/match-summaries';
import { derivedId } from '../../../shared/domain/web-access';
import { checkInFromForm, matchEndFromForm } from '../form-facts';
import { notFoundPage } from '../pages/match-pages';
import { publishFormFact } from '../publish-form-fact';
import { isNonce, render, signedInPost } from '../web-context';
import { matchPath, showMatch } from './match-page';

/** One match's check-in and end forms (SPEC §9): a fact on the bus, or the page with the refusal. */
export const matchForms = new Hono();

/** The signed-in form post and its path's match, or the answer: sign-in, 403, or 404. */
async function signedInMatchPost(c: Context) {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const matchId = c.req.param('matchId') ?? '';
  if (!(await getMatchSummary(context.carrierId, matchId))) {
    return render(c, notFoundPage(context.page), 404);
  }
  return { ...context, matchId };
}

matchForms.post('/matches/:matchId/check-ins', async (c) => {
  const context = await signedInMatchPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page, matchId } = context;
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const checkInId = derivedId('ci', carrierId, matchId, fields.nonce);
  const result = await checkInFromForm(fields, { matchId, checkInId }, page.texts, {
    withConcern: true,
  });
  if (!result.ok) {
    return showMatch(c, context, matchId, { checkIn: result.state, nonce: fields.nonce }, 422);
  }
  await publishFormFact(carrierId, checkInId, { type: 'checkin.recorded', data: result.data });
  return c.redirect(`${matchPath(matchId)}?saved=1`, 303);
});

matchForms.post('/matches/:matchId/end', async (c) => {
  const context = await signedInMatchPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page, matchId } = context;
  const result = await matchEndFromForm(fields, matchId, page.texts);
  if (!result.ok) return showMatch(c, context, matchId, { end: result.state }, 422);
  await publishFormFact(carrierId, derivedId('end', carrierId, matchId), {
    type: 'match.ended',
    data: result.data,
  });
  return c.redirect(`${matchPath(matchId)}?saved=1`, 303);
});
