// GET /app/office/{proxy+} (SPEC §12): the office's pages that read the table only: carriers,
// umbrellas, staff, the periods' list and the regions' list. Their forms are posted to
// submit-office-form: a page validates no input, so it carries no schema library. A period's reports and a
// region's fact sheet read stored files in functions of their own (show-office-period-page,
// show-office-region-page).
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { carrierRoutes } from './office/routes/carriers';
import { periodRoutes } from './office/routes/periods';
import { regionRoutes } from './office/routes/regions';
import { staffRoutes } from './office/routes/staff';
import { umbrellaRoutes } from './office/routes/umbrellas';

export const handler = handle(
  appShell([carrierRoutes, umbrellaRoutes, staffRoutes, periodRoutes, regionRoutes]),
);
