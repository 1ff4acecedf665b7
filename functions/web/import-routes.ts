import { Hono } from 'hono';
import { importConfirmRoutes } from './import-confirm-route';
import { importPageRoutes } from './import-page-route';
import { importPreviewRoutes } from './import-preview-route';

// `/app/import` (SPEC §10): upload, a preview of what would change with every error, a
// confirm button, the result. The same import as `npx tandem import`, through the same
// sessions, Origin check and form token as the app's other forms. Each step is an area of
// its own, so each step's function carries only what that step needs (handle-import-request.ts).

export { webImportLimitBytes } from './import-limit';
export { importConfirmRoutes, importPageRoutes, importPreviewRoutes };

/** The import's whole area: its three steps. */
export const importRoutes = new Hono()
  .route('/', importPageRoutes)
  .route('/', importPreviewRoutes)
  .route('/', importConfirmRoutes);
