import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { ImportFileError } from '../../shared/import/sheets';
import { openSheetsOfBytes, openSheetsOfFile } from '../../functions/import/open-sheets';
import { mapColumns } from '../../shared/import/columns';
import { readRow } from '../../shared/import/rows';
import { sheetSchemas } from '../../shared/import/sheet-schemas';
import type { SheetRows, TableRow } from '../../shared/import/sheets';
import {
  booleanOf,
  channelOf,
  dateOf,
  programmeOf,
  reasonOf,
  withOf,
} from '../../shared/import/values';

// SPEC §10 reading rules, each against what carriers really write.

const rowsOf = async (sheet: SheetRows): Promise<TableRow[]> => {
  const rows: TableRow[] = [];
  for await (const row of sheet.rows) rows.push(row);
  return rows;
};

const csv = async (bytes: Buffer) => {
  const [sheet] = await openSheetsOfBytes(bytes);
  if (!sheet) throw new Error('no sheet');
  return { headers: sheet.headers, rows: await rowsOf(sheet) };
};

describe('values', () => {
  it('reads dates as YYYY-MM-DD, DD.MM.YYYY, D.M.YY and date cells', () => {
    expect(dateOf('2025-03-31')).toBe('2025-03-31');
    expect(dateOf('31.03.2025')).toBe('2025-03-31');
    expect(dateOf('3.4.25')).toBe('2025-04-03');
    expect(dateOf(' 1.12.2024 ')).toBe('2024-12-01');
    expect(dateOf(new Date(Date.UTC(2025, 0, 6)))).toBe('2025-01-06');
    expect(() => dateOf('31.02.2025')).toThrow('is not a real calendar date');
    expect(() => dateOf('03/31/2025')).toThrow('must be a date like');
  });

  it('reads yes/no in German and English, x and empty', () => {
    for (const value of ['ja', 'Ja', 'yes', 'TRUE', 'x', 'X', true])
      expect(booleanOf(value)).toBe(true);
    for (const value of ['nein', 'no', 'false', '', null, false])
      expect(booleanOf(value)).toBe(false);
    expect(() => booleanOf('vielleicht')).toThrow('must be ja or nein');
  });

  it('takes the §2 values and their German labels', () => {
    expect(programmeOf('Freizeit und Kultur')).toBe('leisure_culture');
    expect(programmeOf('bildung und arbeit')).toBe('education_work');
    expect(programmeOf('Lesen und Sprache, Alltag und Wohnen')).toBe('reading_language');
    expect(programmeOf('Chancenpatenschaft')).toBe('opportunity');
    expect(programmeOf('everyday_housing')).toBe('everyday_housing');
    expect(() => programmeOf('Sport')).toThrow('is not one of');
    expect(channelOf('persönlich')).toBe('in_person');
    expect(channelOf('Telefon')).toBe('phone');
    expect(channelOf('Video')).toBe('video');
    expect(channelOf('Nachricht')).toBe('message');
    expect(withOf('beide')).toBe('both');
    expect(withOf('Mentor:in')).toBe('mentor');
    expect(withOf('Mentee')).toBe('mentee');
    expect(reasonOf('Ziel erreicht')).toBe('goal_reached');
    expect(reasonOf('moved_away')).toBe('moved_away');
    expect(reasonOf('Die Familie ist nach Hamburg gezogen')).toBe('other');
  });
});

describe('columns', () => {
  it('matches headers trimmed and case-insensitively; codo id columns win over names', () => {
    const map = mapColumns([
      ' tandem-id ',
      'Mentor:in',
      'Mentor:in (interne ID)',
      'MENTEE',
      'Mentee (internal id)',
      'Anfang',
      'Vorname',
      '',
    ]);
    expect(map.columnOf).toEqual({ matchId: 0, mentorId: 2, menteeId: 4, startedOn: 5 });
    expect(map.ignored).toEqual(['Mentor:in', 'MENTEE', 'Vorname']);
  });

  it('prefers the internal id column over another id column for the same field', () => {
    const map = mapColumns(['Mentor-ID', 'Mentor:in (interne ID)']);
    expect(map.columnOf.mentorId).toBe(1);
    expect(map.ignored).toEqual(['Mentor-ID']);
  });
});

// The webhooks' own schemas, loaded for a sheet's kind as the import loads them.
const matchSheet = await sheetSchemas('matches');
const checkInSheet = await sheetSchemas('checkIns');

