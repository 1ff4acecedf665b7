import type { Context } from 'hono';
import { sameToken } from '../../shared/domain/web-access';
import { fileProblemText } from '../../shared/i18n/import-file-texts';
import { importTexts } from '../../shared/i18n/import-texts';
import type { Language } from '../../shared/i18n/languages';
import type { ColumnMapping } from '../../shared/import/columns';
import type { ImportFileError } from '../../shared/import/sheets';
import { openSheetsOfBytes } from '../import/open-sheets';
import type { PublishEvents } from '../import/fact-pipeline';
import { runImport } from '../import/run-import';
import { importLimitLabel } from './import-limit';
import { importUploadPage } from './pages/import-page';
import { signedIn, type SignedIn } from './web-context';

// What the preview and the confirm step share: the signed-in upload form, reading the file,
// and the upload page again when the file cannot be read. The upload page's GET needs none
// of it, so none of it (no spreadsheet reader) is in that function.

/** The signed-in session and the fields of its multipart form; a wrong form token is 403. */
export async function signedInUpload(c: Context) {
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
export async function importBytes(
  carrierId: string,
  bytes: Buffer,
  options: {
    dryRun: boolean;
    /** The confirm step's publisher; the preview has none (nor the EventBridge client). */
    publish?: PublishEvents;
    occurredAt: Date;
    language: Language;
    columnMapping: ColumnMapping;
  },
) {
  // The web request ends once the facts are on the bus; the list shows them a moment later.
  return runImport(carrierId, await openSheetsOfBytes(bytes), {
    ...options,
    waitForProcessing: false,
  });
}

/** The upload page again, saying why the file cannot be imported (422). */
export const unreadableFilePage = (c: Context, page: SignedIn['page'], error: ImportFileError) =>
  c.html(
    importUploadPage(
      page,
      importLimitLabel,
      `${importTexts[page.language].unreadable} ${fileProblemText(page.language, error.problem)}`,
    ),
    422,
  );
