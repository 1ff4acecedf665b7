// SPEC §10: why a whole file cannot be imported, as data. The words come later, in the
// reader's language (shared/i18n/import-file-texts.ts): the CLI prints English, the web page
// the page's. Paths and carrier ids appear only in the CLI's problems.

export type FileProblem =
  | { readonly code: 'empty' }
  /** Neither CSV text nor an XLSX workbook: bytes a text file does not hold. */
  | { readonly code: 'binary' }
  /** The Excel format before 2007 (.xls), which the import does not read. */
  | { readonly code: 'oldExcel' }
  /** A ZIP that the XLSX reader refused; `detail` is the reader's own (English) words. */
  | { readonly code: 'notXlsx'; readonly detail: string }
  /** A CSV file csv-parse cannot read past `line` (e.g. a quote that is never closed). */
  | { readonly code: 'malformedCsv'; readonly line: number }
  /** A sheet with more columns than the import reads (shared/import/sheets.ts). */
  | { readonly code: 'tooManyColumns'; readonly columns: number; readonly limit: number }
  /** A header line longer than the import reads. */
  | { readonly code: 'headerTooLong'; readonly limitKilobytes: number }
  /** A CSV record, starting on `line`, longer than the import reads. */
  | { readonly code: 'rowTooLong'; readonly line: number; readonly limitKilobytes: number }
  /** An XLSX workbook whose parts unpack to more than the import reads. */
  | { readonly code: 'xlsxTooLarge'; readonly limitMegabytes: number }
  /** An XLSX workbook with more cells than the XLSX reader reads quickly. */
  | { readonly code: 'xlsxTooManyCells'; readonly limit: number }
  /** No header of SPEC §10's table in any sheet. */
  | { readonly code: 'noColumns' }
  | { readonly code: 'noSuchFile'; readonly path: string }
  | { readonly code: 'notAFile'; readonly path: string }
  | { readonly code: 'unreadableFile'; readonly path: string; readonly reason: string }
  | { readonly code: 'unknownCarrier'; readonly carrierId: string };

export type FileProblemCode = FileProblem['code'];