describe('rows', () => {
  const columns = mapColumns([
    'Tandem-ID',
    'Mentor-ID',
    'Mentee-ID',
    'Beginn',
    'Programm',
    'Ende',
    'Beendigungsgrund',
  ]);

  it('makes a match.created, and a match.ended when it has an end', () => {
    const outcome = readRow(
      columns,
      ['m-1', 'p-1', 'p-2', '01.02.2025', 'Bildung und Arbeit', '30.06.2025', 'Umzug'],
      2,
      matchSheet,
    );
    expect(outcome).toEqual({
      ok: true,
      facts: {
        kind: 'match',
        created: {
          matchId: 'm-1',
          mentorId: 'p-1',
          menteeId: 'p-2',
          startedOn: '2025-02-01',
          programme: 'education_work',
        },
        ended: { matchId: 'm-1', endedOn: '2025-06-30', reason: 'moved_away' },
      },
    });
  });

  it('reports every problem of a row with its column, never the value itself', () => {
    const outcome = readRow(
      columns,
      ['m-1', 'Anna Berg', '', '2025-13-01', 'Sport', '', ''],
      9,
      matchSheet,
    );
    expect(outcome.ok).toBe(false);
    const errors = outcome.ok === false ? outcome.errors : [];
    expect(errors.map(({ row, column }) => [row, column])).toEqual([
      [9, 'Mentor-ID'],
      [9, 'Mentee-ID'],
      [9, 'Beginn'],
      [9, 'Programm'],
    ]);
    expect(errors[0]?.message).toContain('looks like a name');
    expect(JSON.stringify(errors)).not.toContain('Anna');
  });

  it('reads a row of a sheet with both kinds of columns by its check-in date', async () => {
    const mixedColumns = mapColumns([
      'Tandem-ID',
      'Mentor-ID',
      'Mentee-ID',
      'Beginn',
      'Programm',
      'Datum',
      'Mit',
      'Kanal',
    ]);
    const mixedSheet = await sheetSchemas('mixed');
    const kindOf = (cells: string[]) => {
      const outcome = readRow(mixedColumns, cells, 2, mixedSheet);
      return outcome.ok === true ? outcome.facts.kind : outcome.ok;
    };
    expect(kindOf(['m-1', 'p-1', 'p-2', '01.02.2025', 'Bildung und Arbeit', '', '', ''])).toBe(
      'match',
    );
    expect(kindOf(['m-1', '', '', '', '', '03.03.2025', 'beide', 'Telefon'])).toBe('checkIn');
    expect(kindOf(['m-1', '', '', '', '', '', 'beide', 'Telefon'])).toBe(false);
  });

  it('gives a check-in an id from its match and values: the same row, the same id', () => {
    const checkInColumns = mapColumns(['Tandem-ID', 'Datum', 'Mit', 'Kanal', 'Sorge']);
    const read = (cells: string[]) => {
      const outcome = readRow(checkInColumns, cells, 2, checkInSheet);
      return outcome.ok === true && outcome.facts.kind === 'checkIn'
        ? outcome.facts.checkIn
        : undefined;
    };
    const first = read(['m-1', '03.03.2025', 'beide', 'Telefon', 'ja']);
    expect(first).toMatchObject({
      matchId: 'm-1',
      occurredOn: '2025-03-03',
      with: 'both',
      channel: 'phone',
      concern: true,
    });
    expect(read(['m-1', '2025-03-03', 'both', 'phone', 'x'])?.checkInId).toBe(first?.checkInId);
    expect(read(['m-1', '2025-03-04', 'both', 'phone', 'x'])?.checkInId).not.toBe(first?.checkInId);
    expect(first?.checkInId).toMatch(/^imp-[0-9a-f]{32}$/);
  });
});

