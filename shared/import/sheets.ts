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
