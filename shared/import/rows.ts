import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { timingProblems, type Receipt } from '../domain/fact-timing';
import { rowProblemText } from '../i18n/import-row-texts';
import type { Language } from '../i18n/languages';
import { englishZodErrorMap, zodErrorMapOf } from '../i18n/zod-error-maps';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../schemas/webhooks';
import { usualHeaderOf, type ColumnMap, type ImportField } from './columns';
import type { RowProblem } from './row-problems';
import type { CheckInRowSchema, MatchRowSchemas, SheetSchemas } from './sheet-schemas';
import {
  booleanOf,
  cellText,
  channelOf,
  dateOf,
  isBlank,
  programmeOf,
  reasonOf,
  statusOf,
  ValueError,
  withOf,
  type CellValue,
} from './values';

/** A bad row: its line in the file (header = 1), the column and what is wrong, in words. */
export interface RowError {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** What one good row says: the same facts a partner would send as webhooks. */
export type RowFacts =
  | { readonly kind: 'match'; readonly created: MatchCreated; readonly ended?: MatchEnded }
  | { readonly kind: 'checkIn'; readonly checkIn: CheckInRecorded };

export type RowOutcome =
  | { readonly ok: true; readonly facts: RowFacts }
  | { readonly ok: false; readonly errors: RowError[] }
  /** A row to pass over without error: empty, or a codo Pre-Match (no Tandem yet). */
  | { readonly ok: 'skip'; readonly errors: RowError[] };

/** What a row's errors are worded with: our texts in `language`, and zod's words in it. */
export interface RowWords {
  readonly language: Language;
  readonly zodErrorMap: z.core.$ZodErrorMap;
}

export const englishRowWords: RowWords = { language: 'en', zodErrorMap: englishZodErrorMap };

export const rowWordsOf = async (language: Language): Promise<RowWords> => ({
  language,
  zodErrorMap: await zodErrorMapOf(language),
});

/** The fields of the webhook schemas that hold partner ids (`partnerId`). */
const idKeys = new Set(['matchId', 'mentorId', 'menteeId', 'checkInId']);

/**
 * Reads one row: every problem of the row is reported, not only the first one, in words of
 * `language`.
 */
class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    private readonly columns: ColumnMap,
    private readonly cells: readonly CellValue[],
    private readonly row: number,
    private readonly words: RowWords,
  ) {}

  /** The column's header as written in the file, or the usual one when it has none. */
  column(field: ImportField): string {
    return this.columns.headerOf[field] ?? usualHeaderOf(field);
  }

  has(field: ImportField): boolean {
    return this.columns.columnOf[field] !== undefined;
  }

  raw(field: ImportField): CellValue {
    const index = this.columns.columnOf[field];
    return index === undefined ? undefined : this.cells[index];
  }

  errorOf(field: ImportField, problem: RowProblem): RowError {
    return {
      row: this.row,
      column: this.column(field),
      message: rowProblemText(this.words.language, problem),
    };
  }

  fail(field: ImportField, problem: RowProblem): undefined {
    this.errors.push(this.errorOf(field, problem));
    return undefined;
  }

  /** A required value read by `read`; a missing column or empty cell is an error. */
  required<T>(field: ImportField, read: (value: CellValue) => T): T | undefined {
    if (!this.has(field)) {
      return this.fail(field, { code: 'missingColumn', header: usualHeaderOf(field) });
    }
    const value = this.raw(field);
    if (isBlank(value)) return this.fail(field, { code: 'empty' });
    return this.optional(field, read);
  }

  optional<T>(field: ImportField, read: (value: CellValue) => T): T | undefined {
    const value = this.raw(field);
    if (isBlank(value)) return undefined;
    try {
      return read(value);
    } catch (error) {
      if (error instanceof ValueError) return this.fail(field, error.problem);
      throw error;
    }
  }

  /**
   * A participant or match id; a value with spaces is most likely a name, and says so. No
   * refused id is echoed: it may be a name (SPEC §10).
   */
  id(field: ImportField): string | undefined {
    return this.required(field, (value) => {
      const text = cellText(value);
      if (/\s/.test(text)) throw new ValueError({ code: 'looksLikeName' });
      return text;
    });
  }

  /**
   * Checks the facts with the webhook's own schema; its messages go to the right column.
   * zod words the messages the schema leaves to it in the reader's language; an id's refusal
   * has the schema's own English words, so it becomes `notAnId`, which has a text in each.
   */
  validated<S extends z.core.$ZodType>(
    schema: S,
    data: Record<string, unknown>,
    fieldOf: Readonly<Record<string, ImportField>>,
  ): z.infer<S> | undefined {
    const parsed = z.safeParse(schema, data, { error: this.words.zodErrorMap });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = fieldOf[key] ?? 'matchId';
      const isId = idKeys.has(key) && issue.code === 'invalid_format';
      this.fail(field, { code: isId ? 'notAnId' : 'schema', issue });
    }
    return undefined;
  }
}

/**
 * A check-in's id derives from its match and its row's values, so the same row imported
 * twice is the same check-in (and a second import says `unchanged`).
 */