describe('CSV files', () => {
  const german =
    'Tandem-ID;Beginn;Notiz\r\nm-1;01.02.2025;Grüße an Jürgen\r\n\r\nm-2;02.02.2025;"zwei\nZeilen"\r\nm-3;03.02.2025;x\r\n';

  // Excel breaks lines inside a cell with LF, and ends each row with CRLF.
  it('reads Windows-1252 with ;, each row numbered by the line it starts on (header = 1)', async () => {
    const { headers, rows } = await csv(Buffer.from(german, 'latin1'));
    expect(headers).toEqual(['Tandem-ID', 'Beginn', 'Notiz']);
    expect(rows.map(({ row, cells }) => [row, cells[0], cells[2]])).toEqual([
      [2, 'm-1', 'Grüße an Jürgen'],
      [4, 'm-2', 'zwei\nZeilen'],
      [6, 'm-3', 'x'],
    ]);
  });

  it('reads UTF-8 with a BOM and tabs, and UTF-8 without BOM and commas', async () => {
    const tabbed = await csv(Buffer.from('\uFEFFTandem-ID\tDatum\nm-1\t2025-02-01\n', 'utf8'));
    expect(tabbed.headers).toEqual(['Tandem-ID', 'Datum']);
    expect(tabbed.rows[0]?.cells).toEqual(['m-1', '2025-02-01']);
    const commas = await csv(Buffer.from('Tandem-ID,Notiz\nm-1,"Grüße, Jürgen"\n', 'utf8'));
    expect(commas.rows[0]?.cells).toEqual(['m-1', 'Grüße, Jürgen']);
  });

  it('streams a long file to its last row, across many chunks', async () => {
    const lines = ['Tandem-ID;Beginn'];
    for (let index = 0; index < 20_000; index++) lines.push(`m-${index};01.02.2025`);
    const path = join(await mkdtemp(join(tmpdir(), 'tandem-csv-')), 'long.csv');
    await writeFile(path, lines.join('\r\n'));
    const [sheet] = await openSheetsOfFile(path);
    if (!sheet) throw new Error('no sheet');
    const rows = await rowsOf(sheet);
    expect(rows).toHaveLength(20_000);
    expect(rows.at(-1)).toEqual({ row: 20_001, cells: ['m-19999', '01.02.2025'] });
  });

  it('refuses an empty or binary file with a message', async () => {
    await expect(openSheetsOfBytes(Buffer.alloc(0))).rejects.toThrow('The file is empty.');
    await expect(openSheetsOfBytes(Buffer.from(' \r\n '))).rejects.toThrow('The file is empty.');
    await expect(openSheetsOfBytes(Buffer.from([0x41, 0x00, 0x42]))).rejects.toThrow('binary');
    await expect(
      openSheetsOfBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).rejects.toThrow('.xls');
  });

  it('refuses a file whose quote is never closed, naming the line, as a file problem', async () => {
    const file = 'Tandem-ID;Beginn\nm-1;01.02.2025\n"m-2;02.02.2025\nm-3;03.02.2025\n';
    // Refused while reading, at the start or on the way (csv-parse reads ahead).
    const refused = await openSheetsOfBytes(Buffer.from(file))
      .then(async ([sheet]) => sheet && (await rowsOf(sheet)))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(ImportFileError);
    expect((refused as ImportFileError).problem).toEqual({ code: 'malformedCsv', line: 3 });
  });
});

/** A ZIP archive built by hand, so that its index can say what a crafted one says. */
function zipOf(
  parts: { name: string; data: Buffer; declaredSize?: number; indexed?: boolean }[],
): Buffer {
  const local: Buffer[] = [];
  const index: Buffer[] = [];
  let offset = 0;
  let indexed = 0;
  for (const part of parts) {
    const packed = deflateRawSync(part.data);
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? part.data.length;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, packed);
    if (part.indexed !== false) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt32LE(packed.length, 20);
      entry.writeUInt32LE(size, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      index.push(entry, name);
      indexed++;
    }
    offset += 30 + name.length + packed.length;
  }
  const indexBytes = Buffer.concat(index);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(indexed, 8);
  end.writeUInt16LE(indexed, 10);
  end.writeUInt32LE(indexBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, indexBytes, end]);
}

/** The file problem a file is refused with while its sheets and rows are read, if any. */
const problemOf = async (open: () => Promise<SheetRows[]>) =>
  open()
    .then(async (sheets) => {
      for (const sheet of sheets) await rowsOf(sheet);
    })
    .then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof ImportFileError) return error.problem;
        throw error;
      },
    );

