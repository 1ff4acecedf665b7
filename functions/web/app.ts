import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { logger } from '../../shared/aws/logger';
import { funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import { readMatchFacts } from '../../shared/data/match-facts';
import { getMatchSummary } from '../../shared/data/match-summaries';
import { listMatchSummaries } from '../../shared/data/match-list';
import { readLinkToken, useLinkToken } from '../../shared/data/link-tokens';
import {
  chooseSessionCarrier,
  createSession,
  endSession,
  readSession,
  type Session,
} from '../../shared/data/sessions';
import { keys } from '../../shared/data/keys';
import { todayIn } from '../../shared/domain/dates';
import { matchView, type MatchStatus } from '../../shared/domain/match-summary';
import { derivedId, newSecret, sameToken } from '../../shared/domain/web-access';
import { appEventSource } from '../../shared/events/catalogue';
import { publishEvent } from '../../shared/events/publish';
import { retryAfterSeconds } from '../../shared/http/problem';
import { webTexts } from '../../shared/i18n/web-texts';
import { email as emailSchema } from '../../shared/schemas/primitives';
import { checkInFromForm, matchEndFromForm, newMatchFromForm, type FormFields } from './form-facts';
import { contactDonePage, contactRecordedPage } from './pages/contact-done-pages';
import { emptyForm, type FormState } from './pages/form-fields';
import type { Html, PageContext } from './pages/layout';
import { matchListPage, type MatchListFilter } from './pages/match-list-page';
import { matchPage, newMatchPage, notFoundPage, unavailablePage } from './pages/match-pages';
import {
  chooseCarrierPage,
  confirmSignInPage,
  invalidLinkPage,
  linkSentPage,
  signInPage,
} from './pages/sign-in-pages';
import { stylesheet } from './pages/stylesheet';
import { publishFormFact } from './publish-form-fact';
import { appOrigin, formCookie, pageLanguage, sessionCookie } from './web-session';

/**
 * The coordinator web app (SPEC §9): server-rendered pages and plain forms (POST → 303 →
 * GET), the same app under API Gateway and under the local API server. Every POST must come
 * from the app's own origin (403 otherwise) and carry a form token; a GET changes nothing.
 */
export const app = new Hono().basePath('/app');

/** Nothing from another host; no script at all; styles from the app's own stylesheet. */
app.use(
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    // `same-origin`, not `no-referrer`, on ordinary pages: under `no-referrer` a browser
    // sends `Origin: null` with every form, and the Origin check below needs the origin.
    referrerPolicy: 'same-origin',
    // Keeps the stricter policy that the link pages set for themselves.
    overwrite: false,
  }),
);

/** Pages whose URL holds a token (sign-in and "contact done" links). */
const isLinkPage = (path: string) => /^\/app\/(sign-in|r)\/[^/]+$/.test(path);

// A link's token must not leak through a Referer to anywhere (SPEC §9).
app.use('/sign-in/:token', async (c, next) => {
  await next();
  c.header('Referrer-Policy', 'no-referrer');
});
app.use('/r/:token', async (c, next) => {
  await next();
  c.header('Referrer-Policy', 'no-referrer');
});

/**
 * The Origin must be the app's own. The one exception is forced by `no-referrer`: the forms
 * of the link pages arrive with `Origin: null`, which is taken only together with
 * `Sec-Fetch-Site: same-origin` (a header no page can set; another site's page, even one
 * with `no-referrer`, is `cross-site`), and only on those pages, whose token proves intent.
 */
app.use(
  csrf({
    origin: (origin, c) =>
      origin === appOrigin() ||
      (origin === 'null' &&
        c.req.header('sec-fetch-site') === 'same-origin' &&
        isLinkPage(c.req.path)),
    secFetchSite: () => false,
  }),
);
app.use(async (c, next) => {
  // A POST that is not a form (e.g. JSON, which the CSRF check does not cover) is refused too.
  const type = c.req.header('content-type') ?? '';
  if (
    c.req.method === 'POST' &&
    !/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)
  ) {
    return c.text('Forbidden', 403);
  }
  await next();
  // Pages hold a session's data or a link's token: never kept by a browser or proxy cache.
  if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
});

const pageOf = (c: Context, carrierLanguage?: string, formToken?: string): PageContext => {
  const language = pageLanguage(c, carrierLanguage);
  return {
    language,
    texts: webTexts[language],
    path: c.req.path,
    ...(formToken === undefined ? {} : { formToken }),
  };
};

