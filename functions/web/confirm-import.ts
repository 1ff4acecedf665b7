import { importStepHandler } from './handle-import-request';
import { importConfirmRoutes } from './import-confirm-route';

// POST /app/import/confirm: imports the previewed file. One entry file per route, so each
// route is its own function with its own least privilege; only this one may publish facts.
export const handler = importStepHandler(importConfirmRoutes);
