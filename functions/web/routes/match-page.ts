import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { readMatchFacts } from '../../../shared/data/match-facts';
import { getMatchSummary } from '../../../shared/data/match-summaries';
import { todayIn } from '../../../shared/domain/dates';
import { matchView } from '../../../shared/domain/match-summary';
import { newSecret } from '../../../shared/domain/web-access';
import type { FormState } from '../pages/form-fields';
import { beingSavedPage, matchPage, notFoundPage } from '../pages/match-pages';
import { render, signedIn, type SignedIn } from '../web-context';

/** One match's page with its check-in and end forms (SPEC §9); match-forms.ts takes them. */
export const matchPageRoutes = new Hono();

export const matchPath = (matchId: string) => `/app/matches/${encodeURIComponent(matchId)}`;

/** The match page, drawn again with a refused form (422) or fresh. */
export async function showMatch(
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
