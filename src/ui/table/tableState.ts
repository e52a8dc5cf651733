import type { Column, SortDirection, TableSort } from './DataTable';

/** What a long table shows: a search, a sort and a page, kept in the URL (q, sort, page, size). */
export interface TableState {
  query: string;
  sort: TableSort | null;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** Full-width letters and digits as half-width, case folded: what a search compares. */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** The rows whose text holds the query (a substring, any case or width); all rows for an empty query. */
export function filterRows<Row>(rows: readonly Row[], query: string, text: (row: Row) => string): readonly Row[] {
  const wanted = searchKey(query);
  if (wanted === '') return rows;
  return rows.filter((row) => searchKey(text(row)).includes(wanted));
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Rows sorted by one column, stable (rows that tie keep the order they came in: the ranking's),
 * with rows that have no value last whichever the direction. No sort, or a column that cannot
 * sort, keeps the rows as they are.
 */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: TableSort | null): readonly Row[] {
  const column = sort ? columns.find((entry) => entry.key === sort.key) : undefined;
  if (!sort || !column?.sortValue) return rows;
  const value = column.sortValue;
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: value(row) }));
  keyed.sort((a, b) => {
    const x = a.value;
    const y = b.value;
    const xMissing = x === null || (typeof x === 'number' && Number.isNaN(x));
    const yMissing = y === null || (typeof y === 'number' && Number.isNaN(y));
    if (xMissing || yMissing) return xMissing === yMissing ? a.index - b.index : xMissing ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((entry) => entry.row);
}

export interface Page<Row> {
  rows: readonly Row[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there is none. */
  first: number;
  last: number;
}

export function pageOf<Row>(rows: readonly Row[], page: number, pageSize: number): Page<Row> {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page: current, pageCount, first: shown.length ? start + 1 : 0, last: start + shown.length };
}

/** The next sort when a header is clicked: its first direction, then the other way. */
export function nextSort<Row>(current: TableSort | null, column: Column<Row>): TableSort {
  const first: SortDirection = column.sortFirst ?? 'asc';
  if (current?.key !== column.key) return { key: column.key, direction: first };
  return { key: column.key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** sort=score.desc ⇄ { key: 'score', direction: 'desc' }; anything else is no sort. */
export function parseSort(value: string | null): TableSort | null {
  if (!value) return null;
  const match = /^([\w-]+)\.(asc|desc)$/.exec(value);
  return match ? { key: match[1]!, direction: match[2] as SortDirection } : null;
}

export function sortParam(sort: TableSort | null): string | null {
  return sort ? `${sort.key}.${sort.direction}` : null;
}

export function parsePageSize(value: string | null): number {
  const size = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}

export function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Page numbers to offer around the current one: 1 … 4 5 [6] 7 8 … 20 (null is a gap). */
export function pageWindow(page: number, pageCount: number, around = 2): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, index) => {
    if (index > 0 && p - sorted[index - 1]! > 1) result.push(null);
    result.push(p);
  });
  return result;
}
