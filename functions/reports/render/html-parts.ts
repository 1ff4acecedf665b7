import { escapeHtml } from '../../../shared/email/escape-html';
import type { Language } from '../../../shared/i18n/languages';
import type { Label } from './labels';
import { uiLabels, wordingOf } from './labels';

/**
 * Small HTML building blocks of the report pages. Every text that goes in is escaped here;
 * only markup built by these functions (and the charts' SVG) is passed through as it is.
 */

/** A string of markup that is already safe to insert. */
export interface Html {
  readonly html: string;
}

export const trusted = (html: string): Html => ({ html });
export const join = (parts: readonly Html[], separator = ''): Html =>
  trusted(parts.map((part) => part.html).join(separator));

/** The label in the page's language, escaped. */
export const localized = (label: Label, language: Language): Html =>
  trusted(escapeHtml(wordingOf(label, language)));

/** A figure's value: shown text, the machine value, and why it is missing if it is. */
export type Cell =
  | {
      readonly state: 'value';
      readonly figure: string;
      readonly shown: string;
      readonly raw: string;
    }
  | { readonly state: 'null'; readonly figure: string; readonly why: Label }
  /** `span`: a suppressed object (count and share) is one cell across its columns. */
  | { readonly state: 'suppressed'; readonly figure: string; readonly span?: number };

export const valueCell = (figure: string, shown: string, raw: number | string): Cell => ({
  state: 'value',
  figure,
  shown,
  raw: String(raw),
});

function cellHtml(cell: Cell, language: Language): string {
  const figure = escapeHtml(cell.figure);
  switch (cell.state) {
    case 'value':
      return `<td class="value" data-figure="${figure}" data-value="${escapeHtml(cell.raw)}"><bdi dir="ltr">${escapeHtml(cell.shown)}</bdi></td>`;
    case 'null':
      return `<td class="value missing" data-figure="${figure}" data-value=""><span class="dash" aria-hidden="true">–</span><span class="note">${localized(cell.why, language).html}</span></td>`;
    case 'suppressed':
      return `<td class="value suppressed"${cell.span ? ` colspan="${cell.span}"` : ''} data-figure="${figure}" data-value="" data-suppressed="true"><span class="dash" aria-hidden="true">–</span><span class="note">${localized(uiLabels.suppressed, language).html}</span></td>`;
  }
}

export interface TableRow {
  readonly label: Label;
  /** A short explanation under the label, e.g. how a funding model counts. */
  readonly hint?: Label;
  readonly cells: readonly Cell[];
}

/** A table of figures: a label column and one or more value columns. */
export function figureTable(
  language: Language,
  caption: Label,
  columns: readonly Label[],
  rows: readonly TableRow[],
  /** Hide the caption on screen (still read out) when the section's heading says it. */
  captionHidden = false,
  /** A remark on the whole table, under it. */
  footnote?: Label,
): Html {
  const head = [uiLabels.figure, ...columns]
    .map(
      (column, index) =>
        `<th scope="col"${index > 0 ? ' class="value"' : ''}>${localized(column, language).html}</th>`,
    )
    .join('');
  const body = rows
    .map((row) => {
      const hint = row.hint
        ? `<small class="hint">${localized(row.hint, language).html}</small>`
        : '';
      return `<tr><th scope="row">${localized(row.label, language).html}${hint}</th>${row.cells.map((cell) => cellHtml(cell, language)).join('')}</tr>`;
    })
    .join('\n');
  return trusted(
    `<table><caption${captionHidden ? ' class="visually-hidden"' : ''}>${localized(caption, language).html}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${footnote ? `<p class="table-note">${localized(footnote, language).html}</p>` : ''}`,
  );
}

/** A chart with its caption; the SVG comes from svg-chart.ts. */
export const chartFigure = (language: Language, caption: Label, svg: string): Html =>
  trusted(
    `<figure class="chart"><figcaption>${localized(caption, language).html}</figcaption>${svg}</figure>`,
  );

export const section = (
  language: Language,
  id: string,
  title: Label,
  content: readonly Html[],
): Html =>
  trusted(
    `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-title"><h2 id="${escapeHtml(id)}-title">${localized(title, language).html}</h2>\n${join(content, '\n').html}\n</section>`,
  );

/** Tables on the left and charts on the right on wide screens and paper; one column on phones. */
export const columns = (tables: readonly Html[], charts: readonly Html[]): Html =>
  trusted(
    `<div class="columns"><div class="tables">${join(tables, '\n').html}</div><div class="charts">${join(charts, '\n').html}</div></div>`,
  );

export const note = (language: Language, label: Label, className = 'note-block'): Html =>
  trusted(`<p class="${escapeHtml(className)}">${localized(label, language).html}</p>`);
