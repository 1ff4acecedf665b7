import { rowProblemText } from '../i18n/import-row-texts';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../schemas/webhooks';
import { channels, checkInWith, endReasons, programmes } from '../schemas/webhook-vocabulary';
import type { RowProblem } from './row-problems';

// SPEC §10: cell values as carriers write them: the §2 enum values, their German labels,
// dates in three spellings or as real date cells, yes/no in several words.

/** A cell as a reader hands it over: text from CSV, typed values from XLSX. */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * A value that could not be read: `problem` says what to write instead, for the reader's
 * language; the message says it in English (as the CLI does).
 */
export class ValueError extends Error {
  override readonly name = 'ValueError';

  constructor(readonly problem: RowProblem) {
    super(rowProblemText('en', problem));
  }
}

export const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDateOfCell(value);
  return String(value).trim();
};

export const isBlank = (value: CellValue): boolean => cellText(value) === '';

/** Labels compared without case, surrounding spaces, or the spaces inside. */
const labelKey = (label: string): string => label.trim().toLowerCase().replace(/\s+/g, ' ');

const lookup = <T extends string>(
  values: readonly T[],
  labels: Readonly<Record<string, T>>,
): ReadonlyMap<string, T> =>
  new Map<string, T>([
    ...values.map((value) => [labelKey(value), value] as const),
    ...Object.entries(labels).map(([label, value]) => [labelKey(label), value] as const),
  ]);

/** codo's options of "Art der Patenschaft", in the order of the §2 values. */
const programmeByLabel = lookup(programmes, {
  'Freizeit und Kultur': 'leisure_culture',
  'Bildung und Arbeit': 'education_work',
  'Lesen und Sprache': 'reading_language',
  'Alltag und Wohnen': 'everyday_housing',
  Chancenpatenschaft: 'opportunity',
  Sonstiges: 'other',
  Andere: 'other',
});

const withByLabel = lookup(checkInWith, {
  'Mentor:in': 'mentor',
  Mentorin: 'mentor',
  'Mentor*in': 'mentor',
  Pate: 'mentor',
  Patin: 'mentor',
  'Pat:in': 'mentor',
  beide: 'both',
  'Mentor:in und Mentee': 'both',
  Tandem: 'both',
});

const channelByLabel = lookup(channels, {
  persönlich: 'in_person',
  'in person': 'in_person',
  'vor Ort': 'in_person',
  Treffen: 'in_person',
  Telefon: 'phone',
  telefonisch: 'phone',
  Anruf: 'phone',
  Videoanruf: 'video',
  Videotelefonat: 'video',
  Nachricht: 'message',
  'E-Mail': 'message',
  SMS: 'message',
  Messenger: 'message',
  Sonstiges: 'other',
  Andere: 'other',
});

const reasonByLabel = lookup(endReasons, {
  'Ziel erreicht': 'goal_reached',
  'Ziele erreicht': 'goal_reached',
  'planmäßig beendet': 'planned_end',
  'planmäßiges Ende': 'planned_end',
  'reguläres Ende': 'planned_end',
  'geplantes Ende': 'planned_end',
  'Mentor:in hat beendet': 'mentor_withdrew',
  'Rückzug Mentor:in': 'mentor_withdrew',
  'Mentee hat beendet': 'mentee_withdrew',
  'Rückzug Mentee': 'mentee_withdrew',
  Umzug: 'moved_away',
  weggezogen: 'moved_away',
  'passte nicht': 'mismatch',
  Fehlpassung: 'mismatch',
  Kinderschutz: 'safeguarding',
  Schutzkonzept: 'safeguarding',
});

/** `values` and `labels`: the §2 values and the German labels a refusal lists. */
const enumValue = <T extends string>(
  table: ReadonlyMap<string, T>,
  value: CellValue,
  values: readonly T[],
  labels: readonly string[],
): T => {
  const found = table.get(labelKey(cellText(value)));
  if (!found) throw new ValueError({ code: 'notOneOf', values, labels });
  return found;
};

/**
 * A programme, or codo's multi-select of several joined by commas: the first one listed is
 * the match's programme (Tandem keeps one per match).
 */
export function programmeOf(value: CellValue): MatchCreated['programme'] {
  const [first = ''] = cellText(value).split(/[,;]/);
  return enumValue(programmeByLabel, first, programmes, [
    'Freizeit und Kultur',
    'Bildung und Arbeit',
    'Lesen und Sprache',
    'Alltag und Wohnen',
    'Chancenpatenschaft',
  ]);
}

export const withOf = (value: CellValue): CheckInRecorded['with'] =>
  enumValue(withByLabel, value, checkInWith, ['Mentor:in', 'Mentee', 'beide']);

export const channelOf = (value: CellValue): CheckInRecorded['channel'] =>
  enumValue(channelByLabel, value, channels, ['persönlich', 'Telefon', 'Video', 'Nachricht']);

/** An end reason; free text (codo's "Abschluss-Art" is free text) becomes `other`. */
export const reasonOf = (value: CellValue): MatchEnded['reason'] =>
  reasonByLabel.get(labelKey(cellText(value))) ?? 'other';

const yes = new Set(['ja', 'yes', 'true', 'x', 'wahr', 'j', 'y', '1']);
const no = new Set(['nein', 'no', 'false', '', 'falsch', 'n', '0']);

/** Yes/no: `ja`/`nein`, `yes`/`no`, `true`/`false`, `x`/empty, or a boolean cell. */
export function booleanOf(value: CellValue): boolean {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase();
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  throw new ValueError({ code: 'notYesNo' });
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A date cell holds midnight of its day as UTC (the reader's convention); the calendar day
 * is read in UTC so that no time zone moves it.
 */
function isoDateOfCell(date: Date): string {
  return `${date.getUTCFullYear()}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

/** A date as `YYYY-MM-DD`, `DD.MM.YYYY`, `D.M.YY` or a date cell; returns `YYYY-MM-DD`. */
export function dateOf(value: CellValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ValueError({ code: 'notADate' });
    return isoDateOfCell(value);
  }
  const text = cellText(value);
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (german) {
    const year = Number(german[3]);
    // Two-digit years are this century's: a mentoring programme's records start after 2000.
    parts = [german[3]?.length === 2 ? 2000 + year : year, Number(german[2]), Number(german[1])];
  }
  if (!parts) throw new ValueError({ code: 'dateFormat' });
  const [year, month, day] = parts;
  if (!isRealDate(year, month, day)) throw new ValueError({ code: 'notACalendarDate' });
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** codo's "Status" of a Patenschaft, by its option labels and ids. */
export type CodoStatus = 'prematch' | 'active' | 'ended';

const statusByLabel = new Map<string, CodoStatus>([
  ['pre-match', 'prematch'],
  ['prematch', 'prematch'],
  ['matching läuft', 'prematch'],
  ['matching_läuft', 'prematch'],
  ['aktive patenschaft', 'active'],
  ['aktiv', 'active'],
  ['active', 'active'],
  ['patenschaft', 'active'],
  ['beendet', 'ended'],
  ['ended', 'ended'],
  ['abgebrochen', 'ended'],
  ['alumni', 'ended'],
  ['alumni_patenschaft', 'ended'],
  ['alumni-patenschaft', 'ended'],
]);

export function statusOf(value: CellValue): CodoStatus | undefined {
  if (isBlank(value)) return undefined;
  const found = statusByLabel.get(labelKey(cellText(value)));
  if (!found) throw new ValueError({ code: 'notAStatus' });
  return found;
}
