import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { connectPageRoutes } from './routes/connect-page';

// GET /app/connect (SPEC §9): a function of its own that only reads, without the secrets key.
export const handler = handle(appShell([connectPageRoutes]));
