// GET /app/office (SPEC §12): the office's overview; it only reads. Each office route is a
// function of its own that mounts only the areas its paths reach (shared/http/routes.ts): no
// function carries a client or a page it never uses (the report files' S3 client only where
// stored reports are shown), and each has its own least privilege.
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { overviewRoutes } from './office/routes/overview';

export const handler = handle(appShell([overviewRoutes]));
