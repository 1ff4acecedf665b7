import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { connectFormRoutes } from './routes/connect-forms';

// POST /app/connect/{action} (SPEC §9): the only web function that may seal a webhook secret
// (KMS Encrypt) and write API keys; the pages' functions carry neither the code nor the grant.
export const handler = handle(appShell([connectFormRoutes]));
