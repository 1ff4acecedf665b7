import { appShell } from './app-shell';
import { carrierRoutes } from './office/routes/carriers';
import { overviewRoutes } from './office/routes/overview';
import { periodFundingRoutes } from './office/routes/period-funding';
import { periodReportRoutes } from './office/routes/period-reports';
import { periodRoutes } from './office/routes/periods';
import { regionRoutes } from './office/routes/regions';
import { staffRoutes } from './office/routes/staff';
import { umbrellaRoutes } from './office/routes/umbrellas';

/**
 * The programme office (SPEC §12) under `/app/office`: the same shell as the coordinator
 * app (guards, not-found and fault pages) around the office's areas, one `new Hono()` per
 * area in functions/web/office/routes/, one line each below. Composed here and only here, a
 * new app per call; its Lambda entries (open-office-home, show-office-page,
 * submit-office-form, close-office-period) serve it all, each with its own privileges.
 */
export function officeApp() {
  return appShell([
    overviewRoutes,
    carrierRoutes,
    umbrellaRoutes,
    staffRoutes,
    periodRoutes,
    periodReportRoutes,
    periodFundingRoutes,
    regionRoutes,
  ]);
}
