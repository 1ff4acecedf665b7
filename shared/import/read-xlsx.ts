// The universal build reads an ArrayBuffer (the node build adds stream and file support this
// reader does not need: ~24 KB in the import functions' bundles).
import readXlsxFile from 'read-excel-file/universal';
import { readFile, stat } from 'node:fs/promises';
import type { SheetRows, TableRow } from './sheets';
import { checkHeaders, ImportFileError, importLimits } from './sheets';
import { checkXlsxArchive, xlsxTooLarge } from './xlsx-archive';
import { cellText, type CellValue } from './values';

/**
 * Every worksheet of an XLSX workbook that has a header row; date cells arrive as dates.
 * An XLSX file is a ZIP archive whose parts must be found by their index at its end, so it
 * is read whole, once its index shows it unpacks within the import's limit; CSV streams.
 */
export async function readXlsx(file: string | Buffer): Promise<SheetRows[]> {
  const bytes = typeof file === 'string' ? await readBoundedFile(file) : file;
  checkXlsxArchive(bytes);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new ImportFileError({
      code: 'notXlsx',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const read = sheets.flatMap(({ sheet, data: sheetData }): SheetRows[] => {
    // The library's types call a date cell `typeof Date`; its values are Date objects.
    const data = sheetData as unknown as CellValue[][];
    const headerIndex = data.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
    if (headerIndex < 0) return [];
    const headers = (data[headerIndex] ?? []).map((cell) => cellText(cell));
    async function* rows(): AsyncGenerator<TableRow> {
      for (let index = headerIndex + 1; index < data.length; index++) {
        yield { row: index + 1, cells: data[index] ?? [] };
      }
    }
    return [{ sheet, headers, rows: rows() }];
  });
  // The workbook's columns together: each sheet's ignored ones are listed in the answer.
  checkHeaders(read.flatMap(({ headers }) => headers));
  return read;
}

/**
 * A workbook file's bytes; one far larger than the unpacked limit is refused unread (even
 * stored without compression, its parts would pass the limit).
 */
async function readBoundedFile(path: string): Promise<Buffer> {
  if ((await stat(path)).size > 2 * importLimits.xlsxUnpackedBytes) throw xlsxTooLarge();
  return readFile(path);
}
