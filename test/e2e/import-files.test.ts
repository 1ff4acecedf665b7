import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import writeExcelFile from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSheetsOfFile } from '../../functions/import/open-sheets';
import { runImport, type ImportResult } from '../../functions/import/run-import';
import { publishEvents } from '../../shared/events/publish';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { getMatch, onboardCarrier, processed, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';

/**
 * The carrier's items an import may have written. A period close by another test file writes
 * a report for every carrier of the shared table, this one's too: not the import's doing.
 */
const importedItems = async (carrierId: string) =>
  (await carrierItems(carrierId)).filter((item) => item.entity !== 'CarrierReport');

// SPEC §10 end to end: real files as carriers have them (German Excel CSV in Windows-1252,
// a tab-separated UTF-8 list with BOM, an XLSX written by a real XLSX library), imported
// through the CLI and the same import path, read back through the read API.

/** Personal data in the files: none of it may reach the table or any log line. */
const personal = [
  'Jürgen Weiß',
  'Zoë Brandt',
  'Müller Hans',
  'Familie Özdemir',
  'Treffen im Café',
  'Sorgen wegen Schule',
  'Elterngespräch',
  'Lieblingsbuch',
  'Anja Schäfer',
  'Kurt Döring',
  'Besuch Tierpark',
];

/** A CLI process starts tsx and the SDK: seconds on a busy machine. */
const cliTimeout = 120_000;

let dir: string;
const file = (name: string) => join(dir, name);

/** The environment of a shell pointed at this file's local system. */
const cliEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)) env[name] = value;
  }
  const { urls, dataDir } = localSystem();
  return {
    ...env,
    TANDEM_API_PORT: new URL(urls.api).port,
    TANDEM_DYNAMODB_PORT: new URL(urls.dynamodb).port,
    TANDEM_DATA_DIR: dataDir,
  };
};

