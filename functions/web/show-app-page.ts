// GET /app/{proxy+}: the app's pages, read-only (infra/route-access.ts). One entry file per
// route, so each route is its own function with its own least privilege; one app.
import { handle } from 'hono/aws-lambda';
import { webAppPages } from './app';

export const handler = handle(webAppPages());
