import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { logger } from '../../shared/aws/logger';
import { retryAfterSeconds } from '../../shared/http/problem';
import { notFoundPage, unavailablePage } from './pages/match-pages';
import { stylesheet } from './pages/stylesheet';
import { contactDoneRoutes } from './routes/contact-done';
import { matchListRoutes } from './routes/match-list';
import { matchPageRoutes } from './routes/match-page';
import { pageGuards } from './routes/page-guards';
import { signInRoutes } from './routes/sign-in';
import { pageOf, render } from './web-context';

/**
 * The coordinator web app (SPEC §9): server-rendered pages and plain forms (POST → 303 →
 * GET), the same app under API Gateway and under the local API server. Every POST must come
 * from the app's own origin (403 otherwise) and carry a form token; a GET changes nothing.
 *
 * Composed here and only here, a new app per call: each Lambda entry mounts the areas it
 * serves (the import's entry adds its own), and no module changes another's app, so which
 * page was opened first cannot matter (issue 18: routes added after a router was built).
 */
export function webApp(...extraAreas: readonly Hono[]): Hono {
  const app = new Hono().basePath('/app');
  app.use(...pageGuards);
  app.get('/style.css', (c) =>
    c.body(stylesheet, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    }),
  );
  app.get('/', (c) => c.redirect('/app/matches', 303));
  // `/matches/new` before `/matches/:matchId`: the list's area is mounted first.
  for (const area of [signInRoutes, matchListRoutes, matchPageRoutes, contactDoneRoutes]) {
    app.route('/', area);
  }
  for (const area of extraAreas) app.route('/', area);
  app.notFound((c) => render(c, notFoundPage(pageOf(c)), 404));
  /** A fault of ours or of the table, never of the input: the coordinator is asked to retry. */
  app.onError((error, c) => {
    // The refusals of hono's own checks (the CSRF check's 403) keep their answer.
    if (error instanceof HTTPException) return error.getResponse();
    logger.error('Web request failed', { error });
    c.header('Retry-After', String(retryAfterSeconds));
    return c.html(unavailablePage(pageOf(c)), 503);
  });
  return app;
}
