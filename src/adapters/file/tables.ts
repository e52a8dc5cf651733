import { COUNT_FIELDS, type CountField } from '../../domain';
import { cellCount, cellKind, cellMonth, cellText, isBlankCell, type Cell } from './cells';
import { OFFICE_COLUMNS, RECORD_COLUMNS, headerKeys, normalizeHeader, type ColumnSpec, type TableKind } from './columns';
import type { FileNotice } from './dataset';
import { FileLoadError } from './fileErrors';

/** A sheet or a CSV file as rows of cells; rows[0] is the sheet's row 1. */
export interface Table {
  source: string;
  rows: Cell[][];
}

/**
 * Rows in the contract's JSON shape, ready for validateOffices/validateRecords. The header,
 * anything above it and blank rows are null placeholders, so that the validators' row numbers
 * (array index + 1) are the spreadsheet's row numbers, also inside their details ("already used
 * at row 7"); the placeholders' own "not an object" issues are then dropped.
 */
export interface TablePart {
  kind: TableKind;
  source: string;
  payload: unknown[];
  /** 1-based rows that are placeholders, not data. */
  placeholderRows: ReadonlySet<number>;
  notices: FileNotice[];
}

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 20;

const OFFICE_KEYS = keyMap(OFFICE_COLUMNS);
const RECORD_KEYS = keyMap(RECORD_COLUMNS);
const COUNT_SET = new Set<string>(COUNT_FIELDS);

function keyMap<Field extends string>(columns: readonly ColumnSpec<Field>[]): Map<string, ColumnSpec<Field>> {
  const map = new Map<string, ColumnSpec<Field>>();
  for (const column of columns) for (const key of headerKeys(column)) if (!map.has(key)) map.set(key, column);
  return map;
}

interface Header {
  kind: TableKind;
  /** 0-based index of the header row. */
  index: number;
  /** The field each column holds, or null for a column outside the template. */
  fields: (string | null)[];
}

/** The header row and what the table holds, or null when no row looks like the template's header. */
export function findHeader(table: Table): Header | null {
  const limit = Math.min(HEADER_SEARCH_ROWS, table.rows.length);
  for (let index = 0; index < limit; index++) {
    const row = table.rows[index] ?? [];
    const keys = row.map((cell) => {
      const text = cellText(cell);
      return text === null ? '' : normalizeHeader(text);
    });
    const recordFields = keys.map((key) => RECORD_KEYS.get(key)?.field ?? null);
    const officeFields = keys.map((key) => OFFICE_KEYS.get(key)?.field ?? null);
    const hasCode = recordFields.includes('officeId');
    if (!hasCode) continue;
    const isRecords = recordFields.some((field) => field === 'month' || (field !== null && COUNT_SET.has(field)));
    if (isRecords) return { kind: 'records', index, fields: recordFields };
    const isOffices = officeFields.some((field) => field === 'name' || field === 'kind' || field === 'parentId');
    if (isOffices) return { kind: 'offices', index, fields: officeFields };
  }
  return null;
}

/**
 * The table as contract rows. Throws FileLoadError for a header that cannot be read safely:
 * a required column missing, or one field in two columns (which of them would count?).
 */
