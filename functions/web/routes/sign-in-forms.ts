import { Hono } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { keys } from '../../../shared/data/keys';
import { readLinkToken, useLinkToken } from '../../../shared/data/link-tokens';
import { noteCarrierSignIn } from '../../../shared/data/office-rows';
import {
  chooseSessionCarrier,
  chooseSessionStaff,
  createSession,
  endSession,
  readSession,
  type Session,
} from '../../../shared/data/sessions';
import { todayIn } from '../../../shared/domain/dates';
import { sameToken } from '../../../shared/domain/web-access';
import { appEventSource } from '../../../shared/events/catalogue';
import { publishEvent } from '../../../shared/events/publish';
import { email as emailSchema } from '../../../shared/schemas/primitives';
import type { FormState } from '../pages/form-fields';
import { notFoundPage } from '../pages/match-pages';
import { invalidLinkPage, linkSentPage, signInPage } from '../pages/sign-in-pages';
import { formFields, pageOf, render } from '../web-context';
import { formCookie, sessionCookie } from '../web-session';
import { noReferrer } from './page-guards';

/** Sign-in by e-mail link, the choice of carrier and sign-out: the forms (SPEC §9). */
export const signInForms = new Hono();

signInForms.use('/sign-in/:token', noReferrer);

signInForms.post('/sign-in', async (c) => {
  const fields = await formFields(c);
  const expected = formCookie.read(c);
  if (!expected || !sameToken(expected, fields.formToken)) return c.text('Forbidden', 403);
  const page = pageOf(c);
  const address = emailSchema.safeParse((fields.email ?? '').trim());
  if (!address.success) {
    const state: FormState = { values: fields, errors: { email: page.texts.errors.email } };
    return render(c, signInPage(page, expected, state), 422);
  }
  // Only an event: the e-mail (or none) follows from a consumer, so this answer takes the
  // same time and says the same whether or not the address is known.
  await publishEvent(appEventSource, {
    detailType: 'SignInRequested',
    detail: {
      addressHash: keys.hashAddress(address.data),
      requestedAt: new Date().toISOString(),
      language: page.language,
    },
  });
  return render(c, linkSentPage(page));
});

signInForms.post('/sign-in/:token', async (c) => {
  const page = pageOf(c);
  const link = await readLinkToken(c.req.param('token'));
  if (link?.kind !== 'signIn' || !(await useLinkToken(link.tokenHash))) {
    return render(c, invalidLinkPage(page), 410);
  }
  const { cookieValue, session } = await createSession(link);
  // A carrier's first sign-in ends its `invited` status in the office (SPEC §12).
  const today = todayIn(funderConfig().timezone);
  await Promise.all(session.carrierIds.map((carrierId) => noteCarrierSignIn(carrierId, today)));
  sessionCookie.write(c, cookieValue);
  return c.redirect(homeOf(session), 303);
});

/** Where a session works: the office, the carrier's matches, or the choice between them. */
const homeOf = (session: Session) =>
  session.staffId ? '/app/office' : session.carrierId ? '/app/matches' : '/app/carriers';

signInForms.post('/carriers', async (c) => {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  const fields = await formFields(c);
  if (!sameToken(session.formToken, fields.formToken)) return c.text('Forbidden', 403);
  const chosen =
    fields.staffId !== undefined
      ? await chooseSessionStaff(session, fields.staffId)
      : await chooseSessionCarrier(session, fields.carrierId ?? '');
  if (!chosen) return render(c, notFoundPage(pageOf(c)), 404);
  return c.redirect(fields.staffId !== undefined ? '/app/office' : '/app/matches', 303);
});

signInForms.post('/sign-out', async (c) => {
  const session = await readSession(sessionCookie.read(c));
  if (session) {
    const fields = await formFields(c);
    if (!sameToken(session.formToken, fields.formToken)) return c.text('Forbidden', 403);
    await endSession(session);
  }
  sessionCookie.clear(c);
  return c.redirect('/app/sign-in', 303);
});