const render = (c: Context, body: Html, status: 200 | 403 | 404 | 410 | 422 = 200) =>
  c.html(body, status);

const formFields = async (c: Context): Promise<FormFields> => {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : [],
    ),
  );
};

const isNonce = (value: string | undefined): value is string =>
  value !== undefined && /^[A-Za-z0-9_-]{16,100}$/.test(value);

app.get('/style.css', (c) =>
  c.body(stylesheet, 200, {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': 'public, max-age=3600',
  }),
);

app.get('/', (c) => c.redirect('/app/matches', 303));

// ---- Sign-in by e-mail link -------------------------------------------------------------

app.get('/sign-in', (c) => {
  const formToken = formCookie.read(c) ?? newSecret();
  formCookie.write(c, formToken);
  return render(c, signInPage(pageOf(c), formToken, emptyForm));
});

app.post('/sign-in', async (c) => {
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

app.get('/sign-in/:token', async (c) => {
  const page = pageOf(c);
  const link = await readLinkToken(c.req.param('token'));
  if (link?.kind !== 'signIn' || link.usedAt !== null) return render(c, invalidLinkPage(page), 410);
  return render(c, confirmSignInPage(page, c.req.param('token')));
});

app.post('/sign-in/:token', async (c) => {
  const page = pageOf(c);
  const link = await readLinkToken(c.req.param('token'));
  if (link?.kind !== 'signIn' || !(await useLinkToken(link.tokenHash))) {
    return render(c, invalidLinkPage(page), 410);
  }
  const { cookieValue, session } = await createSession(link);
  sessionCookie.write(c, cookieValue);
  return c.redirect(session.carrierId ? '/app/matches' : '/app/carriers', 303);
});

// ---- Signed in ----------------------------------------------------------------------------

interface SignedIn {
  readonly session: Session;
  readonly carrierId: string;
  readonly page: PageContext & { formToken: string };
}

/** The session and its carrier, or the redirect to sign in (or to choose a carrier). */
export async function signedIn(c: Context): Promise<SignedIn | Response> {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  if (!session.carrierId) return c.redirect('/app/carriers', 303);
  const carrier = await getCarrier(session.carrierId);
  if (!carrier) return c.redirect('/app/sign-in', 303);
  const page = { ...pageOf(c, carrier.language, session.formToken), formToken: session.formToken };
  return { session, carrierId: session.carrierId, page };
}

/** A signed-in POST: the session, and the form token it must carry. */
async function signedInPost(c: Context) {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const fields = await formFields(c);
  if (!sameToken(context.session.formToken, fields.formToken)) return c.text('Forbidden', 403);
  return { ...context, fields };
}

app.get('/carriers', async (c) => {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  const carriers = await Promise.all(
    session.carrierIds.map(async (carrierId) => ({
      carrierId,
      name: (await getCarrier(carrierId))?.name ?? carrierId,
    })),
  );
  const page = { ...pageOf(c, undefined, session.formToken), formToken: session.formToken };
  return render(c, chooseCarrierPage(page, carriers));
});

app.post('/carriers', async (c) => {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  const fields = await formFields(c);
  if (!sameToken(session.formToken, fields.formToken)) return c.text('Forbidden', 403);
  if (!(await chooseSessionCarrier(session, fields.carrierId ?? ''))) {
    return render(c, notFoundPage(pageOf(c)), 404);
  }
  return c.redirect('/app/matches', 303);
});

app.post('/sign-out', async (c) => {
  const session = await readSession(sessionCookie.read(c));
  if (session) {
    const fields = await formFields(c);
    if (!sameToken(session.formToken, fields.formToken)) return c.text('Forbidden', 403);
    await endSession(session);
  }
  sessionCookie.clear(c);
  return c.redirect('/app/sign-in', 303);
});

const statuses: readonly MatchStatus[] = ['active', 'pending', 'ended'];

app.get('/matches', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const status = statuses.find((value) => value === c.req.query('status'));
  const filter: MatchListFilter = {
    ...(status ? { status } : {}),
    ...(c.req.query('overdue') === 'true' ? { overdue: true } : {}),
  };
  const today = todayIn(funderConfig().timezone);
  const { items } = await listMatchSummaries(context.carrierId, { ...filter, today, limit: 1000 });
  const views = items
    .map((summary) => matchView(summary, today))
    .sort(
      (a, b) =>
        (b.checkIns.overdueDays ?? 0) - (a.checkIns.overdueDays ?? 0) ||
        a.matchId.localeCompare(b.matchId),
    );
  return render(c, matchListPage(context.page, views, filter));
});

app.get('/matches/new', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return render(c, newMatchPage(context.page, newSecret()));
});

