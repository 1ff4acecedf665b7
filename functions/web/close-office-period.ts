// POST /app/office/periods/{periodId}/close (SPEC §12): the only office function that may
// start a period's close, as `periods close` does.
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { periodCloseRoutes } from './office/routes/period-close';

export const handler = handle(appShell([periodCloseRoutes]));
