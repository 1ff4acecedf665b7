import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { SheetRows, TableRow } from './sheets';
import { checkHeaders, headerTooLong, ImportFileError, importLimits } from './sheets';

/** Opens the file's bytes anew each time: the encoding is decided in a first pass. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

/** Bytes looked at for a NUL, which text never holds and binary files nearly always do. */
const binarySniffBytes = 8192;

/**
 * Windows-1252 or UTF-8: a file that is valid UTF-8 throughout is UTF-8 (a BOM or not),
 * anything else is what German Excel writes, Windows-1252. Decided in one streamed pass so
 * that memory stays flat however long the file is.
 */
async function detectEncoding(open: ByteSource): Promise<'utf-8' | 'windows-1252'> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let valid = true;
  let seen = 0;
  let text = false;
  for await (const chunk of open()) {
    if (seen < binarySniffBytes && chunk.subarray(0, binarySniffBytes - seen).includes(0)) {
      throw new ImportFileError({ code: 'binary' });
    }
    seen += chunk.length;
    if (!text && /\S/.test(Buffer.from(chunk).toString('latin1'))) text = true;
    if (valid) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
    }
  }
  if (!text) throw new ImportFileError({ code: 'empty' });
  if (valid) {
    try {
      utf8.decode();
    } catch {
      valid = false;
    }
  }
  return valid ? 'utf-8' : 'windows-1252';
}

/** `;` (German Excel), tab or `,`: whichever the header line has most of, outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    ['\t', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

async function* decoded(open: ByteSource, encoding: string): AsyncGenerator<string> {
  // The UTF-8 decoder drops a leading BOM by itself.
  const decoder = new TextDecoder(encoding);
  for await (const chunk of open()) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * The text, with its first line available before the rest is read. Each chunk is looked at
 * once (not the whole head again), and a first line past the header limit is refused
 * before more of it is read.
 */
async function withFirstLine(chunks: AsyncGenerator<string>) {
  const head: string[] = [];
  let length = 0;
  // Read by hand: leaving a for-await loop early would close the generator.
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    length += next.value.length;
    if (/[\r\n]/.test(next.value)) break;
    if (length > importLimits.headerCharacters) throw headerTooLong();
  }
  const text = head.join('');
  const firstLine = text.split(/\r?\n|\r/, 1)[0] ?? '';
  if (firstLine.length > importLimits.headerCharacters) throw headerTooLong();
  async function* all() {
    if (text) yield text;
    yield* chunks;
  }
  return { firstLine, text: all() };
}

/**
 * A CSV file as one sheet, streamed: rows are parsed as they are read, so a long file never
 * sits in memory. Each row carries its line number in the file (the header is line 1).
 */
export async function readCsv(open: ByteSource): Promise<SheetRows> {
  const encoding = await detectEncoding(open);
  const { firstLine, text } = await withFirstLine(decoded(open, encoding));
  let lastParsedLine = 1;
  let headerParsed = false;
  const parser = Readable.from(text).pipe(
    parse({
      on_record: (record, { lines }) => {
        lastParsedLine = lines;
        headerParsed = true;
        return record;
      },
      delimiter: detectDelimiter(firstLine),
      max_record_size: importLimits.rowCharacters,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  const parsed = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  // A file csv-parse cannot read to its end (a quote never closed) is the coordinator's to
  // mend: it says where, like every other refused file. csv-parse names the line it stopped
  // on, the end of the file; the broken record starts after the last one it parsed.
  const records = {
    next: () =>
      parsed.next().catch((error: unknown) => {
        if (!(error instanceof CsvError)) throw error;
        const line = lastParsedLine + 1;
        if (error.code === 'CSV_MAX_RECORD_SIZE') {
          if (!headerParsed) throw headerTooLong();
          const limitKilobytes = importLimits.rowCharacters / 1024;
          throw new ImportFileError({ code: 'rowTooLong', line, limitKilobytes });
        }
        throw new ImportFileError({ code: 'malformedCsv', line });
      }),
  };
  const first = await records.next();
  if (first.done) throw new ImportFileError({ code: 'empty' });
  checkHeaders(first.value.record);
  async function* rows(): AsyncGenerator<TableRow> {
    for (;;) {
      const next = await records.next();
      if (next.done) return;
      const { record, info } = next.value;
      // csv-parse gives the line a record ends on (each \r and \n inside a quoted value
      // counted); the row is the line it starts on.
      const breaks = record.reduce((sum, cell) => sum + (cell.match(/[\r\n]/g)?.length ?? 0), 0);
      yield { row: info.lines - breaks, cells: record };
    }
  }
  return { sheet: undefined, headers: first.value.record, rows: rows() };
}
