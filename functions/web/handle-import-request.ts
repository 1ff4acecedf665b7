import { handle } from 'hono/aws-lambda';
import { webApp } from './app';
import { importRoutes } from './import-routes';

// `/app/import` (SPEC §10) runs in functions of its own: the spreadsheet readers stay out of
// the pages' bundle, and only the confirm step may publish import facts.

/** The web app with its import pages: API Gateway HTTP API events (payload 2.0) in and out. */
export const handler = handle(webApp(importRoutes));
