// GET /app/office/periods/{periodId}/funding (SPEC §12): the funding comparison of the scope
// with its GET form, from the stored close (its query through the API's zod schema).
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { periodFundingRoutes } from './office/routes/period-funding';

export const handler = handle(appShell([periodFundingRoutes]));
