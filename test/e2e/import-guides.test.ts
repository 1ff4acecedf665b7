import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSheetsOfFile } from '../../functions/import/open-sheets';
import { runImport, type ImportOptions } from '../../functions/import/run-import';
import { publishEvents } from '../../shared/events/publish';
import { addDays, todayIn } from '../../shared/domain/dates';
import { getMatch, onboardCarrier, processed, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';

// SPEC §10's guiding import (issue 18): a check-in of an unknown Tandem is an error of its row,
// a file with its own headers gets one message and a mapping (CLI `--map`), errors name the
// file's own header, and `overdueAtOnce` warns of old active Tandems. Real CSV and XLSX files.

let dir: string;
const file = (name: string) => join(dir, name);
const today = todayIn('UTC');

const importHere = async (
  carrier: TestCarrier,
  name: string,
  dryRun: boolean,
  more: Partial<ImportOptions> = {},
) =>
  runImport(carrier.carrierId, await openSheetsOfFile(file(name)), {
    dryRun,
    publish: publishEvents,
    occurredAt: new Date('2026-01-05T10:00:00Z'),
    ...more,
  });

/** `npx tandem …` as a separate process, pointed at this file's local system. */
async function tandem(...args: string[]) {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)) env[name] = value;
  }
  const { urls, dataDir } = localSystem();
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: {
      ...env,
      TANDEM_API_PORT: new URL(urls.api).port,
      TANDEM_DYNAMODB_PORT: new URL(urls.dynamodb).port,
      TANDEM_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cells = (values: readonly string[]) => values.map((value) => ({ value }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-import-guides-'));
  await writeFile(
    file('known.csv'),
    'Tandem-ID,Mentor-ID,Mentee-ID,Beginn,Programm\nK-1,KP-1,KE-1,2025-02-01,Bildung und Arbeit\n',
  );
  await writeFile(
    file('typo.csv'),
    [
      'Tandem-ID;Datum;Mit;Kanal',
      `K-1;${addDays(today, -3)};beide;Telefon`,
      `K-l;${addDays(today, -2)};beide;Telefon`,
    ].join('\r\n'),
  );
  // The check-ins sheet comes first: its Tandem is further down the same file.
  await writeExcelFile([
    {
      sheet: 'Begleitungen',
      dateFormat: 'dd.mm.yyyy',
      data: [
        cells(['Tandem-ID', 'Datum', 'Mit', 'Kanal']),
        [{ value: 'N-1' }, { value: day('2025-03-03'), type: Date }, ...cells(['beide', 'Video'])],
        [{ value: 'N-9' }, { value: day('2025-03-04'), type: Date }, ...cells(['beide', 'Video'])],
      ],
    },
    {
      sheet: 'Tandems',
      dateFormat: 'dd.mm.yyyy',
      data: [
        cells(['Tandem-ID', 'Mentor-ID', 'Mentee-ID', 'Beginn', 'Programm']),
        [
          ...cells(['N-1', 'NP-1', 'NE-1']),
          { value: day('2025-03-01'), type: Date },
          ...cells(['Freizeit und Kultur']),
        ],
      ],
    },
  ]).toFile(file('later-tandem.xlsx'));
  // A list with its own headers ("Nr.", "Startdatum"), a name in a participant id column.
  await writeFile(
    file('own-headers.csv'),
    [
      'Nr.;Mentor-ID;Mentee-ID;Startdatum;Programm;Vorname',
      'H-1;HP-1;HE-1;03.02.2025;Bildung und Arbeit;Jürgen Weiß',
      'H-2;Zoë Brandt;HE-2;01.03.2025;Lesen und Sprache;Zoë Brandt',
      `H-3;HP-3;HE-3;${addDays(today, -10)};Lesen und Sprache;Kurt Döring`,
    ].join('\r\n'),
  );
  await writeFile(
    file('own-checkins.csv'),
    [
      'Nr.;Datum;Mit;Kanal',
      `H-1;${addDays(today, -1)};beide;Telefon`,
      `H-7;${today};beide;Video`,
    ].join('\r\n'),
  );
  // Old Tandems, imported without their past contacts (SPEC §10 overdueAtOnce).
  await writeFile(
    file('old-tandems.csv'),
    [
      'Tandem-ID,Mentor-ID,Mentee-ID,Beginn,Programm,Ende,Beendigungsgrund,Datum,Mit,Kanal',
      'O-1,OP-1,OE-1,2025-01-06,Bildung und Arbeit,,,,,',
      'O-2,OP-2,OE-2,2025-01-06,Bildung und Arbeit,,,,,',
      'O-3,OP-3,OE-3,2025-01-06,Bildung und Arbeit,2025-06-30,Ziel erreicht,,,',
      `O-4,OP-4,OE-4,${addDays(today, -10)},Bildung und Arbeit,,,,,`,
      'O-5,OP-5,OE-5,2025-01-06,Bildung und Arbeit,,,,,',
      `O-2,,,,,,,${addDays(today, -5)},beide,Telefon`,
    ].join('\n'),
  );
  await writeFile(
    file('o5-contact.csv'),
    `Tandem-ID,Datum,Mit,Kanal\nO-5,${addDays(today, -4)},Mentee,Video\n`,
  );
});

describe('a check-in of a Tandem neither known nor in the file', () => {
  it('is an error of its row that names its column and id, and creates no Tandem', async () => {
    const carrier = await onboardCarrier();
    await importHere(carrier, 'known.csv', false);
    const dry = await importHere(carrier, 'typo.csv', true);
    const done = await importHere(carrier, 'typo.csv', false);
    expect({ ...done, dryRun: true }).toEqual(dry);
    expect(done).toMatchObject({
      rows: 2,
      checkIns: { created: 1, unchanged: 0 },
      errors: [
        {
          row: 3,
          column: 'Tandem-ID',
          message:
            'Tandem K-l is neither known to Tandem nor in this file: check the id (a typing error must not create a Tandem)',
        },
      ],
    });
    await processed();
    expect((await getMatch(carrier, 'K-l')).status).toBe(404);
    expect(JSON.stringify(await carrierItems(carrier.carrierId))).not.toContain('K-l');
    expect((await getMatch(carrier, 'K-1')).body).toMatchObject({ checkIns: { count: 1 } });
  });

  it('is imported when its Tandem comes later in the same workbook', async () => {
    const carrier = await onboardCarrier();
    const result = await importHere(carrier, 'later-tandem.xlsx', false);
    expect(result).toMatchObject({
      rows: 3,
      matches: { created: 1 },
      checkIns: { created: 1, unchanged: 0 },
      errors: [
        {
          row: 3,
          column: 'Tandem-ID',
          message: expect.stringMatching(
            /^sheet Begleitungen: Tandem N-9 is neither known/,
          ) as string,
        },
      ],
    });
    await processed();
    expect((await getMatch(carrier, 'N-1')).body).toMatchObject({
      status: 'active',
      checkIns: { count: 1, lastOn: '2025-03-03' },
    });
    expect((await getMatch(carrier, 'N-9')).status).toBe(404);
  });
});

describe('a list with its own headers', () => {
  it('gets one message per missing column instead of an error on every row', async () => {
    const carrier = await onboardCarrier();
    const result = await importHere(carrier, 'own-headers.csv', true);
    expect(result).toMatchObject({
      rows: 0,
      matches: { created: 0, updated: 0, unchanged: 0, ended: 0 },
      errors: [],
    });
    const choices = ['Nr.', 'Mentor-ID', 'Mentee-ID', 'Startdatum', 'Programm', 'Vorname'];
    expect(result.missingColumns).toEqual([
      {
        field: 'matchId',
        choices,
        message: expect.stringContaining('--map matchId=<header>') as string,
      },
      {
        field: 'startedOn',
        choices,
        message:
          'no column for Beginn was found (accepted: Beginn, Anfang, startedOn, start_date): choose the column of the file that holds it with --map startedOn=<header>',
      },
    ]);
  });

  it('npx tandem import --map field=Header reads it; errors name its own headers, never a name', async () => {
    const carrier = await onboardCarrier();
    const cli = await tandem(
      'import',
      carrier.carrierId,
      file('own-headers.csv'),
      '--map',
      'startedOn=Startdatum',
      '--map',
      'matchId=Nr.',
    );
    expect(cli.code, cli.stderr).toBe(0);
    const result = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      rows: 3,
      matches: { created: 2 },
      errors: [
        {
          row: 3,
          column: 'Mentor-ID',
          message: expect.stringContaining('looks like a name') as string,
        },
      ],
      ignoredColumns: ['Vorname'],
    });
    expect(result).not.toHaveProperty('missingColumns');
    expect(cli.stdout + cli.stderr).not.toContain('Zoë');

    const mapping = { matchId: 'Nr.' };
    const checkIns = await importHere(carrier, 'own-checkins.csv', true, {
      columnMapping: mapping,
    });
    expect(checkIns).toMatchObject({
      checkIns: { created: 1 },
      errors: [
        { row: 3, column: 'Nr.', message: expect.stringContaining('Tandem H-7 ') as string },
      ],
    });

    const wrong = await tandem(
      'import',
      carrier.carrierId,
      file('own-headers.csv'),
      '--map',
      'start=Startdatum',
    );
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--map takes field=Header');
  }, 300_000);
});

describe('overdueAtOnce', () => {
  it('counts the active Tandems overdue by more than 60 days the day after the import', async () => {
    const carrier = await onboardCarrier();
    // O-1 and O-5: started long ago, no contact; O-2 had one 5 days ago; O-3 ended; O-4 is new.
    const dry = await importHere(carrier, 'old-tandems.csv', true);
    expect(dry).toMatchObject({
      matches: { created: 5 },
      checkIns: { created: 1 },
      overdueAtOnce: 2,
    });
    const done = await importHere(carrier, 'old-tandems.csv', false);
    expect(done.overdueAtOnce).toBe(2);
    await processed();
    // O-5's last contact imported: the stored check-in counts when the list comes again.
    await importHere(carrier, 'o5-contact.csv', false);
    await processed();
    expect((await importHere(carrier, 'old-tandems.csv', true)).overdueAtOnce).toBe(1);
  });
});
