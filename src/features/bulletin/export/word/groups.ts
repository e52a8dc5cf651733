import type { Block } from '../../model/documentTypes';
import { text } from '../../model/cells';
import type { BulletinTable, TableColumn } from '../../model/table';

/** A row that heads the rows of one group (a county's departments) inside a merged table. */
export interface GroupRow {
  /** Index of the first row of the group in the merged table's rows. */
  at: number;
  text: string;
}

export type WordBlock = Block | { type: 'grouped'; table: BulletinTable; groups: GroupRow[] };

/** The columns of several tables in one list: the first table's, then any the others add, in their order. */
function unionColumns(tables: readonly BulletinTable[]): TableColumn[] {
  const columns: TableColumn[] = [];
  for (const table of tables) for (const column of table.columns) if (!columns.some((known) => known.key === column.key)) columns.push(column);
  return columns;
}

/**
 * Consecutive tables that are groups of one list (each county's departments, then its townships:
 * tables with `group`) as one Word table: one header row, repeated on every page, and each former
 * table's caption as a row across the table above its rows. Thirteen counties' twenty-six tables
 * then cost one header and twenty-six one-line rows instead of twenty-six captions and headers,
 * and the page fills to its foot. A column one table lacks (备注 where it had no note) is blank there.
 * Excel and the screen keep the tables as they are.
 */
export function mergeGroupedTables(items: readonly Block[]): WordBlock[] {
  const out: WordBlock[] = [];
  let run: BulletinTable[] = [];
  const flush = () => {
    if (run.length > 1) {
      const columns = unionColumns(run);
      const groups: GroupRow[] = [];
      const rows: BulletinTable['rows'] = [];
      for (const table of run) {
        groups.push({ at: rows.length, text: table.caption });
        const index = columns.map((column) => table.columns.findIndex((own) => own.key === column.key));
        if (table.rows.length === 0) groups.push({ at: rows.length, text: table.emptyText });
        for (const row of table.rows) rows.push({ ...row, cells: index.map((at) => (at < 0 ? text('') : row.cells[at]!)) });
      }
      const first = run[0]!;
      out.push({ type: 'grouped', table: { ...first, id: `${first.id}-merged`, columns, rows }, groups });
    } else if (run.length === 1) out.push({ type: 'table', table: run[0]! });
    run = [];
  };
  for (const block of items) {
    if (block.type === 'table' && block.table.group) run.push(block.table);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
