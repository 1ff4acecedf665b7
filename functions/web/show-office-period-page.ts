// GET /app/office/periods/{proxy+} (SPEC §12): a period's summary and carrier reports in the
// page and as downloads (stored files), and the close's confirmation page. The funding
// comparison, which parses its query, has a function of its own (show-office-funding-page).
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { periodReportRoutes } from './office/routes/period-reports';
import { periodRoutes } from './office/routes/periods';

export const handler = handle(appShell([periodRoutes, periodReportRoutes]));