/** `npx tandem …` as a separate process, as an operator types it. */
async function tandem(...args: string[]) {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

/** The same import the CLI runs, in this process (faster than a process per variant). */
const importHere = async (
  carrier: TestCarrier,
  path: string,
  dryRun: boolean,
  occurredAt = new Date('2026-01-05T10:00:00Z'),
) =>
  runImport(carrier.carrierId, await openSheetsOfFile(path), {
    dryRun,
    occurredAt,
    publish: publishEvents,
  });

async function scanWholeTable(): Promise<string> {
  const items: unknown[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page: ScanCommandOutput = await dynamo.send(
      new ScanCommand({ TableName: tableName(), ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return JSON.stringify(items);
}

const expectNoPersonalData = (text: string) => {
  for (const value of personal) expect(text).not.toContain(value);
};

/**
 * German Excel, "CSV (Trennzeichen-getrennt)": `;`, Windows-1252, DD.MM.YYYY, with codo's
 * labels, its entity ids and its "(interne ID)" columns beside the readable names.
 */
const codoCsv = [
  'ID;Titel / Bezeichnung;Mentee;Mentee (interne ID);Mentor:in;Mentor:in (interne ID);Anfang;Ende;Status;Abschluss-Art;Art der Patenschaft;gefördert durch;Notiz',
  'ChildSchoolRelation:a1;Jürgen & Zoë;Zoë Brandt;Child:c1;Jürgen Weiß;School:s1;03.02.2025;;aktive Patenschaft;;Bildung und Arbeit;MsM;Treffen im Café',
  'ChildSchoolRelation:a2;Kurt & Anja;Anja Schäfer;Child:c2;Kurt Döring;School:s2;01.03.2025;20.12.2025;beendet;Ziel erreicht;Lesen und Sprache;MsM;',
  'ChildSchoolRelation:a3;Familie Özdemir;Familie Özdemir;Child:c3;Müller Hans;School:s3;15.04.2025;30.06.2025;abgebrochen;Familie Özdemir ist umgezogen;Alltag und Wohnen, Freizeit und Kultur;;Sorgen wegen Schule',
  'ChildSchoolRelation:a4;Neu;Neu;Child:c4;Neu;Müller Hans;01.05.2025;;aktive Patenschaft;;Chancenpatenschaft;;',
  'ChildSchoolRelation:a5;Vorschlag;Vorschlag;Child:c5;Vorschlag;School:s5;;;Pre-Match;;Freizeit und Kultur;;',
  'ChildSchoolRelation:a6;Falsch;Falsch;Child:c6;Falsch;School:s6;31.02.2025;;aktive Patenschaft;;Freizeit und Kultur;;',
].join('\r\n');

/** A check-in list saved as "Unicode text": tab-separated UTF-8 with a BOM. */
const checkInTsv = `\uFEFF${[
  'Tandem-ID\tDatum\tMit\tKanal\tSorge\tBetreff\tNotiz',
  'CT-1\t2025-02-10\tbeide\tpersönlich\tnein\tElterngespräch\tTreffen im Café',
  'CT-1\t3.3.25\tMentee\tTelefon\t\tLieblingsbuch\t',
  'CT-1\t01.04.2025\tMentor:in\tVideo\tja\t\tSorgen wegen Schule',
  'CT-2\t2025-02-20\tMentor:in\tNachricht\tx\tBesuch Tierpark\t',
  'CT-2\t2025-02-21\tniemand\tTelefon\t\t\t',
].join('\n')}\n`;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function writeWorkbook(path: string) {
  await writeExcelFile([
    {
      sheet: 'Tandems',
      dateFormat: 'dd.mm.yyyy',
      data: [
        [
          'Tandem-ID',
          'Vorname',
          'Mentor-ID',
          'Mentee-ID',
          'Beginn',
          'Programm',
          'Gruppe',
          'Ende',
          'Beendigungsgrund',
        ].map((value) => ({ value })),
        [
          { value: 'X-1' },
          { value: 'Jürgen Weiß' },
          { value: 'XP-1' },
          { value: 'XE-1' },
          { value: day('2025-01-06'), type: Date },
          { value: 'Freizeit und Kultur' },
          { value: true, type: Boolean },
          null,
          null,
        ],
        [
          { value: 'X-2' },
          { value: 'Zoë Brandt' },
          { value: 'XP-2' },
          { value: 'XE-2' },
          { value: day('2025-02-10'), type: Date },
          { value: 'education_work' },
          null,
          { value: day('2025-11-28'), type: Date },
          { value: 'planned_end' },
        ],
      ],
    },
    {
      sheet: 'Begleitungen',
      dateFormat: 'dd.mm.yyyy',
      data: [
        ['Tandem-ID', 'Datum', 'Mit', 'Kanal', 'Notiz'].map((value) => ({ value })),
        [
          { value: 'X-1' },
          { value: day('2025-01-20'), type: Date },
          { value: 'both' },
          { value: 'in_person' },
          { value: 'Besuch Tierpark' },
        ],
        [
          { value: 'X-2' },
          { value: day('2025-02-24'), type: Date },
          { value: 'Mentee' },
          { value: 'Telefon' },
          null,
        ],
      ],
    },
  ]).toFile(path);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-import-'));
  // Only Latin-1 letters here, where Windows-1252 agrees: ü is 0xFC, not valid UTF-8.
  await writeFile(file('codo.csv'), Buffer.from(codoCsv, 'latin1'));
  await writeFile(file('checkins.txt'), checkInTsv, 'utf8');
  await writeWorkbook(file('tandems.xlsx'));
  await writeFile(file('empty.csv'), '');
  await writeFile(file('binary.csv'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x41]));
});

describe('a codo export saved by German Excel (;, Windows-1252, DD.MM.YYYY)', () => {
  let carrier: TestCarrier;
  let dryRun: ImportResult;
  let cli: Awaited<ReturnType<typeof tandem>>;

  beforeAll(async () => {
    carrier = await onboardCarrier();
  });

  it('dry run: counts what would change, reports every bad row, stores nothing', async () => {
    dryRun = await importHere(carrier, file('codo.csv'), true);
    expect(dryRun).toMatchObject({
      carrierId: carrier.carrierId,
      dryRun: true,
      rows: 6,
      matches: { created: 3, updated: 0, unchanged: 0, ended: 0 },
      checkIns: { created: 0, unchanged: 0 },
    });
    expect(dryRun.errors).toEqual([
      {
        row: 5,
        column: 'Mentor:in (interne ID)',
        message: expect.stringContaining('looks like a name: ids have no spaces') as string,
      },
      { row: 6, column: 'Status', message: expect.stringContaining('Pre-Match') as string },
      { row: 7, column: 'Anfang', message: 'is not a real calendar date' },
    ]);
    expect(dryRun.ignoredColumns).toEqual([
      'Titel / Bezeichnung',
      'Mentee',
      'Mentor:in',
      'gefördert durch',
      'Notiz',
    ]);
    await processed();
    expect(await importedItems(carrier.carrierId)).toEqual([]);
  });

  it(
    'npx tandem import: the same counts as the dry run, as one JSON object',
    async () => {
      cli = await tandem('import', carrier.carrierId, file('codo.csv'));
      expect(cli.code, cli.stderr).toBe(0);
      const result = JSON.parse(cli.stdout) as ImportResult;
      expect(result.dryRun).toBe(false);
      expect({ ...result, dryRun: true }).toEqual(dryRun);
    },
    cliTimeout,
  );

  it('every imported Tandem reads back through the read API', async () => {
    await processed();
    expect((await getMatch(carrier, 'ChildSchoolRelation:a1')).body).toMatchObject({
      status: 'active',
      mentorId: 'School:s1',
      menteeId: 'Child:c1',
      programme: 'education_work',
      startedOn: '2025-02-03',
      endedOn: null,
    });
    expect((await getMatch(carrier, 'ChildSchoolRelation:a2')).body).toMatchObject({
      status: 'ended',
      programme: 'reading_language',
      endedOn: '2025-12-20',
      endReason: 'goal_reached',
    });
    // Free text in "Abschluss-Art" is `other`; of codo's several programmes the first one.
    expect((await getMatch(carrier, 'ChildSchoolRelation:a3')).body).toMatchObject({
      status: 'ended',
      programme: 'everyday_housing',
      endedOn: '2025-06-30',
      endReason: 'other',
    });
    for (const skipped of ['a4', 'a5', 'a6']) {
      expect((await getMatch(carrier, `ChildSchoolRelation:${skipped}`)).status).toBe(404);
    }
  });

  it(
    'importing the same file again changes nothing and says unchanged',
    async () => {
      const before = await importedItems(carrier.carrierId);
      const again = await tandem('import', carrier.carrierId, file('codo.csv'));
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({
        rows: 6,
        matches: { created: 0, updated: 0, unchanged: 3, ended: 0 },
      });
      await processed();
      expect(await importedItems(carrier.carrierId)).toEqual(before);
    },
    cliTimeout,
  );

  it('keeps no name, note or subject: not in the table, not in any log line', async () => {
    expectNoPersonalData(JSON.stringify(await carrierItems(carrier.carrierId)));
    expectNoPersonalData(await scanWholeTable());
    expectNoPersonalData(cli.stdout + cli.stderr);
    // The progress on stderr says how far it got, in counts only.
    expect(cli.stderr).toContain('rows read');
  });
});

describe('a tab-separated UTF-8 check-in list with BOM', () => {
  let carrier: TestCarrier;

  beforeAll(async () => {
    carrier = await onboardCarrier();
    await writeFile(
      file('ct-tandems.csv'),
      'Tandem-ID,Mentor-ID,Mentee-ID,Beginn,Programm\nCT-1,P-1,P-2,2025-02-01,Bildung und Arbeit\nCT-2,P-3,P-4,2025-02-15,Lesen und Sprache\n',
    );
    await importHere(carrier, file('ct-tandems.csv'), false);
  });

  it('imports each check-in once, with its row errors, and again changes nothing', async () => {
    const dry = await importHere(carrier, file('checkins.txt'), true);
    const done = await importHere(carrier, file('checkins.txt'), false);
    expect({ ...done, dryRun: true }).toEqual(dry);
    expect(done).toMatchObject({
      rows: 5,
      matches: { created: 0, updated: 0, unchanged: 0, ended: 0 },
      checkIns: { created: 4, unchanged: 0 },
      errors: [
        { row: 6, column: 'Mit', message: expect.stringContaining('is not one of') as string },
      ],
      ignoredColumns: ['Betreff', 'Notiz'],
    });
    await processed();
    expect((await getMatch(carrier, 'CT-1')).body).toMatchObject({
      checkIns: { count: 3, lastOn: '2025-04-01' },
    });
    expect((await getMatch(carrier, 'CT-2')).body).toMatchObject({
      checkIns: { count: 1, lastOn: '2025-02-20' },
    });
    const again = await importHere(carrier, file('checkins.txt'), false);
    expect(again.checkIns).toEqual({ created: 0, unchanged: 4 });
    await processed();
    expect((await getMatch(carrier, 'CT-1')).body).toMatchObject({ checkIns: { count: 3 } });
    expectNoPersonalData(JSON.stringify(await carrierItems(carrier.carrierId)));
  });
});

describe('a list edited after its import', () => {
  it('updates the changed Tandem; an older copy of the list changes nothing back', async () => {
    const carrier = await onboardCarrier();
    const header = 'Tandem-ID,Mentor-ID,Mentee-ID,Beginn,Programm,Ende,Beendigungsgrund';
    await writeFile(
      file('edit-1.csv'),
      `${header}\nE-1,P-1,P-2,2025-02-01,Bildung und Arbeit,,\nE-2,P-3,P-4,2025-02-01,Lesen und Sprache,,\n`,
    );
    await writeFile(
      file('edit-2.csv'),
      `${header}\nE-1,P-1,P-2,2025-02-01,Freizeit und Kultur,,\nE-2,P-3,P-4,2025-02-01,Lesen und Sprache,2025-09-30,Umzug\n`,
    );
    const monday = new Date('2026-01-05T10:00:00Z');
    const tuesday = new Date('2026-01-06T10:00:00Z');
    await importHere(carrier, file('edit-1.csv'), false, monday);
    const dry = await importHere(carrier, file('edit-2.csv'), true, tuesday);
    const edited = await importHere(carrier, file('edit-2.csv'), false, tuesday);
    expect(edited.matches).toEqual({ created: 0, updated: 1, unchanged: 0, ended: 1 });
    expect({ ...edited, dryRun: true }).toEqual(dry);
    await processed();
    expect((await getMatch(carrier, 'E-1')).body).toMatchObject({ programme: 'leisure_culture' });
    expect((await getMatch(carrier, 'E-2')).body).toMatchObject({
      status: 'ended',
      endReason: 'moved_away',
    });
    // Monday's copy is older than what is stored: nothing of it wins.
    const older = await importHere(carrier, file('edit-1.csv'), false, monday);
    expect(older.matches).toEqual({ created: 0, updated: 0, unchanged: 2, ended: 0 });
    await processed();
    expect((await getMatch(carrier, 'E-1')).body).toMatchObject({ programme: 'leisure_culture' });
  });
});

describe('a list longer than the import keeps in memory', () => {
  it('waits for the facts in windows and has them all processed when it returns', async () => {
    const carrier = await onboardCarrier();
    const lines = ['Tandem-ID,Mentor-ID,Mentee-ID,Beginn,Programm,Datum,Mit,Kanal'];
    for (let index = 0; index < 300; index++) {
      lines.push(`L-${index},L-${index}-a,L-${index}-b,2025-02-03,Bildung und Arbeit,,,`);
    }
    for (let index = 0; index < 300; index++) {
      lines.push(`L-${index},,,,,2025-03-0${1 + (index % 9)},beide,Telefon`);
    }
    await writeFile(file('long.csv'), `${lines.join('\n')}\n`);
    const progress: string[] = [];
    const result = await runImport(carrier.carrierId, await openSheetsOfFile(file('long.csv')), {
      dryRun: false,
      publish: publishEvents,
      occurredAt: new Date('2026-01-05T10:00:00Z'),
      factsAwaitedAtOnce: 50,
      onProgress: (message) => progress.push(message),
    });
    expect(result).toMatchObject({
      rows: 600,
      matches: { created: 300 },
      checkIns: { created: 300 },
      errors: [],
    });
    // It waited for a window of facts before it had read them all, and for the rest at the end.
    const windows = progress
      .map((message) => /^import: (\d+) of (\d+) facts processed$/.exec(message))
      .filter((match) => match !== null && match[1] === match[2])
      .map((match) => Number(match?.[1]));
    expect(windows.length).toBeGreaterThan(1);
    expect(windows[0]).toBeLessThan(600);
    expect(windows.at(-1)).toBe(600);
    // Returned once processed: the read API shows every Tandem with its check-in already.
    for (const index of [0, 299]) {
      expect((await getMatch(carrier, `L-${index}`)).body).toMatchObject({
        status: 'active',
        checkIns: { count: 1 },
      });
    }
  }, 300_000);
});

describe('an XLSX workbook with date cells and two sheets', () => {
  it('reads the Tandems sheet and the Begleitungen sheet', async () => {
    const carrier = await onboardCarrier();
    const result = await importHere(carrier, file('tandems.xlsx'), false);
    expect(result).toMatchObject({
      rows: 4,
      matches: { created: 2, updated: 0, unchanged: 0, ended: 0 },
      checkIns: { created: 2, unchanged: 0 },
      errors: [],
    });
    expect(result.ignoredColumns).toEqual(['Vorname', 'Notiz']);
    await processed();
    expect((await getMatch(carrier, 'X-1')).body).toMatchObject({
      status: 'active',
      startedOn: '2025-01-06',
      group: true,
      programme: 'leisure_culture',
      checkIns: { count: 1, lastOn: '2025-01-20' },
    });
    expect((await getMatch(carrier, 'X-2')).body).toMatchObject({
      status: 'ended',
      endedOn: '2025-11-28',
      endReason: 'planned_end',
      checkIns: { count: 1, lastOn: '2025-02-24' },
    });
    expectNoPersonalData(JSON.stringify(await carrierItems(carrier.carrierId)));
  });
});

describe('files that cannot be imported', () => {
  it(
    'refuses a missing, empty or binary file and an unknown carrier, with a message',
    async () => {
      const carrier = await onboardCarrier();
      const [missing, empty, binary, unknown] = await Promise.all([
        tandem('import', carrier.carrierId, file('no-such-file.csv')),
        tandem('import', carrier.carrierId, file('empty.csv')),
        tandem('import', carrier.carrierId, file('binary.csv')),
        tandem('import', 'c-0000000000000000', file('codo.csv')),
      ]);
      expect([missing.code, empty.code, binary.code, unknown.code]).toEqual([1, 1, 1, 1]);
      expect(missing.stderr).toContain('There is no file');
      expect(empty.stderr).toContain('The file is empty');
      expect(binary.stderr).toContain('binary');
      expect(unknown.stderr).toContain('Unknown carrier c-0000000000000000');
      for (const run of [missing, empty, binary, unknown]) expect(run.stdout).toBe('');
      await processed();
      expect(await importedItems(carrier.carrierId)).toEqual([]);
    },
    cliTimeout,
  );
});
