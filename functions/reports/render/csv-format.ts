import type { FigureRow } from './figure-rows';

/**
 * RFC 4180 CSV of figure rows: header `section,figure,value`, CRLF after every record
 * (the last one too, as RFC 4180 allows), a field quoted only when it holds a comma, a double
 * quote, CR or LF (quotes inside doubled).
 *
 * Encoding: UTF-8 without a byte-order mark. The file is meant for programs first (dot as
 * decimal separator, comma as delimiter, ASCII figure names): a BOM would become part of the
 * first header cell for many CSV readers and for `cut`/`awk`, and it does not make German
 * Excel read these files right anyway (Excel's German locale expects `;` and decimal commas;
 * the data import with "UTF-8, comma" reads them correctly). The only text that may be
 * non-ASCII is an id, which UTF-8 without BOM carries unchanged.
 */

const needsQuotes = /[",\r\n]/;

/**
 * Cells that spreadsheet programs would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the
 * start) are prefixed with `'` (OWASP "CSV injection"). Only text cells can start so: figures
 * are never negative. Ids that follow the partner-id pattern start with a letter or digit and
 * are never changed.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(text: string): string {
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number without exponent notation, as short as JavaScript writes it otherwise. */
export function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

export function csvValue({ kind, value }: FigureRow): string {
  if (value === null) return '';
  if (kind === 'text') {
    const text = String(value);
    return formulaStart.test(text) ? `'${text}` : text;
  }
  if (kind === 'flag') return value ? 'true' : 'false';
  if (typeof value !== 'number') return String(value);
  return kind === 'amount' ? value.toFixed(2) : plainNumber(value);
}

export function figureRowsCsv(rows: readonly FigureRow[]): string {
  const records = [
    ['section', 'figure', 'value'],
    ...rows.map((row) => [row.section, row.figure, csvValue(row)]),
  ];
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
