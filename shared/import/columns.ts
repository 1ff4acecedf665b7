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

/** Decides which column is read for which field; every other column is ignored. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const chosen = new Map<ImportField, { index: number; rank: number }>();
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