export function tableToPart(table: Table, header: Header): TablePart {
  const columns: readonly ColumnSpec[] = header.kind === 'offices' ? OFFICE_COLUMNS : RECORD_COLUMNS;
  const headerRow = table.rows[header.index] ?? [];
  const columnOf = new Map<string, number>();
  const ignored: string[] = [];
  header.fields.forEach((field, column) => {
    if (field === null) {
      const text = cellText(headerRow[column]);
      if (text !== null) ignored.push(text);
      return;
    }
    if (columnOf.has(field)) {
      throw new FileLoadError('duplicate-column', { source: table.source, column: columns.find((c) => c.field === field)?.header ?? field });
    }
    columnOf.set(field, column);
  });

  const missing = columns.filter((column) => column.required && !columnOf.has(column.field)).map((column) => column.header);
  if (missing.length > 0) throw new FileLoadError('missing-columns', { source: table.source, columns: missing.join('、') });

  const notices: FileNotice[] = [];
  if (ignored.length > 0) notices.push({ code: 'ignored-columns', source: table.source, detail: ignored.join('、') });
  if (header.kind === 'records') {
    const absent = columns.filter((column) => COUNT_SET.has(column.field) && !columnOf.has(column.field)).map((c) => c.header);
    if (absent.length > 0) notices.push({ code: 'absent-counts', source: table.source, detail: absent.join('、') });
  }

  const read = header.kind === 'offices' ? officeReader(columnOf) : recordReader(columnOf);
  const payload: unknown[] = new Array(table.rows.length);
  const placeholderRows = new Set<number>();
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index] ?? [];
    if (index <= header.index || row.every(isBlankCell)) {
      payload[index] = null;
      placeholderRows.add(index + 1);
    } else {
      payload[index] = read(row);
    }
  }
  return { kind: header.kind, source: table.source, payload, placeholderRows, notices };
}

type RowReader = (row: Cell[]) => Record<string, unknown>;

function officeReader(columnOf: ReadonlyMap<string, number>): RowReader {
  const id = columnOf.get('id')!;
  const name = columnOf.get('name')!;
  const kind = columnOf.get('kind')!;
  const parentId = columnOf.get('parentId')!;
  return (row) => ({
    id: cellText(row[id]),
    name: cellText(row[name]),
    kind: cellKind(row[kind]),
    parentId: cellText(row[parentId]),
  });
}

function recordReader(columnOf: ReadonlyMap<string, number>): RowReader {
  const officeId = columnOf.get('officeId')!;
  const month = columnOf.get('month')!;
  const at = (field: CountField) => columnOf.get(field) ?? -1;
  const c = Object.fromEntries(COUNT_FIELDS.map((field) => [field, at(field)])) as Record<CountField, number>;
  // A column the file lacks reads as null: "not reported", as an absent key would.
  const count = (row: Cell[], column: number) => (column < 0 ? null : cellCount(row[column]));
  // One literal with every key: 100k objects of one shape build about twice as fast as keyed one by one.
  return (row) =>
    ({
      officeId: cellText(row[officeId]),
      month: cellMonth(row[month]),
      accepted: count(row, c.accepted),
      completed: count(row, c.completed),
      completedOnTime: count(row, c.completedOnTime),
      overdue: count(row, c.overdue),
      nearDeadline: count(row, c.nearDeadline),
      onlineAccepted: count(row, c.onlineAccepted),
      fullyOnline: count(row, c.fullyOnline),
      reviews: count(row, c.reviews),
      activeReviews: count(row, c.activeReviews),
      goodReviews: count(row, c.goodReviews),
      badReviews: count(row, c.badReviews),
      badReviewsRectified: count(row, c.badReviewsRectified),
      hotlineTickets: count(row, c.hotlineTickets),
      hotlineResponded: count(row, c.hotlineResponded),
      hotlineOnTime: count(row, c.hotlineOnTime),
      hotlineResolved: count(row, c.hotlineResolved),
      hotlineRevisited: count(row, c.hotlineRevisited),
      hotlineSatisfied: count(row, c.hotlineSatisfied),
      disclosures: count(row, c.disclosures),
      disclosuresAdopted: count(row, c.disclosuresAdopted),
      overdueOpen: count(row, c.overdueOpen),
      carriedOver: count(row, c.carriedOver),
      reviewsVerySatisfied: count(row, c.reviewsVerySatisfied),
      reviewsSatisfied: count(row, c.reviewsSatisfied),
      reviewsBasicallySatisfied: count(row, c.reviewsBasicallySatisfied),
      reviewsDissatisfied: count(row, c.reviewsDissatisfied),
      reviewsVeryDissatisfied: count(row, c.reviewsVeryDissatisfied),
      badReviewsOverdue: count(row, c.badReviewsOverdue),
      hotlineCompleted: count(row, c.hotlineCompleted),
    }) satisfies Record<CountField | 'officeId' | 'month', unknown>;
}
