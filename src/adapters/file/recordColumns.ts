import { COUNT_FIELDS, monthFromIndex, monthIndex, type CountField, type MonthlyRecord, type Office } from '../../domain';
import { toMonthlyRecord } from '../validate/recordShape';

/**
 * The validated records, one typed array per field. This is how they cross from the worker and
 * how IndexedDB keeps them: a structured clone of typed arrays is a copy of memory, where 100k
 * objects of 22 keys took about a second each way on the main thread (measured in Chromium).
 * The file adapter turns them back into MonthlyRecord objects for the months asked for.
 */
export interface RecordColumns {
  length: number;
  /** Index into the dataset's offices. */
  office: Int32Array;
  /** monthIndex() of the month. */
  month: Int32Array;
  /** The spreadsheet row the record came from (header row = 1). */
  row: Int32Array;
  /** NaN where the count was not reported: absent, never 0. Safe integers are exact in a double. */
  counts: Record<CountField, Float64Array>;
}

export function toRecordColumns(records: readonly MonthlyRecord[], rows: readonly number[], offices: readonly Office[]): RecordColumns {
  const indexOf = new Map(offices.map((office, index) => [office.id, index]));
  const length = records.length;
  const columns: RecordColumns = {
    length,
    office: new Int32Array(length),
    month: new Int32Array(length),
    row: new Int32Array(length),
    counts: Object.fromEntries(COUNT_FIELDS.map((field) => [field, new Float64Array(length)])) as Record<CountField, Float64Array>,
  };
  for (let i = 0; i < length; i++) {
    const record = records[i]!;
    const office = indexOf.get(record.officeId);
    // Validation accepted only records of known offices; anything else is a bug, not data.
    if (office === undefined) throw new Error(`record of an office not in the dataset: ${record.officeId}`);
    columns.office[i] = office;
    columns.month[i] = monthIndex(record.month);
    columns.row[i] = rows[i] ?? 0;
    for (const field of COUNT_FIELDS) columns.counts[field][i] = record[field] ?? Number.NaN;
  }
  return columns;
}

/** Record `index` as the engine takes it (every count key present, undefined when not reported). */
export function recordAt(columns: RecordColumns, index: number, offices: readonly Office[]): MonthlyRecord {
  const raw: Record<string, number | undefined> = {};
  for (const field of COUNT_FIELDS) {
    const value = columns.counts[field][index]!;
    raw[field] = Number.isNaN(value) ? undefined : value;
  }
  return toMonthlyRecord(raw, offices[columns.office[index]!]!.id, monthFromIndex(columns.month[index]!));
}

/** Every record as objects (tests, small datasets). */
export function recordsOf(columns: RecordColumns, offices: readonly Office[]): MonthlyRecord[] {
  return Array.from({ length: columns.length }, (_, index) => recordAt(columns, index, offices));
}

/** A stored value has this shape only if every column is there and as long as the others. */
export function isRecordColumns(value: unknown, officeCount: number): value is RecordColumns {
  if (typeof value !== 'object' || value === null) return false;
  const columns = value as Partial<RecordColumns>;
  const length = columns.length;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return false;
  const int = (array: unknown) => array instanceof Int32Array && array.length === length;
  if (!int(columns.office) || !int(columns.month) || !int(columns.row)) return false;
  if (typeof columns.counts !== 'object' || columns.counts === null) return false;
  const counts = columns.counts;
  if (!COUNT_FIELDS.every((field) => counts[field] instanceof Float64Array && counts[field].length === length)) return false;
  return columns.office!.every((office) => office >= 0 && office < officeCount);
}
