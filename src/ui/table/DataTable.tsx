import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** Rendered as text by React, so data strings can never become markup. */
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/** A plain, accessible table: real th/td, a caption, scope on headers. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
  maxHeight,
  rowClassName,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  captionHidden?: boolean;
  maxHeight?: number;
  /** A class for a row that must stand out (never the only sign: say it in a cell too). */
  rowClassName?: (row: Row) => string | undefined;
}) {
  return (
    <div className="table-scroll" style={maxHeight ? { maxHeight } : undefined} tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClassName?.(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'num' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
