// GET /app: the app's entry (it redirects to the match list or the sign-in). One entry file
// per route, so each route is its own function with its own least privilege; one app.
import { handle } from 'hono/aws-lambda';
import { webAppPages } from './app';

export const handler = handle(webAppPages());
