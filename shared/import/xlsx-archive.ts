import { inflateRawSync } from 'node:zlib';
import { ImportFileError, importLimits } from './sheets';

// An XLSX workbook is a ZIP archive. A few KB of it can unpack to gigabytes (one repeated
// string compresses about 1000:1), so before the XLSX reader unpacks anything, the archive's
// index (its central directory, at its end) must add up to at most the import's limit, and
// every part must be what the index says: no bigger once unpacked, and no bytes outside the
// indexed parts, since the reader streams the archive from its start and would read them.

interface IndexedPart {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const signatures = {
  endOfIndex: 0x06054b50,
  indexEntry: 0x02014b50,
  part: 0x04034b50,
  dataDescriptor: 0x08074b50,
};
const endOfIndexSize = 22;
const maxCommentSize = 0xffff;
const stored = 0;
const deflated = 8;
/** Bit 3: sizes and checksum follow the part's data instead of standing in its header. */
const hasDataDescriptor = 0x8;

const damaged = (detail: string) => new ImportFileError({ code: 'notXlsx', detail });

/** The parts the archive's central directory lists, with the directory's place. */
function readIndex(bytes: Buffer): { parts: IndexedPart[]; indexOffset: number } {
  const lowest = Math.max(0, bytes.length - endOfIndexSize - maxCommentSize);
  let end = -1;
  for (let at = bytes.length - endOfIndexSize; at >= lowest && end < 0; at--) {
    if (bytes.readUInt32LE(at) === signatures.endOfIndex) end = at;
  }
  if (end < 0) throw damaged('end of central directory not found');
  const count = bytes.readUInt16LE(end + 10);
  const indexOffset = bytes.readUInt32LE(end + 16);
  // ZIP64 marks these fields 0xFFFF… and keeps the real values elsewhere: an archive that
  // needs ZIP64 is far beyond the limit anyway.
  if (count === 0xffff || indexOffset === 0xffffffff) throw xlsxTooLarge();
  const parts: IndexedPart[] = [];
  let at = indexOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== signatures.indexEntry) {
      throw damaged('its central directory is damaged');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    parts.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { parts, indexOffset };
}

export const xlsxTooLarge = (): ImportFileError =>
  new ImportFileError({
    code: 'xlsxTooLarge',
    limitMegabytes: importLimits.xlsxUnpackedBytes / (1024 * 1024),
  });

/** A worksheet's XML: its cells are `<c …>` elements. */
const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/** The `<c>` and `<c …>` elements in a worksheet's XML, counted in one pass. */
function cellsIn(xml: Buffer): number {
  let cells = 0;
  for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
    const next = xml[at + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) cells++; // ' ', '>', '/'
  }
  return cells;
}

/**
 * Unpacks one part no further than the size its index gives; where it ends in the file,
 * and how many cells it holds (a worksheet's; 0 for other parts).
 */
function checkPart(bytes: Buffer, part: IndexedPart): { end: number; cells: number } {
  if (part.offset + 30 > bytes.length || bytes.readUInt32LE(part.offset) !== signatures.part) {
    throw damaged(`part ${part.name} is not where the central directory says`);
  }
  // The streaming reader goes by the part's own header: it must agree with the index.
  const flags = bytes.readUInt16LE(part.offset + 6);
  const described = (flags & hasDataDescriptor) !== 0;
  if (
    described !== ((part.flags & hasDataDescriptor) !== 0) ||
    bytes.readUInt16LE(part.offset + 8) !== part.method ||
    (!described &&
      (bytes.readUInt32LE(part.offset + 18) !== part.compressedSize ||
        bytes.readUInt32LE(part.offset + 22) !== part.size))
  ) {
    throw damaged(`part ${part.name} says other than the central directory`);
  }
  const dataStart =
    part.offset + 30 + bytes.readUInt16LE(part.offset + 26) + bytes.readUInt16LE(part.offset + 28);
  const data = bytes.subarray(dataStart, dataStart + part.compressedSize);
  if (data.length !== part.compressedSize) throw damaged(`part ${part.name} is cut off`);
  let unpacked: Buffer;
  if (part.method === stored) unpacked = data;
  else if (part.method === deflated) {
    try {
      const { buffer, engine } = inflateRawSync(data, {
        info: true,
        maxOutputLength: Math.max(part.size, 1),
      }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      // Compressed bytes the part does not use would be read by the streaming reader.
      if (engine.bytesWritten !== data.length) throw damaged(`part ${part.name} has extra data`);
      unpacked = buffer;
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw damaged(`part ${part.name} does not unpack to the size its index gives`);
    }
  } else throw damaged(`part ${part.name} uses compression method ${part.method}`);
  if (unpacked.length !== part.size) {
    throw damaged(`part ${part.name} does not unpack to the size its index gives`);
  }
  const cells = isWorksheet(part.name) ? cellsIn(unpacked) : 0;
  const dataEnd = dataStart + part.compressedSize;
  if (!described) return { end: dataEnd, cells };
  if (dataEnd + 12 > bytes.length) throw damaged(`part ${part.name} is cut off`);
  const signed = bytes.readUInt32LE(dataEnd) === signatures.dataDescriptor;
  return { end: dataEnd + (signed ? 16 : 12), cells };
}

/**
 * Refuses an XLSX archive whose parts unpack to more than the import's limit, or that holds
 * anything but its indexed parts, each unpacking to exactly its indexed size: the XLSX
 * reader then unpacks at most the limit. Refuses more cells than the reader reads quickly.
 * Linear in the archive's size.
 */
export function checkXlsxArchive(bytes: Buffer): void {
  const { parts, indexOffset } = readIndex(bytes);
  let total = 0;
  for (const part of parts) total += part.size;
  if (total > importLimits.xlsxUnpackedBytes) throw xlsxTooLarge();
  let expected = 0;
  let cells = 0;
  for (const part of [...parts].sort((a, b) => a.offset - b.offset)) {
    if (part.offset !== expected) throw damaged('it holds data outside its central directory');
    const checked = checkPart(bytes, part);
    expected = checked.end;
    cells += checked.cells;
  }
  if (expected !== indexOffset) throw damaged('it holds data outside its central directory');
  if (cells > importLimits.xlsxCells) {
    throw new ImportFileError({ code: 'xlsxTooManyCells', limit: importLimits.xlsxCells });
  }
}
