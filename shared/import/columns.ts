// SPEC §10: which spreadsheet columns are read, under which headers. Every other column is
// dropped while reading (names, e-mails, notes, subjects): its values are never kept.

/** The fields an import row can carry. */
export type ImportField =
  | 'matchId'
  | 'mentorId'
  | 'menteeId'
  | 'startedOn'
  | 'endedOn'
  | 'reason'
  | 'programme'
  | 'group'
  | 'status'
  | 'occurredOn'
  | 'with'
  | 'channel'
  | 'concern';

/**
 * Accepted headers per field, compared trimmed and case-insensitively. Where a field has
 * several columns in one file, the earlier header in its list wins: codo's `… (interne ID)`
 * / `… (internal id)` columns come first, so they win over any other id column.
 */
export const headersOfField: Readonly<Record<ImportField, readonly string[]>> = {
  matchId: ['Tandem-ID', 'Tandem', 'ID', 'matchId', 'match_id'],
  mentorId: [
    'Mentor:in (interne ID)',
    'Mentor:in (internal id)',
    'Mentor:in-ID',
    'Mentor-ID',
    'mentorId',
    'mentor_id',
  ],
  menteeId: ['Mentee (interne ID)', 'Mentee (internal id)', 'Mentee-ID', 'menteeId', 'mentee_id'],
  startedOn: ['Beginn', 'Anfang', 'startedOn', 'start_date'],
  endedOn: ['Ende', 'endedOn', 'end_date'],
  reason: ['Beendigungsgrund', 'Abschluss-Art', 'reason', 'end_reason'],
  programme: ['Art der Patenschaft', 'Programm', 'programme'],
  group: ['Gruppe', 'group'],
  // codo's status of a Patenschaft: tells a running match from an ended or not yet made one.
  status: ['Status'],
  occurredOn: ['Datum', 'occurredOn', 'occurred_on'],
  with: ['Mit', 'with'],
  channel: ['Kanal', 'channel'],
  concern: ['Sorge', 'concern'],
};

/** The header a field is named by where the file has no column for it (German, as in §10). */
export const usualHeaderOf = (field: ImportField): string =>
  (field === 'mentorId' || field === 'menteeId'
    ? headersOfField[field][2]
    : headersOfField[field][0]) ?? field;

/** Fields only a check-in row has; a sheet with one of them holds check-ins. */
export const checkInOnlyFields: readonly ImportField[] = ['occurredOn', 'with', 'channel'];

/** Sheet names (of an XLSX) whose rows are check-ins whatever their columns. */
const checkInSheetNames = ['begleitungen', 'check-ins', 'checkins', 'check-in'];

export const isCheckInSheetName = (name: string): boolean =>
  checkInSheetNames.includes(normalizeHeader(name));

export const normalizeHeader = (header: string): string =>
  header.trim().replace(/\s+/g, ' ').toLowerCase();

const fieldByHeader = new Map<string, { field: ImportField; rank: number }>(
  Object.entries(headersOfField).flatMap(([field, headers]) =>
    headers.map((header, rank) => [normalizeHeader(header), { field: field as ImportField, rank }]),
  ),
);

export interface ColumnMap {
  /** The column index read for each field found. */
  readonly columnOf: Partial<Record<ImportField, number>>;
  /** Each read column's header as written in the file, for error messages. */
  readonly headerOf: Partial<Record<ImportField, string>>;
  /** Headers of the columns that are not read, as written in the file. */
  readonly ignored: readonly string[];
}

/**
 * The coordinator's own choice of column per field (SPEC §10's mapping step, the CLI's
 * `--map field=Header`): the header as written in the file.
 */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export const isImportField = (name: string): name is ImportField =>
  Object.hasOwn(headersOfField, name);

/**
 * `field=Header` pairs as the CLI takes them; a pair without `=` or with an unknown field is
 * returned in `refused`, so the caller can say which.
 */
export function parseColumnMapping(pairs: readonly string[]): {
  mapping: ColumnMapping;
  refused: string[];
} {
  const mapping: ColumnMapping = {};
  const refused: string[] = [];
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, Math.max(at, 0)).trim();
    const header = pair.slice(at + 1).trim();
    if (at < 0 || !isImportField(field) || header === '') refused.push(pair);
    else mapping[field] = header;
  }
  return { mapping, refused };
}

/** What a sheet holds: Tandems, check-ins, or rows of both kinds. */
export type SheetKind = 'matches' | 'checkIns' | 'mixed';

/** The columns a sheet of each kind cannot do without: without one, no row can be read. */
export const requiredFields: Readonly<Record<SheetKind, readonly ImportField[]>> = {
  matches: ['matchId', 'mentorId', 'menteeId', 'startedOn', 'programme'],
  checkIns: ['matchId', 'occurredOn', 'with', 'channel'],
  mixed: [
    'matchId',
    'mentorId',
    'menteeId',
    'startedOn',
    'programme',
    'occurredOn',
    'with',
    'channel',
  ],
};

/** The kind of a sheet by its name and columns; undefined: no known column (notes, names). */
export function sheetKindOf(
  sheetName: string | undefined,
  columns: ColumnMap,
): SheetKind | undefined {
  const has = (field: ImportField) => columns.columnOf[field] !== undefined;
  if (Object.keys(columns.columnOf).length === 0) return undefined;
  if (sheetName !== undefined && isCheckInSheetName(sheetName)) return 'checkIns';
  const checkInColumns = has('occurredOn') || has('channel') || has('with');
  const matchColumns = has('startedOn') || has('mentorId') || has('menteeId');
  if (checkInColumns && matchColumns) return 'mixed';
  return checkInColumns ? 'checkIns' : 'matches';
}

/** The required fields a sheet of `kind` has no column for. */
export const missingFields = (kind: SheetKind, columns: ColumnMap): ImportField[] =>
  requiredFields[kind].filter((field) => columns.columnOf[field] === undefined);

/**
 * Decides which column is read for which field; every other column is ignored. A column the
 * coordinator chose in `mapping` wins over any header the field accepts.
 */
export function mapColumns(headers: readonly string[], mapping: ColumnMapping = {}): ColumnMap {
  const chosen = new Map<ImportField, { index: number; rank: number }>();
  for (const [field, header] of Object.entries(mapping)) {
    const index = headers.findIndex((own) => normalizeHeader(own) === normalizeHeader(header));
    if (index >= 0) chosen.set(field as ImportField, { index, rank: -1 });
  }
  headers.forEach((header, index) => {
    const known = fieldByHeader.get(normalizeHeader(header));
    if (!known) return;
    const current = chosen.get(known.field);
    if (!current || known.rank < current.rank) chosen.set(known.field, { index, rank: known.rank });
  });
  const columnOf: Partial<Record<ImportField, number>> = {};
  const headerOf: Partial<Record<ImportField, string>> = {};
  const read = new Set<number>();
  for (const [field, { index }] of chosen) {
    columnOf[field] = index;
    headerOf[field] = headers[index]?.trim() ?? field;
    read.add(index);
  }
  const ignored = headers
    .map((header, index) => ({ header: header.trim(), index }))
    .filter(({ header, index }) => !read.has(index) && header !== '')
    .map(({ header }) => header);
  return { columnOf, headerOf, ignored };
}
