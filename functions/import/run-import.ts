import { createHash } from 'node:crypto';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import { factVersion } from '../../shared/data/facts';
import { keys, type ItemKey } from '../../shared/data/keys';
import { getItems, storedItemId, type StoredItem } from '../../shared/data/stored-fact-versions';
import { latestOccurredOn, type Receipt } from '../../shared/domain/fact-timing';
import { isOverdueAtOnce } from '../../shared/domain/overdue-at-once';
import type { BusEvent } from '../../shared/events/catalogue';
import { importRowTexts, rowProblemText } from '../../shared/i18n/import-row-texts';
import type { Language } from '../../shared/i18n/languages';
import {
  headersOfField,
  mapColumns,
  missingFields,
  sheetKindOf,
  usualHeaderOf,
  type ColumnMap,
  type ColumnMapping,
  type ImportField,
} from '../../shared/import/columns';
import {
  readRow,
  rowWordsOf,
  type RowError,
  type RowFacts,
  type RowWords,
} from '../../shared/import/rows';
import type { RowProblem } from '../../shared/import/row-problems';
import { sheetSchemas, type SheetSchemas } from '../../shared/import/sheet-schemas';
import { ImportFileError, type SheetRows } from '../../shared/import/sheets';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../../shared/schemas/webhooks';
import { FactPipeline, type PublishEvents } from './fact-pipeline';

/** A required field a sheet has no column for: the mapping step offers the file's columns. */
export interface MissingColumn {
  readonly sheet?: string;
  readonly field: ImportField;
  /** The file's own headers, to choose from. */
  readonly choices: readonly string[];
  readonly message: string;
}

/** The import result of SPEC §10, printed by the CLI and shown by the web preview. */
export interface ImportResult {
  carrierId: string;
  dryRun: boolean;
  rows: number;
  matches: { created: number; updated: number; unchanged: number; ended: number };
  checkIns: { created: number; unchanged: number };
  errors: RowError[];
  ignoredColumns: string[];
  /** Active Tandems of the file overdue by more than 60 days the day after the import. */
  overdueAtOnce: number;
  /** Present when a sheet lacks a required column: its rows are not read. */
  missingColumns?: MissingColumn[];
}

export interface ImportOptions {
  readonly dryRun: boolean;
  /** How the facts go on the bus (`publishEvents`); a dry run needs none. */
  readonly publish?: PublishEvents;
  /**
   * The `timestamp` every fact of this import carries. The CLI passes the file's last
   * modification: the same file always yields the same fact versions, so importing it again
   * (even twice at once) changes nothing, while an edited file is newer than its earlier
   * import and wins, as a later webhook would. A fact stored with a newer timestamp (a
   * partner's later webhook) is kept and the row counts as unchanged.
   */
  readonly occurredAt: Date;
  readonly onProgress?: (message: string) => void;
  /** How long the wait for processing may stand still (deployed: the bus is asynchronous). */
  readonly waitTimeoutMs?: number;
  /** false: return once the facts are on the bus (the web app, within a request's time). */
  readonly waitForProcessing?: boolean;
  /** How many published facts it waits for at a time (default 5,000). */
  readonly factsAwaitedAtOnce?: number;
  /** The language of the row errors: the web page's; English (the CLI's) by default. */
  readonly language?: Language;
  /**
   * When the file is read, in the funder's time zone: no contact date after tomorrow there
   * (SPEC §2). By default now, in the time zone of the funder config the function was given.
   */
  readonly receipt?: Receipt;
  /** SPEC §5's rule for `overdueAtOnce`; by default the funder config's. */
  readonly checkInPolicy?: CheckInPolicy;
  /** The coordinator's choice of column per field (the mapping step, `--map`). */
  readonly columnMapping?: ColumnMapping;
}

/** Rows compared with the table and published together. */
const rowBatchSize = 100;
const progressEveryMs = 2_000;

/** A good row, and what an error of it later needs: its sheet and its Tandem column. */
interface GoodRow {
  readonly row: number;
  readonly facts: RowFacts;
  readonly sheet: string | undefined;
  readonly matchColumn: string;
}

