import { Hono } from 'hono';
import { importLimitLabel } from './import-limit';
import { importUploadPage } from './pages/import-page';
import { signedIn } from './web-context';

/** `GET /app/import` (SPEC §10): the upload form; it reads no file, so it carries no reader. */
export const importPageRoutes = new Hono().get('/import', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return c.html(importUploadPage(context.page, importLimitLabel));
});
