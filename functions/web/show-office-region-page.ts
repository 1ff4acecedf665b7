// GET /app/office/regions/{proxy+} (SPEC §13): a region's stored fact sheet of a period, its
// files and the co-funding form.
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { regionReportRoutes } from './office/routes/region-report';

export const handler = handle(appShell([regionReportRoutes]));