/**
 * A Tandem row of the file: its line (a second row of it is an error, its check-ins are
 * known) and what `overdueAtOnce` needs, filled in as its batch and its check-ins are
 * compared. One small record per Tandem: the check-ins themselves are not kept.
 */
interface FileTandem {
  readonly row: number;
  readonly startedOn: string;
  ended: boolean;
  storedCount: number;
  storedLastOn: string | null;
  /** Check-ins the import adds on or after the start (SPEC §5 counts only these). */
  newCount: number;
  newLastOn: string | null;
}

/** A stable webhook id per fact: the same row's same fact gets the same id every time. */
const importWebhookId = (detailType: string, data: object): string =>
  `import-${createHash('sha256')
    .update(`${detailType}:${JSON.stringify(data)}`)
    .digest('hex')
    .slice(0, 40)}`;

const sameCreated = (stored: StoredItem, created: MatchCreated) =>
  stored.mentorId === created.mentorId &&
  stored.menteeId === created.menteeId &&
  stored.startedOn === created.startedOn &&
  stored.programme === created.programme &&
  (stored.group ?? false) === (created.group ?? false);

const sameEnded = (stored: StoredItem, ended: MatchEnded) =>
  stored.endedOn === ended.endedOn && stored.reason === ended.reason;

/** What a match's summary shows once it has taken the fact (a check-in: see wait-for-facts). */
const summaryShownBy = (
  data: MatchCreated | MatchEnded | CheckInRecorded,
): Record<string, unknown> => {
  if ('startedOn' in data) return { startedOn: data.startedOn, programme: data.programme };
  if ('endedOn' in data) return { endedOn: data.endedOn, endReason: data.reason };
  return {};
};

const emptyResult = (carrierId: string, dryRun: boolean): ImportResult => ({
  carrierId,
  dryRun,
  rows: 0,
  matches: { created: 0, updated: 0, unchanged: 0, ended: 0 },
  checkIns: { created: 0, unchanged: 0 },
  errors: [],
  ignoredColumns: [],
  overdueAtOnce: 0,
});

/**
 * Imports a carrier's sheets (SPEC §10): each good row becomes the same fact events a
 * partner's webhooks would (source `tandem.import`), validated by the same schemas and
 * consumed by the same consumers. Only facts that change what is stored are published, and
 * the counts come from comparing each row with the table, so a dry run (which publishes
 * nothing) counts exactly what the import then does.
 */
export async function runImport(
  carrierId: string,
  sheets: AsyncIterable<SheetRows> | Iterable<SheetRows>,
  options: ImportOptions,
): Promise<ImportResult> {
  if (!options.dryRun && !options.publish) throw new Error('An import needs a publisher');
  if (!(await getCarrier(carrierId))) {
    throw new ImportFileError({ code: 'unknownCarrier', carrierId });
  }
  const run = new ImportRun(carrierId, options);
  for await (const sheet of sheets) await run.readSheet(sheet);
  return run.finish();
}

/** One import's state: what it has read, compared and published so far. */
class ImportRun {
  private readonly result: ImportResult;
  private readonly language: Language;
  private readonly receipt: Receipt;
  private readonly occurredAt: string;
  private readonly receivedAt = new Date().toISOString();
  private readonly pipeline: FactPipeline;
  /** Each Tandem row of the file by its id. */
  private readonly matchRows = new Map<string, FileTandem>();
  private readonly checkInsSeen = new Set<string>();
  /** Check-ins of a Tandem not known (yet): kept until the whole file is read. */
  private readonly unknownTandemRows: GoodRow[] = [];
  private readableSheets = 0;
  /** Loaded with the first sheet that has rows to read (zod's words: one language's). */
  private rowWords: RowWords | undefined;
  private lastProgress = Date.now();

