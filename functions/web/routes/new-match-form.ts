import { Hono } from 'hono';
import { derivedId } from '../../../shared/domain/web-access';
import { newMatchFromForm } from '../form-facts';
import { newMatchPage } from '../pages/match-pages';
import { publishFormFact } from '../publish-form-fact';
import { isNonce, render, signedInPost } from '../web-context';

/** The form of a new match (SPEC §9): its fact on the bus, then the match's page. */
export const newMatchForm = new Hono();

newMatchForm.post('/matches/new', async (c) => {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page } = context;
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const generatedId = `m-${derivedId('new', carrierId, fields.nonce).slice(-12)}`;
  const result = await newMatchFromForm(fields, generatedId, page.texts);
  if (!result.ok) return render(c, newMatchPage(page, fields.nonce, result.state), 422);
  await publishFormFact(carrierId, derivedId('app', carrierId, fields.nonce), {
    type: 'match.created',
    data: result.data,
  });
  // `created`: until the fact is processed, the match page says it is being saved.
  return c.redirect(`/app/matches/${encodeURIComponent(result.data.matchId)}?created=1`, 303);
});
