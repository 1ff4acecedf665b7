import { Hono } from 'hono';
import { publishEvents } from '../../shared/events/publish';
import { importTexts } from '../../shared/i18n/import-texts';
import { ImportFileError } from '../../shared/import/sheets';
import { isoTimestamp } from '../../shared/schemas/primitives';
import { importLimitLabel, webImportLimitBytes } from './import-limit';
import { columnMappingOf } from './import-mapping';
import { importBytes, signedInUpload, unreadableFilePage } from './import-upload';
import { importResultPage, importUploadPage } from './pages/import-page';

/** `POST /app/import/confirm` (SPEC §10): imports the previewed file, as of the preview's time. */
export const importConfirmRoutes = new Hono().post('/import/confirm', async (c) => {
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
    return c.html(importUploadPage(page, importLimitLabel, texts.noFile), 422);
  }
  if (bytes.length > webImportLimitBytes) {
    const tooLarge = texts.tooLarge.replace('{limit}', importLimitLabel);
    return c.html(importUploadPage(page, importLimitLabel, tooLarge), 413);
  }
  try {
    const result = await importBytes(carrierId, bytes, {
      dryRun: false,
      publish: publishEvents,
      occurredAt: new Date(occurredAt.data),
      language: page.language,
      columnMapping: columnMappingOf(body),
    });
    return c.html(importResultPage(page, result));
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return unreadableFilePage(c, page, error);
  }
});
