import type { Cell } from './cells';

export interface TableColumn {
  key: string;
  header: string;
  /** Right-aligned, tabular figures. */
  numeric: boolean;
}

export interface TableRow {
  key: string;
  cells: Cell[];
  /** A red or yellow card, or a figure on incomplete data: the row is marked wherever it is drawn. */
  mark?: 'red' | 'yellow' | 'partial';
}

/** One table of the bulletin, as every output draws it (screen, print, Word, a sheet in Excel). */
export interface BulletinTable {
  id: string;
  caption: string;
  /** At most 31 characters, none of []:*?/\ (Excel's rules for a sheet name). */
  sheetName: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** What an empty table says instead of rows, e.g. 本月无红黄牌. */
  emptyText: string;
  /** Many columns: set smaller, and in landscape where its figures need the width. */
  wide?: boolean;
  /** One of many tables of many rows (each county's): set at the smallest size print allows. */
  dense?: boolean;
  /**
   * One of several tables of the same sheet name, one per group (each county's departments): Excel
   * writes them as one sheet with the group in a first column of its own.
   */
  group?: { header: string; value: string };
}
