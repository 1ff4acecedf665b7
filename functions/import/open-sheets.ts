import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isOleCompound, isZip } from '../../shared/import/file-signatures';
import type { ByteSource } from '../../shared/import/read-csv';
import { ImportFileError, type SheetRows } from '../../shared/import/sheets';

// A file is either format: its reader (csv-parse, or read-excel-file with its unzipper) is
// loaded when a file of that format comes, so a cold start pays for one of them.
const csvReader = async () => (await import('../../shared/import/read-csv')).readCsv;
const xlsxReader = async () => (await import('../../shared/import/read-xlsx')).readXlsx;

async function sheetsOf(head: Uint8Array, file: string | Buffer, csv: ByteSource) {
  if (head.length === 0) throw new ImportFileError({ code: 'empty' });
  if (isOleCompound(head)) throw new ImportFileError({ code: 'oldExcel' });
  if (isZip(head)) return (await xlsxReader())(file);
  return [await (await csvReader())(csv)];
}

/**
 * The sheets of a file on disk: an XLSX workbook (recognised by its content, whatever its
 * name) or a CSV file, streamed. A missing or unreadable file is an ImportFileError.
 */
export async function openSheetsOfFile(path: string): Promise<SheetRows[]> {
  let head: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportFileError({ code: 'notAFile', path });
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportFileError(
      code === 'ENOENT'
        ? { code: 'noSuchFile', path }
        : { code: 'unreadableFile', path, reason: code ?? String(error) },
    );
  }
  return sheetsOf(head, path, () => createReadStream(path, { highWaterMark: 64 * 1024 }));
}

/** The sheets of an uploaded file held in memory (the web upload). */
export const openSheetsOfBytes = (bytes: Buffer): Promise<SheetRows[]> =>
  sheetsOf(bytes.subarray(0, 8), bytes, async function* () {
    yield bytes;
  });
