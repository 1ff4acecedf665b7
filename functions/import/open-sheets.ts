import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { readCsv, type ByteSource } from '../../shared/import/read-csv';
import { isOleCompound, isZip, readXlsx } from '../../shared/import/read-xlsx';
import { ImportFileError, type SheetRows } from '../../shared/import/sheets';

async function sheetsOf(head: Uint8Array, xlsx: () => Promise<SheetRows[]>, csv: ByteSource) {
  if (head.length === 0) throw new ImportFileError({ code: 'empty' });
  if (isOleCompound(head)) throw new ImportFileError({ code: 'oldExcel' });
  if (isZip(head)) return xlsx();
  return [await readCsv(csv)];
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
  return sheetsOf(
    head,
    () => readXlsx(path),
    () => createReadStream(path, { highWaterMark: 64 * 1024 }),
  );
}

/** The sheets of an uploaded file held in memory (the web upload). */
export const openSheetsOfBytes = (bytes: Buffer): Promise<SheetRows[]> =>
  sheetsOf(
    bytes.subarray(0, 8),
    () => readXlsx(bytes),
    async function* () {
      yield bytes;
    },
  );