describe('files within limits (issue 16, points 7 and 8)', () => {
  const tempFile = async (name: string, content: string | Buffer) => {
    const path = join(await mkdtemp(join(tmpdir(), 'tandem-limits-')), name);
    await writeFile(path, content);
    return path;
  };

  it('refuses more than 500 columns, and reads 500', async () => {
    const headers = (count: number) => Array.from({ length: count }, (_, i) => `Spalte ${i}`);
    const wide = `${headers(501).join(';')}\nm-1\n`;
    expect(await problemOf(() => openSheetsOfBytes(Buffer.from(wide)))).toEqual({
      code: 'tooManyColumns',
      columns: 501,
      limit: 500,
    });
    const fits = await csv(Buffer.from(`Tandem-ID;${headers(499).join(';')}\nm-1\n`));
    expect(fits.headers).toHaveLength(500);
  });

  it('refuses 200,000 distinct headers (1 MB), from a file and from an upload', async () => {
    const headers = Array.from({ length: 200_000 }, (_, i) => `h${i}`).join(',');
    const file = `Tandem-ID,${headers}\nm-1\n`;
    const problem = { code: 'headerTooLong', limitKilobytes: 64 };
    expect(await problemOf(() => openSheetsOfBytes(Buffer.from(file)))).toEqual(problem);
    const path = await tempFile('wide.csv', file);
    expect(await problemOf(() => openSheetsOfFile(path))).toEqual(problem);
  });

  it('refuses a 20 MB single line without reading it all, and a 2 MB data row', async () => {
    const path = await tempFile('one-line.csv', 'x'.repeat(20 * 1024 * 1024));
    expect(await problemOf(() => openSheetsOfFile(path))).toEqual({
      code: 'headerTooLong',
      limitKilobytes: 64,
    });
    const longRow = `Tandem-ID;Notiz\nm-1;kurz\nm-2;${'x'.repeat(2 * 1024 * 1024)}\nm-3;kurz\n`;
    const longRowPath = await tempFile('long-row.csv', longRow);
    expect(await problemOf(() => openSheetsOfFile(longRowPath))).toEqual({
      code: 'rowTooLong',
      line: 3,
      limitKilobytes: 1024,
    });
  });

  it('refuses a small XLSX that unpacks to 60 MB before unpacking it', async () => {
    // As the file: one shared string of 60 MB (write-excel-file takes 10 s for it).
    const string = Buffer.from(`<sst><si><t>${'x'.repeat(60 * 1024 * 1024)}</t></si></sst>`);
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/sharedStrings.xml', data: string },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const problem = { code: 'xlsxTooLarge', limitMegabytes: 50 };
    expect(await problemOf(() => openSheetsOfBytes(bomb))).toEqual(problem);
    const bombPath = await tempFile('bomb.xlsx', bomb);
    expect(await problemOf(() => openSheetsOfFile(bombPath))).toEqual(problem);
  });

  it('refuses an XLSX whose parts are larger than its index says, or not in it', async () => {
    const big = Buffer.from('<x>'.padEnd(10 * 1024 * 1024, 'y'));
    const lying = zipOf([{ name: 'xl/sharedStrings.xml', data: big, declaredSize: 100 }]);
    expect(await problemOf(() => openSheetsOfBytes(lying))).toMatchObject({
      code: 'notXlsx',
      detail: 'part xl/sharedStrings.xml does not unpack to the size its index gives',
    });
    const hidden = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/sharedStrings.xml', data: big, indexed: false },
    ]);
    expect(await problemOf(() => openSheetsOfBytes(hidden))).toMatchObject({
      code: 'notXlsx',
      detail: 'it holds data outside its central directory',
    });
  });

  it('refuses a workbook of more than 250,000 cells before the XLSX reader holds them', async () => {
    const sheet = (cells: number) =>
      Buffer.from(
        `<worksheet><sheetData><row>${'<c t="n"><v>1</v></c>'.repeat(cells)}</row></sheetData></worksheet>`,
      );
    const workbook = zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: sheet(150_000) },
      { name: 'xl/worksheets/sheet2.xml', data: sheet(100_001) },
    ]);
    expect(await problemOf(() => openSheetsOfBytes(workbook))).toEqual({
      code: 'xlsxTooManyCells',
      limit: 250_000,
    });
  });

  it('counts the columns of all sheets of a workbook together', async () => {
    const sheet = (name: string) => ({
      sheet: name,
      data: [Array.from({ length: 300 }, (_, i) => ({ value: `${name} ${i}` }))],
    });
    const workbook = await writeExcelFile([sheet('Tandems'), sheet('Notizen')]).toBuffer();
    expect(await problemOf(() => openSheetsOfBytes(workbook))).toEqual({
      code: 'tooManyColumns',
      columns: 600,
      limit: 500,
    });
  });

  it('still reads a workbook within the limits', async () => {
    const workbook = await writeExcelFile([
      [{ value: 'Tandem-ID' }, { value: 'Beginn' }],
      [{ value: 'm-1' }, { value: '01.02.2025' }],
    ]).toBuffer();
    const [sheet] = await openSheetsOfBytes(workbook);
    expect(sheet?.headers).toEqual(['Tandem-ID', 'Beginn']);
    expect((await rowsOf(sheet!)).map(({ cells }) => cells)).toEqual([['m-1', '01.02.2025']]);
  });
});
