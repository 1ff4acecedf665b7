import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { logger } from '../../shared/aws/logger';
import { retryAfterSeconds } from '../../shared/http/problem';
import { notFoundPage, unavailablePage } from './pages/match-pages';
import { pageGuards } from './routes/page-guards';
import { pageOf, render } from './web-context';

/**
 * What every function of the web app puts around the areas it serves: the guards every page
 * and form passes first, the not-found page and the page for our own faults. Apart from the
 * areas (app.ts composes them), so a function carries only the areas it mounts (the import's
 * steps no page of the others).
 */
export function appShell(areas: readonly Hono[]): Hono {
  const app = new Hono().basePath('/app');
  app.use(...pageGuards);
  for (const area of areas) app.route('/', area);
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
