import { fileProblemText } from '../i18n/import-file-texts';
import type { FileProblem } from './file-problems';
import type { CellValue } from './values';

/**
 * A file that cannot be imported at all. `problem` says why, as data, for the web page's
 * language; the message is its English words, as the CLI prints them.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(readonly problem: FileProblem) {
    super(fileProblemText('en', problem));
  }
}

/**
 * What a file may hold, so that reading it stays linear, small and quick (SPEC §10's web
 * upload answers within Lambda's 6 MB and 30 s): more is a file problem, not a long wait.
 */
export const importLimits = {
  /** Columns of a sheet (Excel's own lists rarely pass 100). */
  columns: 500,
  /** Characters of the header line, all headers together. */
  headerCharacters: 64 * 1024,
  /** Characters of one CSV record. */
  rowCharacters: 1024 * 1024,
  /** Bytes of an XLSX workbook's parts once unpacked, all together. */
  xlsxUnpackedBytes: 50 * 1024 * 1024,
  /**
   * Cells of an XLSX workbook's sheets: the XLSX reader holds them all at once and slows
   * down steeply past this (30,000 rows of 7 cells took 10 s, 100,000 rows 175 s and then
   * failed); a CSV file of any length streams.
   */
  xlsxCells: 250_000,
} as const;

/**
 * The header row within the limits, or the file problem that says which one it passes.
 * Empty headers (trailing separators, a sheet's unused columns) are not counted: only
 * named columns are listed in the answer.
 */
export function checkHeaders(headers: readonly string[]): void {
  const named = headers.filter((header) => header.trim() !== '').length;
  if (named > importLimits.columns) {
    throw new ImportFileError({
      code: 'tooManyColumns',
      columns: named,
      limit: importLimits.columns,
    });
  }
  let characters = 0;
  for (const header of headers) characters += header.length;
  if (characters > importLimits.headerCharacters) throw headerTooLong();
}

export const headerTooLong = (): ImportFileError =>
  new ImportFileError({
    code: 'headerTooLong',
    limitKilobytes: importLimits.headerCharacters / 1024,
  });

/** One data row and its line in the file (the header is line 1). */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** A sheet: an XLSX worksheet, or the one table of a CSV file. */
export interface SheetRows {
  /** The worksheet's name; undefined for a CSV file. */
  readonly sheet: string | undefined;
  readonly headers: readonly string[];
  readonly rows: AsyncIterable<TableRow>;
}
