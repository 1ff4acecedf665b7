import { handle } from 'hono/aws-lambda';
import { app } from './app';
// Adds `/app/import` (SPEC §10) to the app.
import './import-routes';

/** The web app's Lambda handler: API Gateway HTTP API events (payload 2.0) in and out. */
export const handler = handle(app);
