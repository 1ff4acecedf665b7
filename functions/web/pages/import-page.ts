import { html } from 'hono/html';
import type { ImportResult, MissingColumn } from '../../import/run-import';
import { importTexts, type ImportTexts } from '../../../shared/i18n/import-texts';
import {
  headersOfField,
  usualHeaderOf,
  type ColumnMapping,
  type ImportField,
} from '../../../shared/import/columns';
import { mappingFieldName } from '../import-mapping';
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
      <dt>${texts.overdueAtOnce}</dt>
      <dd>${String(result.overdueAtOnce)}</dd>
    </dl>
    ${
      result.overdueAtOnce > 0
        ? html`<p class="hint" id="overdue-at-once">${texts.overdueExplanation}</p>`
        : ''
    }`;

/** Each missing field once, with the columns of every sheet that lacks it. */
const missingByField = (missing: readonly MissingColumn[]) => {
  const byField = new Map<ImportField, Set<string>>();
  for (const { field, choices } of missing) {
    const known = byField.get(field) ?? new Set<string>();
    for (const choice of choices) known.add(choice);
    byField.set(field, known);
  }
  return [...byField].map(([field, choices]) => ({ field, choices: [...choices] }));
};

/** The columns already chosen, carried on to the next step. */
const chosenColumns = (mapping: ColumnMapping) =>
  Object.entries(mapping).map(
    ([field, header]) =>
      html`<input
        type="hidden"
        name="${mappingFieldName(field as ImportField)}"
        value="${header}"
      />`,
  );

/** One choice among the file's columns for a field it lacks. */
const columnChoice = (texts: ImportTexts, field: ImportField, choices: readonly string[]) => {
  const id = mappingFieldName(field);
  return html`<p>
    <label for="${id}">${ltr(usualHeaderOf(field))}</label>
    <select id="${id}" name="${id}" required aria-describedby="${id}-hint">
      <option value="">${texts.mappingChoose}</option>
      ${choices.map((choice) => html`<option value="${choice}">${choice}</option>`)}
    </select>
    <span class="hint" id="${id}-hint"
      >${texts.mappingAccepted} ${ltr(headersOfField[field].join(', '))}</span
    >
  </p>`;
};

/**
 * The mapping step (SPEC §10): a required column was not found, so instead of a preview
 * full of the same error, one message and a choice among the file's columns per field.
 */
const mappingStep = (
  page: SignedInPage,
  texts: ImportTexts,
  missing: readonly MissingColumn[],
  upload: Upload,
) =>
  html`<h2>${texts.mappingTitle}</h2>
    <p role="alert">${texts.mappingIntro}</p>
    <form method="post" action="/app/import" enctype="multipart/form-data">
      <input type="hidden" name="formToken" value="${page.formToken}" />
      <input type="hidden" name="content" value="${upload.content}" />
      ${chosenColumns(upload.mapping)}
      ${missingByField(missing).map(({ field, choices }) => columnChoice(texts, field, choices))}
      <button type="submit">${texts.mappingSubmit}</button>
    </form>
    <p><a href="/app/import">${texts.chooseAnother}</a></p>`;

/** The file and the columns chosen for it, as the browser sends them to the next step. */
interface Upload {
  readonly content: string;
  readonly occurredAt: string;
  readonly mapping: ColumnMapping;
}

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
export const importPreviewPage = (page: SignedInPage, result: ImportResult, upload: Upload) => {
  const { texts, lang } = wordsOf(page);
  if (result.missingColumns?.length) {
    return layout(
      page,
      texts.previewTitle,
      html`<div lang="${lang}">${mappingStep(page, texts, result.missingColumns, upload)}</div>`,
    );
  }
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
        ${chosenColumns(upload.mapping)}
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