app.post('/matches/new', async (c) => {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page } = context;
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const generatedId = `m-${derivedId('new', carrierId, fields.nonce).slice(-12)}`;
  const result = newMatchFromForm(fields, generatedId, page.texts);
  if (!result.ok) return render(c, newMatchPage(page, fields.nonce, result.state), 422);
  await publishFormFact(carrierId, derivedId('app', carrierId, fields.nonce), {
    type: 'match.created',
    data: result.data,
  });
  return c.redirect(`/app/matches/${encodeURIComponent(result.data.matchId)}?saved=1`, 303);
});

/** The match page, drawn again with a refused form (422) or fresh. */
async function showMatch(
  c: Context,
  context: SignedIn,
  matchId: string,
  forms: { checkIn?: FormState; end?: FormState; nonce?: string } = {},
  status: 200 | 422 = 200,
) {
  const summary = await getMatchSummary(context.carrierId, matchId, { consistent: true });
  if (!summary) return render(c, notFoundPage(context.page), 404);
  const facts = await readMatchFacts(context.carrierId, matchId);
  const today = todayIn(funderConfig().timezone);
  return render(
    c,
    matchPage(context.page, matchView(summary, today), facts.checkIns, {
      nonce: forms.nonce ?? newSecret(),
      ...(forms.checkIn ? { checkIn: forms.checkIn } : {}),
      ...(forms.end ? { end: forms.end } : {}),
      saved: c.req.query('saved') === '1',
    }),
    status,
  );
}

app.get('/matches/:matchId', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return showMatch(c, context, c.req.param('matchId'));
});

app.post('/matches/:matchId/check-ins', async (c) => {
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
  return c.redirect(`/app/matches/${encodeURIComponent(matchId)}?saved=1`, 303);
});

app.post('/matches/:matchId/end', async (c) => {
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
  return c.redirect(`/app/matches/${encodeURIComponent(matchId)}?saved=1`, 303);
});

// ---- "Contact done" from a reminder digest (no sign-in) ---------------------------------

async function contactDoneLink(c: Context) {
  const link = await readLinkToken(c.req.param('token') ?? '');
  if (link?.kind !== 'contactDone') return undefined;
  const carrier = await getCarrier(link.carrierId);
  return { link, page: pageOf(c, carrier?.language) };
}

app.get('/r/:token', async (c) => {
  const found = await contactDoneLink(c);
  if (!found) return render(c, invalidLinkPage(pageOf(c)), 410);
  const { link, page } = found;
  if (link.usedAt !== null) {
    return render(c, contactRecordedPage(page, link.matchId, c.req.query('recorded') !== '1'));
  }
  const today = todayIn(funderConfig().timezone);
  const state: FormState = { values: { occurredOn: today }, errors: {} };
  return render(c, contactDonePage(page, c.req.param('token'), link.matchId, state));
});

app.post('/r/:token', async (c) => {
  const found = await contactDoneLink(c);
  if (!found) return render(c, invalidLinkPage(pageOf(c)), 410);
  const { link, page } = found;
  const token = c.req.param('token');
  if (link.usedAt !== null) return render(c, contactRecordedPage(page, link.matchId, true));
  const fields = await formFields(c);
  // The check-in's id comes from the link: however often it is posted, one check-in.
  const checkInId = derivedId('ci', link.tokenHash);
  const result = checkInFromForm(fields, { matchId: link.matchId, checkInId }, page.texts, {
    withConcern: false,
  });
  if (!result.ok) return render(c, contactDonePage(page, token, link.matchId, result.state), 422);
  await publishFormFact(link.carrierId, checkInId, { type: 'checkin.recorded', data: result.data });
  // Marked after the fact is on the bus: a crash in between leaves the link usable, and
  // using it again names the same check-in.
  await useLinkToken(link.tokenHash);
  return c.redirect(`/app/r/${token}?recorded=1`, 303);
});

app.notFound((c) => render(c, notFoundPage(pageOf(c)), 404));

/** A fault of ours or of the table, never of the input: the coordinator is asked to retry. */
app.onError((error, c) => {
  // The refusals of hono's own checks (the CSRF check's 403) keep their answer.
  if (error instanceof HTTPException) return error.getResponse();
  logger.error('Web request failed', { error });
  c.header('Retry-After', String(retryAfterSeconds));
  return c.html(unavailablePage(pageOf(c)), 503);
});
