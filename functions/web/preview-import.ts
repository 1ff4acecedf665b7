import { importStepHandler } from './handle-import-request';
import { importPreviewRoutes } from './import-preview-route';

// POST /app/import: reads the upload and shows what would change (stores nothing). One entry
// file per route, so each route is its own function with its own least privilege.
export const handler = importStepHandler(importPreviewRoutes);