  constructor(
    private readonly carrierId: string,
    private readonly options: ImportOptions,
  ) {
    this.result = emptyResult(carrierId, options.dryRun);
    this.language = options.language ?? 'en';
    this.receipt = options.receipt ?? { at: new Date(), timeZone: funderConfig().timezone };
    this.occurredAt = options.occurredAt.toISOString();
    this.pipeline = new FactPipeline(carrierId, {
      publish: options.publish,
      awaitsProcessing: !options.dryRun && options.waitForProcessing !== false,
      ...(options.waitTimeoutMs !== undefined ? { waitTimeoutMs: options.waitTimeoutMs } : {}),
      ...(options.factsAwaitedAtOnce !== undefined
        ? { factsAwaitedAtOnce: options.factsAwaitedAtOnce }
        : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }

  async readSheet(sheet: SheetRows): Promise<void> {
    const columns = mapColumns(sheet.headers, this.options.columnMapping);
    const kind = sheetKindOf(sheet.sheet, columns);
    for (const header of columns.ignored) {
      if (!this.result.ignoredColumns.includes(header)) this.result.ignoredColumns.push(header);
    }
    if (!kind) return; // A sheet of notes or names: nothing of it is read.
    this.readableSheets++;
    const missing = missingFields(kind, columns);
    // Without a required column every row would fail alike: one message, and the mapping step.
    if (missing.length) return this.reportMissing(sheet, missing);
    const schemas = await sheetSchemas(kind);
    const words = (this.rowWords ??= await rowWordsOf(this.language));
    let batch: GoodRow[] = [];
    for await (const { row, cells } of sheet.rows) {
      const good = this.readOne(sheet, columns, schemas, words, row, cells);
      if (good) batch.push(good);
      if (batch.length >= rowBatchSize) {
        await this.dispatch(batch);
        batch = [];
      }
      this.progress();
    }
    if (batch.length) await this.dispatch(batch);
  }

  async finish(): Promise<ImportResult> {
    await this.pipeline.drain();
    if (this.readableSheets === 0) throw new ImportFileError({ code: 'noColumns' });
    await this.settleUnknownTandems();
    this.options.onProgress?.(this.progressLine());
    await this.pipeline.finish();
    this.result.overdueAtOnce = this.countOverdueAtOnce();
    return this.result;
  }

  private reportMissing(sheet: SheetRows, missing: readonly ImportField[]): void {
    const choices = sheet.headers.map((header) => header.trim()).filter(Boolean);
    const entries = missing.map((field) => {
      const problem: RowProblem = {
        code: 'noColumnFor',
        field,
        header: usualHeaderOf(field),
        accepted: headersOfField[field],
      };
      const message = rowProblemText(this.language, problem);
      return {
        ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}),
        field,
        choices,
        message: this.inSheet(sheet.sheet, message),
      };
    });
    (this.result.missingColumns ??= []).push(...entries);
  }

  /** One row read: its errors recorded, or the good row to compare. */
  private readOne(
    sheet: SheetRows,
    columns: ColumnMap,
    schemas: SheetSchemas,
    words: RowWords,
    row: number,
    cells: Parameters<typeof readRow>[1],
  ): GoodRow | undefined {
    const outcome = readRow(columns, cells, row, schemas, words, this.receipt);
    if (outcome.ok !== 'skip' || outcome.errors.length) this.result.rows++;
    if (outcome.ok !== true) {
      this.addErrors(sheet.sheet, outcome.errors);
      return undefined;
    }
    const matchColumn = columns.headerOf.matchId ?? usualHeaderOf('matchId');
    if (outcome.facts.kind === 'match') {
      const { matchId } = outcome.facts.created;
      const earlierRow = this.matchRows.get(matchId)?.row;
      if (earlierRow !== undefined) {
        const problem: RowProblem = { code: 'duplicateTandem', matchId, earlierRow };
        this.addErrors(sheet.sheet, [{ row, column: matchColumn, message: this.text(problem) }]);
        return undefined;
      }
      this.matchRows.set(matchId, {
        row,
        startedOn: outcome.facts.created.startedOn,
        ended: false,
        storedCount: 0,
        storedLastOn: null,
        newCount: 0,
        newLastOn: null,
      });
    }
    return { row, facts: outcome.facts, sheet: sheet.sheet, matchColumn };
  }

  private dispatch(batch: readonly GoodRow[]): Promise<void> {
    return this.pipeline.dispatch(() => this.processBatch(batch));
  }

  /** Compares a batch with the table (one BatchGet for all its keys) and publishes changes. */
  private async processBatch(batch: readonly GoodRow[]): Promise<void> {
    const stored = await getItems(batch.flatMap((good) => this.keysToRead(good.facts)));
    const events: BusEvent[] = [];
    for (const good of batch) {
      if (good.facts.kind === 'checkIn')
        this.compareCheckIn(good, good.facts.checkIn, stored, events);
      else this.compareMatch(good.facts, stored, events);
    }
    if (!this.options.dryRun && events.length) await this.pipeline.publish(events);
  }

  private keysToRead(facts: RowFacts): ItemKey[] {
    const fact = (matchId: string, kind: 'created' | 'ended') =>
      keys.matchFact(this.carrierId, matchId, { kind });
    if (facts.kind === 'checkIn') {
      const { matchId } = facts.checkIn;
      return [this.checkInKey(facts.checkIn), fact(matchId, 'created')];
    }
    const { matchId } = facts.created;
    return [
      fact(matchId, 'created'),
      fact(matchId, 'ended'),
      keys.matchSummary(this.carrierId, matchId),
    ];
  }

  private checkInKey(checkIn: CheckInRecorded): ItemKey {
    return keys.matchFact(this.carrierId, checkIn.matchId, {
      kind: 'checkIn',
      checkInId: checkIn.checkInId,
    });
  }

  private compareCheckIn(
    good: GoodRow,
    checkIn: CheckInRecorded,
    stored: ReadonlyMap<string, StoredItem>,
    events: BusEvent[],
  ): void {
    const createdKey = keys.matchFact(this.carrierId, checkIn.matchId, { kind: 'created' });
    // A typing error must not create a Tandem (SPEC §10); its Tandem may come later in the file.
    if (!stored.has(storedItemId(createdKey)) && !this.matchRows.has(checkIn.matchId)) {
      this.unknownTandemRows.push(good);
      return;
    }
    const key = this.checkInKey(checkIn);
    // The id derives from every value of the row: a stored one is the same check-in.
    if (stored.has(storedItemId(key)) || this.checkInsSeen.has(checkIn.checkInId)) {
      this.result.checkIns.unchanged++;
    } else {
      this.result.checkIns.created++;
      events.push(this.factEvent('CheckInRecorded', checkIn, key));
      this.countNewCheckIn(checkIn);
    }
    this.checkInsSeen.add(checkIn.checkInId);
  }

  private compareMatch(
    facts: Extract<RowFacts, { kind: 'match' }>,
    stored: ReadonlyMap<string, StoredItem>,
    events: BusEvent[],
  ): void {
    const { created, ended } = facts;
    const item = (kind: 'created' | 'ended') =>
      stored.get(storedItemId(keys.matchFact(this.carrierId, created.matchId, { kind })));
    const storedCreated = item('created');
    const storedEnded = item('ended');
    const createdChanges =
      !storedCreated ||
      (!sameCreated(storedCreated, created) && this.wins(storedCreated, 'MatchCreated', created));
    const endedChanges =
      ended !== undefined &&
      (!storedEnded ||
        (!sameEnded(storedEnded, ended) && this.wins(storedEnded, 'MatchEnded', ended)));
    // Each Tandem row counts once: new, newly ended, otherwise changed, or unchanged.
    const counts = this.result.matches;
    if (!storedCreated) counts.created++;
    else if (endedChanges && !storedEnded) counts.ended++;
    else if (createdChanges || endedChanges) counts.updated++;
    else counts.unchanged++;
    const key = (kind: 'created' | 'ended') =>
      keys.matchFact(this.carrierId, created.matchId, { kind });
    if (createdChanges) events.push(this.factEvent('MatchCreated', created, key('created')));
    if (ended && endedChanges) events.push(this.factEvent('MatchEnded', ended, key('ended')));
    this.rememberTandem(created, ended !== undefined || storedEnded !== undefined, stored);
  }

  private rememberTandem(
    created: MatchCreated,
    ended: boolean,
    stored: ReadonlyMap<string, StoredItem>,
  ): void {
    const tandem = this.matchRows.get(created.matchId);
    if (!tandem) return;
    const summary = stored.get(storedItemId(keys.matchSummary(this.carrierId, created.matchId)));
    tandem.ended = ended;
    tandem.storedCount = Number(summary?.checkInCount ?? 0);
    tandem.storedLastOn = typeof summary?.lastCheckInOn === 'string' ? summary.lastCheckInOn : null;
  }

  /** A new check-in of a Tandem of the file, counted as SPEC §5 counts it. */
  private countNewCheckIn({ matchId, occurredOn }: CheckInRecorded): void {
    const tandem = this.matchRows.get(matchId);
    if (!tandem || occurredOn < tandem.startedOn) return;
    tandem.newCount++;
    if (tandem.newLastOn === null || occurredOn > tandem.newLastOn) tandem.newLastOn = occurredOn;
  }

  /** Is our version of the fact newer than the stored one, or is there none? */
  private wins(stored: StoredItem | undefined, detailType: string, data: object): boolean {
    const ours = factVersion(this.occurredAt, importWebhookId(detailType, data));
    return !stored || String(stored.version ?? '') < ours;
  }

  private factEvent(
    detailType: 'MatchCreated' | 'MatchEnded' | 'CheckInRecorded',
    data: MatchCreated | MatchEnded | CheckInRecorded,
    key: ItemKey,
  ): BusEvent {
    const webhookId = importWebhookId(detailType, data);
    this.pipeline.expect({
      key,
      version: factVersion(this.occurredAt, webhookId),
      matchId: data.matchId,
      summaryShows: summaryShownBy(data),
    });
    const { carrierId, occurredAt, receivedAt } = this;
    return {
      detailType,
      detail: { carrierId, webhookId, occurredAt, receivedAt, data },
    } as BusEvent;
  }

  /**
   * Once the whole file is read: a check-in whose Tandem came later in the file is compared
   * now; one whose Tandem is nowhere is an error of its row.
   */
  private async settleUnknownTandems(): Promise<void> {
    const rows = this.unknownTandemRows.splice(0);
    const inFile = rows.filter((good) => this.matchRows.has(matchIdOf(good)));
    for (const good of rows) {
      if (this.matchRows.has(matchIdOf(good))) continue;
      const problem: RowProblem = { code: 'unknownTandem', matchId: matchIdOf(good) };
      this.addErrors(good.sheet, [
        { row: good.row, column: good.matchColumn, message: this.text(problem) },
      ]);
    }
    for (let start = 0; start < inFile.length; start += rowBatchSize) {
      await this.dispatch(inFile.slice(start, start + rowBatchSize));
    }
    await this.pipeline.drain();
  }

  private countOverdueAtOnce(): number {
    const dayAfter = latestOccurredOn(this.receipt);
    const policy = this.options.checkInPolicy ?? funderConfig().checkInPolicy;
    let count = 0;
    for (const tandem of this.matchRows.values()) {
      if (isOverdueAtOnce(tandem, dayAfter, policy)) count++;
    }
    return count;
  }

  private progress(): void {
    if (Date.now() - this.lastProgress < progressEveryMs) return;
    this.lastProgress = Date.now();
    this.options.onProgress?.(this.progressLine());
  }

  private progressLine(): string {
    return `import: ${this.result.rows} rows read, ${this.pipeline.factsSent} facts sent`;
  }

  private text(problem: RowProblem): string {
    return rowProblemText(this.language, problem);
  }

  /** In a workbook, a row number alone is ambiguous: the message names the sheet. */
  private addErrors(sheet: string | undefined, errors: readonly RowError[]): void {
    for (const error of errors) {
      this.result.errors.push({ ...error, message: this.inSheet(sheet, error.message) });
    }
  }

  private inSheet(sheet: string | undefined, message: string): string {
    return sheet === undefined ? message : importRowTexts[this.language].inSheet(sheet, message);
  }
}

const matchIdOf = (good: GoodRow): string =>
  good.facts.kind === 'checkIn' ? good.facts.checkIn.matchId : good.facts.created.matchId;
