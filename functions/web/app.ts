import { Hono } from 'hono';
import { appShell } from './app-shell';
import { stylesheet } from './pages/stylesheet';
import { contactDoneRoutes } from './routes/contact-done';
import { fundingRoutes } from './routes/funding';
import { matchListRoutes } from './routes/match-list';
import { matchPageRoutes } from './routes/match-page';
import { signInRoutes } from './routes/sign-in';

/**
 * The coordinator web app (SPEC §9): server-rendered pages and plain forms (POST → 303 →
 * GET), the same app under API Gateway and under the local API server. Every POST must come
 * from the app's own origin (403 otherwise) and carry a form token; a GET changes nothing.
 *
 * Composed here and only here, a new app per call: each Lambda entry mounts the areas it
 * serves (the import's steps mount theirs alone on the shell, app-shell.ts), and no module
 * changes another's app, so which page was opened first cannot matter (issue 18: routes
 * added after a router was built). These are the app's pages (GET); its forms (POST) are
 * mounted by submit-app-form.ts: a page validates no input and puts nothing on the bus, so
 * its function carries neither zod nor the EventBridge client (bench/bundle-size.ts).
 */
export function webAppPages(): Hono {
  const basics = new Hono();
  basics.get('/style.css', (c) =>
    c.body(stylesheet, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    }),
  );
  basics.get('/', (c) => c.redirect('/app/matches', 303));
  // `/matches/new` before `/matches/:matchId`: the list's area is mounted first.
  return appShell([
    basics,
    signInRoutes,
    matchListRoutes,
    matchPageRoutes,
    contactDoneRoutes,
    fundingRoutes,
  ]);
}
