import { tableDefinition, type IndexDefinition } from '../../shared/data/table-definition';

// DynamoDB's sizing rules, for the writes dynalite does not count: failed conditional writes
// and global secondary index entries. Items are in the wire format the SDK sends.

export type WireValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: boolean }
  | { L: WireValue[] }
  | { M: WireItem }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] };

export type WireItem = Record<string, WireValue>;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** About one byte per two significant digits, plus one. */
const numberBytes = (number: string): number => {
  const digits = number
    .replace(/e.*$/i, '')
    .replace(/[-+.]/g, '')
    .replace(/^0+|0+$/g, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
};

function valueBytes(value: WireValue): number {
  if ('S' in value) return utf8Bytes(value.S);
  if ('N' in value) return numberBytes(value.N);
  if ('B' in value) return Buffer.from(value.B, 'base64').length;
  if ('BOOL' in value || 'NULL' in value) return 1;
  // Lists and maps: 3 bytes, and 1 byte per element on top of the element itself.
  if ('L' in value) return 3 + value.L.reduce((sum, element) => sum + 1 + valueBytes(element), 0);
  if ('M' in value) return 3 + Object.keys(value.M).length + itemBytes(value.M);
  if ('SS' in value) return value.SS.reduce((sum, element) => sum + utf8Bytes(element), 0);
  if ('NS' in value) return value.NS.reduce((sum, element) => sum + numberBytes(element), 0);
  return value.BS.reduce((sum, element) => sum + Buffer.from(element, 'base64').length, 0);
}

export const itemBytes = (item: WireItem): number =>
  Object.entries(item).reduce((sum, [name, value]) => sum + utf8Bytes(name) + valueBytes(value), 0);

/** Write units of one write of `bytes`: 1 per started KB, at least 1. */
export const writeUnits = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1024));

/** DynamoDB adds this much to every index entry. */
const indexEntryOverheadBytes = 100;

const pick = (item: WireItem, names: readonly string[]): WireItem =>
  Object.fromEntries(
    names.flatMap((name) => (item[name] === undefined ? [] : [[name, item[name]]])),
  ) as WireItem;

/** The entry an item has in a (sparse) index, or undefined when it lacks the index keys. */
function indexEntry(item: WireItem | undefined, index: IndexDefinition): WireItem | undefined {
  if (!item?.[index.partitionKey] || !item[index.sortKey]) return undefined;
  const projected = index.projection === 'INCLUDE' ? index.nonKeyAttributes : [];
  return pick(item, [
    tableDefinition.partitionKey,
    tableDefinition.sortKey,
    index.partitionKey,
    index.sortKey,
    ...projected,
  ]);
}

const entryUnits = (entry: WireItem): number =>
  writeUnits(itemBytes(entry) + indexEntryOverheadBytes);

const sameValue = (a: WireValue | undefined, b: WireValue | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Write units a table write costs in one index, by DynamoDB's rules: a new entry is a put,
 * a vanished one a delete, a changed index key a delete plus a put, a changed projected
 * attribute one put, and an unchanged entry nothing.
 */
export function indexWriteUnits(
  before: WireItem | undefined,
  after: WireItem | undefined,
  index: IndexDefinition,
): number {
  const old = indexEntry(before, index);
  const next = indexEntry(after, index);
  if (!old && !next) return 0;
  if (!old) return entryUnits(next as WireItem);
  if (!next) return entryUnits(old);
  const keyChanged =
    !sameValue(old[index.partitionKey], next[index.partitionKey]) ||
    !sameValue(old[index.sortKey], next[index.sortKey]);
  if (keyChanged) return entryUnits(old) + entryUnits(next);
  const names = new Set([...Object.keys(old), ...Object.keys(next)]);
  const projectionChanged = [...names].some((name) => !sameValue(old[name], next[name]));
  return projectionChanged ? Math.max(entryUnits(old), entryUnits(next)) : 0;
}
