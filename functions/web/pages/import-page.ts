import { html } from 'hono/html';
import type { ImportResult } from '../../import/run-import';
import { importTexts, type ImportTexts } from '../../../shared/i18n/import-texts';
import { layout, ltr, type PageContext } from './layout';

type SignedInPage = PageContext & { formToken: string };

/** The import's words, and the language they are in (English stands in for missing ones). */
const wordsOf = (page: PageContext): { texts: ImportTexts; lang: string } => {
  const texts = importTexts[page.language];
  return { texts, lang: texts === importTexts.en ? 'en' : page.language };
};

const fill = (text: string, limit: string) => text.replace('{limit}', limit);

/** `GET /app/import`: the upload form (a refused file comes back with its message). */
export const importUploadPage = (page: SignedInPage, limit: string, problem?: string) => {
  const { texts, lang } = wordsOf(page);
  return layout(
    page,
    texts.title,
    html`<div lang="${lang}">
      <p><a href="/app/matches">${page.texts.backToList}</a></p>
      <p>${texts.intro}</p>
      <p>${texts.privacy}</p>
      ${problem ? html`<p class="error" role="alert" id="file-error">${problem}</p>` : ''}
      <form method="post" action="/app/import" enctype="multipart/form-data">
        <input type="hidden" name="formToken" value="${page.formToken}" />
        <p>
          <label for="file">${texts.file}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-describedby="file-hint${problem ? ' file-error' : ''}"
          />
          <span class="hint" id="file-hint">${fill(texts.fileHint, limit)}</span>
        </p>
        <button type="submit">${texts.preview}</button>
      </form>
    </div>`,
  );
};

const counts = (texts: ImportTexts, result: ImportResult) =>
  html`<dl>
    <dt>${texts.rows}</dt>
    <dd>${String(result.rows)}</dd>
    <dt>${texts.matches}</dt>
    <dd>
      ${texts.created}: ${String(result.matches.created)}, ${texts.updated}:
      ${String(result.matches.updated)}, ${texts.unchanged}: ${String(result.matches.unchanged)},
      ${texts.ended}: ${String(result.matches.ended)}
    </dd>
    <dt>${texts.checkIns}</dt>
    <dd>
      ${texts.created}: ${String(result.checkIns.created)}, ${texts.unchanged}:
      ${String(result.checkIns.unchanged)}
    </dd>
  </dl>`;

/** Every error of the file, and the columns that were not read. */
const problems = (texts: ImportTexts, result: ImportResult) =>
  html`<h2>${texts.errors}</h2>
    ${
      result.errors.length === 0
        ? html`<p>${texts.noErrors}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${texts.row}</th>
                <th scope="col">${texts.column}</th>
                <th scope="col">${texts.problem}</th>
              </tr>
            </thead>
            <tbody>
              ${result.errors.map(
                (error) =>
                  html`<tr>
                    <td>${String(error.row)}</td>
                    <td>${ltr(error.column)}</td>
                    <td>${error.message}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    ${
      result.ignoredColumns.length
        ? html`<h2>${texts.ignoredColumns}</h2>
            <ul>
              ${result.ignoredColumns.map((column) => html`<li>${ltr(column)}</li>`)}
            </ul>`
        : ''
    }`;

/**
 * The preview: what the import would do, and the confirm button. The file goes back to the
 * browser in the form (it never stays on the server), with the preview's time, so that the
 * confirmed import does exactly what the preview counted.
 */
export const importPreviewPage = (
  page: SignedInPage,
  result: ImportResult,
  upload: { content: string; occurredAt: string },
) => {
  const { texts, lang } = wordsOf(page);
  return layout(
    page,
    texts.previewTitle,
    html`<div lang="${lang}">
      <p role="status">${texts.nothingStoredYet}</p>
      ${counts(texts, result)}
      <form method="post" action="/app/import/confirm" enctype="multipart/form-data">
        <input type="hidden" name="formToken" value="${page.formToken}" />
        <input type="hidden" name="content" value="${upload.content}" />
        <input type="hidden" name="occurredAt" value="${upload.occurredAt}" />
        <button type="submit">${texts.confirm}</button>
      </form>
      <p><a href="/app/import">${texts.chooseAnother}</a></p>
      ${problems(texts, result)}
    </div>`,
  );
};

/** After the import: the same counts, now done. */
export const importResultPage = (page: SignedInPage, result: ImportResult) => {
  const { texts, lang } = wordsOf(page);
  return layout(
    page,
    texts.resultTitle,
    html`<div lang="${lang}">
      <p role="status">${texts.done}</p>
      ${counts(texts, result)}
      <p><a href="/app/matches">${page.texts.backToList}</a></p>
      ${problems(texts, result)}
    </div>`,
  );
};
