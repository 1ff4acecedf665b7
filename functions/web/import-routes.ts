import { Hono, type Context } from 'hono';
import { sameToken } from '../../shared/domain/web-access';
import { fileProblemText } from '../../shared/i18n/import-file-texts';
import { importTexts } from '../../shared/i18n/import-texts';
import type { Language } from '../../shared/i18n/languages';
import { isoTimestamp } from '../../shared/schemas/primitives';
import { ImportFileError } from '../../shared/import/sheets';
import { openSheetsOfBytes } from '../import/open-sheets';
import { runImport } from '../import/run-import';
import { signedIn } from './web-context';
import { importPreviewPage, importResultPage, importUploadPage } from './pages/import-page';

// `/app/import` (SPEC §10): upload, a preview of what would change with every error, a
// confirm button, the result. The same import as `npx tandem import`, through the same
// sessions, Origin check and form token as the app's other forms.

/**
 * A Lambda request carries at most 6 MB, and API Gateway hands an upload over in base64
 * (4/3 of its size); the confirm step sends the file once more, itself in base64 inside the
 * form. 3 MB keeps both requests under the limit; larger lists go through the CLI.
 */
export const webImportLimitBytes = 3 * 1024 * 1024;
const limitLabel = '3 MB';

/** The signed-in session and the fields of its multipart form; a wrong form token is 403. */
async function signedInUpload(c: Context) {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const body = await c.req.parseBody();
  const formToken = typeof body.formToken === 'string' ? body.formToken : undefined;
  if (!sameToken(context.session.formToken, formToken)) return c.text('Forbidden', 403);
  return { ...context, body };
}

/**
 * Reads the file and counts what the import would do (or does), as the CLI does; its row
 * errors are worded in the page's language.
 */
async function importBytes(
  carrierId: string,
  bytes: Buffer,
  options: { dryRun: boolean; occurredAt: Date; language: Language },
) {
  // The web request ends once the facts are on the bus; the list shows them a moment later.
  return runImport(carrierId, await openSheetsOfBytes(bytes), {
    ...options,
    waitForProcessing: false,
  });
}

/** Adds `/app/import`: the upload page, its preview and its confirm step. */
export function addImportRoutes(app: Hono): void {
  app.get('/import', async (c) => {
    const context = await signedIn(c);
    if (context instanceof Response) return context;
    return c.html(importUploadPage(context.page, limitLabel));
  });

  app.post('/import', async (c) => {
    const context = await signedInUpload(c);
    if (context instanceof Response) return context;
    const { page, body, carrierId } = context;
    const texts = importTexts[page.language];
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      return c.html(importUploadPage(page, limitLabel, texts.noFile), 422);
    }
    if (file.size > webImportLimitBytes) {
      return c.html(
        importUploadPage(page, limitLabel, texts.tooLarge.replace('{limit}', limitLabel)),
        413,
      );
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    // Whole seconds: the confirm step sends it back as text and must get the same versions.
    const occurredAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    try {
      const result = await importBytes(carrierId, bytes, {
        dryRun: true,
        occurredAt,
        language: page.language,
      });
      return c.html(
        importPreviewPage(page, result, {
          content: bytes.toString('base64'),
          occurredAt: occurredAt.toISOString(),
        }),
      );
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      return c.html(
        importUploadPage(
          page,
          limitLabel,
          `${texts.unreadable} ${fileProblemText(page.language, error.problem)}`,
        ),
        422,
      );
    }
  });

  app.post('/import/confirm', async (c) => {
    const context = await signedInUpload(c);
    if (context instanceof Response) return context;
    const { page, body, carrierId } = context;
    const texts = importTexts[page.language];
    const content = typeof body.content === 'string' ? body.content : '';
    const occurredAt = isoTimestamp.safeParse(body.occurredAt);
    const bytes = Buffer.from(content, 'base64');
    // The preview's time, never one to come: a forged later time would outrank later facts.
    if (
      bytes.length === 0 ||
      !occurredAt.success ||
      Date.parse(occurredAt.data) > Date.now() + 60_000
    ) {
      return c.html(importUploadPage(page, limitLabel, texts.noFile), 422);
    }
    if (bytes.length > webImportLimitBytes) {
      return c.html(
        importUploadPage(page, limitLabel, texts.tooLarge.replace('{limit}', limitLabel)),
        413,
      );
    }
    try {
      const result = await importBytes(carrierId, bytes, {
        dryRun: false,
        occurredAt: new Date(occurredAt.data),
        language: page.language,
      });
      return c.html(importResultPage(page, result));
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      return c.html(
        importUploadPage(
          page,
          limitLabel,
          `${texts.unreadable} ${fileProblemText(page.language, error.problem)}`,
        ),
        422,
      );
    }
  });
}

/** The import's area of the app, mounted by the import's own entry (handle-import-request.ts). */
export const importRoutes = new Hono();
addImportRoutes(importRoutes);
