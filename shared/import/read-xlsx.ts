import readXlsxFile from 'read-excel-file/node';
import type { SheetRows, TableRow } from './sheets';
import { ImportFileError } from './sheets';
import { cellText, type CellValue } from './values';

/** An XLSX file starts like every ZIP archive. */
export const isZip = (head: Uint8Array): boolean =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** The old binary Excel format (.xls) starts like every OLE compound file. */
export const isOleCompound = (head: Uint8Array): boolean =>
  head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;

/**
 * Every worksheet of an XLSX workbook that has a header row; date cells arrive as dates.
 * An XLSX file is a ZIP archive whose parts must be found by their index at its end, so it
 * is read whole (the web upload limit and the CLI's machine bound its size); CSV streams.
 */
export async function readXlsx(file: string | Buffer): Promise<SheetRows[]> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(file);
  } catch (error) {
    throw new ImportFileError({
      code: 'notXlsx',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return sheets.flatMap(({ sheet, data: sheetData }): SheetRows[] => {
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
}
