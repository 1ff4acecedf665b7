import type { CellValue } from './values';

/** A file that cannot be imported at all; the message says why, for a coordinator. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
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
