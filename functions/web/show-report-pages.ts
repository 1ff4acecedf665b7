import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { reportRoutes } from './routes/reports';

// GET /app/reports and /app/reports/{proxy+} (SPEC §9): the carrier's reports, in a function
// of their own, so the report renderer and the S3 client stay out of the other pages'
// bundle, and only this function may read the report files.
export const handler = handle(appShell([reportRoutes]));
