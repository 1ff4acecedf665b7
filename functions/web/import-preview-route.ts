import { Hono } from 'hono';
import { importTexts } from '../../shared/i18n/import-texts';
import { ImportFileError } from '../../shared/import/sheets';
import { importLimitLabel, webImportLimitBytes } from './import-limit';
import { carriedUpload, columnMappingOf } from './import-mapping';
import { importBytes, signedInUpload, unreadableFilePage } from './import-upload';
import { importPreviewPage, importUploadPage } from './pages/import-page';

/** `POST /app/import` (SPEC §10): reads the upload and shows what would change; stores nothing. */
export const importPreviewRoutes = new Hono().post('/import', async (c) => {
  const context = await signedInUpload(c);
  if (context instanceof Response) return context;
  const { page, body, carrierId } = context;
  const texts = importTexts[page.language];
  const file = body.file;
  // The mapping step sends the file back with the columns chosen (SPEC §10).
  const carried = carriedUpload(body);
  if (!carried && (!(file instanceof File) || file.size === 0)) {
    return c.html(importUploadPage(page, importLimitLabel, texts.noFile), 422);
  }
  if ((carried?.length ?? (file as File).size) > webImportLimitBytes) {
    const tooLarge = texts.tooLarge.replace('{limit}', importLimitLabel);
    return c.html(importUploadPage(page, importLimitLabel, tooLarge), 413);
  }
  const bytes = carried ?? Buffer.from(await (file as File).arrayBuffer());
  const columnMapping = columnMappingOf(body);
  // Whole seconds: the confirm step sends it back as text and must get the same versions.
  const occurredAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  try {
    const result = await importBytes(carrierId, bytes, {
      dryRun: true,
      occurredAt,
      language: page.language,
      columnMapping,
    });
    return c.html(
      importPreviewPage(page, result, {
        content: bytes.toString('base64'),
        occurredAt: occurredAt.toISOString(),
        mapping: columnMapping,
      }),
    );
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return unreadableFilePage(c, page, error);
  }
});
