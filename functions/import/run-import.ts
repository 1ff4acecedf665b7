import { createHash } from 'node:crypto';
import { mapLimit } from '../../shared/async/map-limit';
import { funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import { factVersion } from '../../shared/data/facts';
import { keys, type ItemKey } from '../../shared/data/keys';
import { getItems, storedItemId, type StoredItem } from '../../shared/data/stored-fact-versions';
import { importEventSource, type BusEvent } from '../../shared/events/catalogue';
import type { Receipt } from '../../shared/domain/fact-timing';
import { publishEvents } from '../../shared/events/publish';
import { importRowTexts, rowProblemText } from '../../shared/i18n/import-row-texts';
import type { Language } from '../../shared/i18n/languages';
import { isCheckInSheetName, mapColumns, type ColumnMap } from '../../shared/import/columns';
import { readRow, type RowError, type RowFacts } from '../../shared/import/rows';
import { ImportFileError, type SheetRows } from '../../shared/import/sheets';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../../shared/schemas/webhooks';
import { waitUntilProcessed, type PublishedFact } from './wait-for-facts';

/** The import result of SPEC §10, printed by the CLI and shown by the web preview. */
export interface ImportResult {
  carrierId: string;
  dryRun: boolean;
  rows: number;
  matches: { created: number; updated: number; unchanged: number; ended: number };
  checkIns: { created: number; unchanged: number };
  errors: RowError[];
  ignoredColumns: string[];
}

export interface ImportOptions {
  readonly dryRun: boolean;
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
}

/** Rows compared with the table and published together. */
const rowBatchSize = 100;
/** Row batches in flight at once: reads, PutEvents calls and parsing overlap. */
const batchesInFlight = 4;
/** PutEvents calls in flight at once per batch. */
const putsInFlight = 4;

const progressEveryMs = 2_000;
/**
 * Facts published before the import waits for them to be processed: only these are kept in
 * memory, so a long file takes no more memory than a short one.
 */
const defaultFactsAwaitedAtOnce = 5_000;

interface GoodRow {
  readonly row: number;
  readonly facts: RowFacts;
}

type SheetKind = 'matches' | 'checkIns' | 'mixed';

const kindOf = (sheet: SheetRows, columns: ColumnMap): SheetKind | undefined => {
  const has = (field: keyof ColumnMap['columnOf']) => columns.columnOf[field] !== undefined;
  if (Object.keys(columns.columnOf).length === 0) return undefined;
  if (sheet.sheet !== undefined && isCheckInSheetName(sheet.sheet)) return 'checkIns';
  const checkInColumns = has('occurredOn') || has('channel') || has('with');
  const matchColumns = has('startedOn') || has('mentorId') || has('menteeId');
  if (checkInColumns && matchColumns) return 'mixed';
  return checkInColumns ? 'checkIns' : 'matches';
};

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
  if (!(await getCarrier(carrierId))) {
    throw new ImportFileError({ code: 'unknownCarrier', carrierId });
  }
  const result: ImportResult = {
    carrierId,
    dryRun: options.dryRun,
    rows: 0,
    matches: { created: 0, updated: 0, unchanged: 0, ended: 0 },
    checkIns: { created: 0, unchanged: 0 },
    errors: [],
    ignoredColumns: [],
  };
  const language = options.language ?? 'en';
  const receipt = options.receipt ?? { at: new Date(), timeZone: funderConfig().timezone };
  const occurredAt = options.occurredAt.toISOString();
  const receivedAt = new Date().toISOString();
  // What the import waits for; a dry run and the web app (which returns at once) keep none.
  const awaitsProcessing = !options.dryRun && options.waitForProcessing !== false;
  const awaited: PublishedFact[] = [];
  let processedEarlier = 0;
  const matchRows = new Map<string, number>();
  const checkInsSeen = new Set<string>();
  let readableSheets = 0;
  let factsSent = 0;
  let lastProgress = Date.now();

  const factEvent = (
    detailType: 'MatchCreated' | 'MatchEnded' | 'CheckInRecorded',
    data: MatchCreated | MatchEnded | CheckInRecorded,
    key: ItemKey,
  ): BusEvent => {
    const webhookId = importWebhookId(detailType, data);
    if (awaitsProcessing) {
      awaited.push({
        key,
        version: factVersion(occurredAt, webhookId),
        matchId: data.matchId,
        summaryShows: summaryShownBy(data),
      });
    }
    return {
      detailType,
      detail: { carrierId, webhookId, occurredAt, receivedAt, data },
    } as BusEvent;
  };

  /** Is our version of the fact newer than the stored one, or is there none? */
  const wins = (stored: StoredItem | undefined, detailType: string, data: object) =>
    !stored ||
    String(stored.version ?? '') < factVersion(occurredAt, importWebhookId(detailType, data));

  const processBatch = async (batch: readonly GoodRow[]) => {
    const factKeys = batch.flatMap(({ facts }): ItemKey[] =>
      facts.kind === 'checkIn'
        ? [
            keys.matchFact(carrierId, facts.checkIn.matchId, {
              kind: 'checkIn',
              checkInId: facts.checkIn.checkInId,
            }),
          ]
        : [
            keys.matchFact(carrierId, facts.created.matchId, { kind: 'created' }),
            keys.matchFact(carrierId, facts.created.matchId, { kind: 'ended' }),
          ],
    );
    const stored = await getItems(factKeys);
    const events: BusEvent[] = [];
    for (const { facts } of batch) {
      if (facts.kind === 'checkIn') {
        const key = keys.matchFact(carrierId, facts.checkIn.matchId, {
          kind: 'checkIn',
          checkInId: facts.checkIn.checkInId,
        });
        // The id derives from every value of the row: a stored one is the same check-in.
        if (stored.has(storedItemId(key)) || checkInsSeen.has(facts.checkIn.checkInId)) {
          result.checkIns.unchanged++;
        } else {
          result.checkIns.created++;
          events.push(factEvent('CheckInRecorded', facts.checkIn, key));
        }
        checkInsSeen.add(facts.checkIn.checkInId);
        continue;
      }
      const { created, ended } = facts;
      const createdKey = keys.matchFact(carrierId, created.matchId, { kind: 'created' });
      const endedKey = keys.matchFact(carrierId, created.matchId, { kind: 'ended' });
      const storedCreated = stored.get(storedItemId(createdKey));
      const storedEnded = stored.get(storedItemId(endedKey));
      const createdChanges =
        !storedCreated ||
        (!sameCreated(storedCreated, created) && wins(storedCreated, 'MatchCreated', created));
      const endedChanges =
        ended !== undefined &&
        (!storedEnded ||
          (!sameEnded(storedEnded, ended) && wins(storedEnded, 'MatchEnded', ended)));
      // Each Tandem row counts once: new, newly ended, otherwise changed, or unchanged.
      if (!storedCreated) result.matches.created++;
      else if (endedChanges && !storedEnded) result.matches.ended++;
      else if (createdChanges || endedChanges) result.matches.updated++;
      else result.matches.unchanged++;
      if (createdChanges) events.push(factEvent('MatchCreated', created, createdKey));
      if (ended && endedChanges) events.push(factEvent('MatchEnded', ended, endedKey));
    }
    if (options.dryRun || events.length === 0) return;
    const chunks: BusEvent[][] = [];
    for (let start = 0; start < events.length; start += 10) {
      chunks.push(events.slice(start, start + 10));
    }
    await mapLimit(chunks, putsInFlight, async (chunk) => {
      await publishEvents(importEventSource, chunk);
      factsSent += chunk.length;
    });
  };

  // A small pipeline: rows are read while earlier batches are compared and published.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  // The facts published so far are waited for a window at a time, each window while the
  // next is read and published, so the bus always has work and at most two windows' records
  // are in memory.
  let windowProcessed: Promise<void> = Promise.resolve();
  const awaitWindow = async () => {
    const window = awaited.splice(0);
    await windowProcessed;
    if (failure) throw failure;
    if (!window.length) return;
    windowProcessed = waitUntilProcessed(carrierId, window, {
      timeoutMs: options.waitTimeoutMs ?? 120_000,
      processedEarlier,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    }).then(
      () => {
        processedEarlier += window.length;
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
  };
  const dispatch = async (batch: GoodRow[]) => {
    while (inFlight.size >= batchesInFlight) await Promise.race(inFlight);
    if (failure) throw failure;
    if (awaited.length >= (options.factsAwaitedAtOnce ?? defaultFactsAwaitedAtOnce)) {
      await awaitWindow();
    }
    const work = processBatch(batch).then(
      () => undefined,
      (error: unknown) => {
        failure ??= error;
      },
    );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  for await (const sheet of sheets) {
    const columns = mapColumns(sheet.headers);
    const kind = kindOf(sheet, columns);
    for (const header of columns.ignored) {
      if (!result.ignoredColumns.includes(header)) result.ignoredColumns.push(header);
    }
    if (!kind) continue; // A sheet of notes or names: nothing of it is read.
    readableSheets++;
    let batch: GoodRow[] = [];
    for await (const { row, cells } of sheet.rows) {
      const outcome = readRow(columns, cells, row, kind, language, receipt);
      if (outcome.ok === 'skip') {
        if (outcome.errors.length) result.rows++;
        result.errors.push(...prefixed(sheet, outcome.errors, language));
        continue;
      }
      result.rows++;
      if (!outcome.ok) {
        result.errors.push(...prefixed(sheet, outcome.errors, language));
        continue;
      }
      if (outcome.facts.kind === 'match') {
        const { matchId } = outcome.facts.created;
        const earlier = matchRows.get(matchId);
        if (earlier !== undefined) {
          result.errors.push(
            ...prefixed(
              sheet,
              [
                {
                  row,
                  column: columns.headerOf.matchId ?? 'matchId',
                  message: rowProblemText(language, {
                    code: 'duplicateTandem',
                    matchId,
                    earlierRow: earlier,
                  }),
                },
              ],
              language,
            ),
          );
          continue;
        }
        matchRows.set(matchId, row);
      }
      batch.push({ row, facts: outcome.facts });
      if (batch.length >= rowBatchSize) {
        await dispatch(batch);
        batch = [];
      }
      if (Date.now() - lastProgress >= progressEveryMs) {
        lastProgress = Date.now();
        options.onProgress?.(`import: ${result.rows} rows read, ${factsSent} facts sent`);
      }
    }
    if (batch.length) await dispatch(batch);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  if (readableSheets === 0) {
    throw new ImportFileError({ code: 'noColumns' });
  }
  options.onProgress?.(`import: ${result.rows} rows read, ${factsSent} facts sent`);
  // The last window, once every batch is published.
  await awaitWindow();
  await windowProcessed;
  if (failure) throw failure;
  return result;
}

/** In a workbook, a row number alone is ambiguous: the message names the sheet. */
const prefixed = (
  sheet: SheetRows,
  errors: readonly RowError[],
  language: Language,
): RowError[] => {
  const name = sheet.sheet;
  return name === undefined
    ? [...errors]
    : errors.map((error) => ({
        ...error,
        message: importRowTexts[language].inSheet(name, error.message),
      }));
};
