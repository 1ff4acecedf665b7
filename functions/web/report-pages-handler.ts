import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { reportRoutes } from './routes/reports';

/**
 * `/app/reports` (SPEC §9) in functions of their own: the S3 client stays out of the other
 * pages' bundle, and only these functions may read report files.
 */
export const handler = handle(appShell([reportRoutes]));