export const importedCheckInId = (data: Omit<CheckInRecorded, 'checkInId'>): string =>
  `imp-${createHash('sha256')
    .update(
      JSON.stringify([
        data.matchId,
        data.occurredOn,
        data.with,
        data.channel,
        data.concern ?? null,
      ]),
    )
    .digest('hex')
    .slice(0, 32)}`;

const matchFields = {
  matchId: 'matchId',
  mentorId: 'mentorId',
  menteeId: 'menteeId',
  startedOn: 'startedOn',
  programme: 'programme',
  group: 'group',
} as const satisfies Record<string, ImportField>;

function readMatchRow(reader: RowReader, schemas: MatchRowSchemas): RowOutcome {
  const status = reader.optional('status', statusOf);
  if (status === 'prematch') {
    return { ok: 'skip', errors: [reader.errorOf('status', { code: 'preMatch' })] };
  }
  const matchId = reader.id('matchId');
  const mentorId = reader.id('mentorId');
  const menteeId = reader.id('menteeId');
  const startedOn = reader.required('startedOn', dateOf);
  const programme = reader.has('programme') ? reader.required('programme', programmeOf) : undefined;
  // Only a group is marked: "no" and an empty cell say the same as a missing column.
  const group = reader.optional('group', booleanOf) ? true : undefined;
  // An active codo Patenschaft may carry a planned end: only an ended one has ended.
  const endedOn = status === 'active' ? undefined : reader.optional('endedOn', dateOf);
  if (status === 'ended' && isBlank(reader.raw('endedOn'))) {
    reader.fail('endedOn', { code: 'endMissing' });
  }
  if (!reader.has('programme')) {
    reader.fail('programme', { code: 'missingColumn', header: usualHeaderOf('programme') });
  }
  if (reader.errors.length) return { ok: false, errors: reader.errors };

  const created = reader.validated(
    schemas.created,
    { matchId, mentorId, menteeId, startedOn, programme, ...(group ? { group } : {}) },
    matchFields,
  );
  let ended: MatchEnded | undefined;
  if (created && endedOn) {
    if (endedOn < created.startedOn) reader.fail('endedOn', { code: 'endBeforeStart' });
    ended = reader.validated(
      schemas.ended,
      { matchId, endedOn, reason: reasonOf(reader.raw('reason')) },
      { matchId: 'matchId', endedOn: 'endedOn', reason: 'reason' },
    );
  }
  if (!created || reader.errors.length) return { ok: false, errors: reader.errors };
  return { ok: true, facts: { kind: 'match', created, ...(ended ? { ended } : {}) } };
}

function readCheckInRow(reader: RowReader, receipt: Receipt, schema: CheckInRowSchema): RowOutcome {
  const matchId = reader.id('matchId');
  const occurredOn = reader.required('occurredOn', dateOf);
  // The webhooks' rule (SPEC §2): a contact after tomorrow would silence its reminders.
  for (const problem of timingProblems(occurredOn ? { occurredOn } : {}, receipt)) {
    reader.fail('occurredOn', { code: 'occurredOnTooLate', latest: problem.latest });
  }
  const withWhom = reader.required('with', withOf);
  const channel = reader.required('channel', channelOf);
  const concern = reader.has('concern') ? reader.optional('concern', booleanOf) : undefined;
  if (reader.errors.length) return { ok: false, errors: reader.errors };
  const data = {
    matchId,
    occurredOn,
    with: withWhom,
    channel,
    ...(concern ? { concern } : {}),
  } as Omit<CheckInRecorded, 'checkInId'>;
  const checkIn = reader.validated(
    schema,
    { checkInId: importedCheckInId(data), ...data },
    {
      checkInId: 'matchId',
      matchId: 'matchId',
      occurredOn: 'occurredOn',
      with: 'with',
      channel: 'channel',
      concern: 'concern',
    },
  );
  if (!checkIn) return { ok: false, errors: reader.errors };
  return { ok: true, facts: { kind: 'checkIn', checkIn } };
}

/**
 * One data row of a sheet, checked with `sheet`'s schemas (sheet-schemas.ts). A sheet of
 * check-ins (its name or its columns say so) holds check-ins; a sheet with both kinds of
 * columns takes a row with a check-in date as a check-in and any other as a Tandem. Errors
 * are worded with `words` (the CLI's English by default). `receipt`: when the file is read,
 * in the funder's time zone (no contact after tomorrow there); the import passes it.
 */
export function readRow(
  columns: ColumnMap,
  cells: readonly CellValue[],
  row: number,
  sheet: SheetSchemas,
  words: RowWords = englishRowWords,
  receipt: Receipt = { at: new Date(), timeZone: 'UTC' },
): RowOutcome {
  if (cells.every(isBlank)) return { ok: 'skip', errors: [] };
  const reader = new RowReader(columns, cells, row, words);
  switch (sheet.kind) {
    case 'matches':
      return readMatchRow(reader, sheet.match);
    case 'checkIns':
      return readCheckInRow(reader, receipt, sheet.checkIn);
    case 'mixed':
      return isBlank(reader.raw('occurredOn'))
        ? readMatchRow(reader, sheet.match)
        : readCheckInRow(reader, receipt, sheet.checkIn);
  }
}
