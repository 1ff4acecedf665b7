import { handle } from 'hono/aws-lambda';
import { app } from './app';
import { addImportRoutes } from './import-routes';

// `/app/import` (SPEC §10) runs in functions of its own: the spreadsheet readers stay out of
// the pages' bundle, and only the confirm step may publish import facts.
addImportRoutes(app);

/** The web app with its import pages: API Gateway HTTP API events (payload 2.0) in and out. */
export const handler = handle(app);
