import { importStepHandler } from './handle-import-request';
import { importPageRoutes } from './import-page-route';

// GET /app/import: the upload form. One entry file per route, so each route is its own
// function with its own least privilege and only the code its step needs.
export const handler = importStepHandler(importPageRoutes);
