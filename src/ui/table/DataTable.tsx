import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export type SortDirection = 'asc' | 'desc';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** Rendered as text by React, so data strings can never become markup. */
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /**
   * What the column sorts by, where it can be sorted (ListTable): a number or a text; null sorts
   * last whichever the direction (未报送, 样本不足 never rise to the top).
   */
  sortValue?: (row: Row) => number | string | null;
  /** The direction of a first click: 'desc' for figures where more is better. Default 'asc'. */
  sortFirst?: SortDirection;
  /** The header's plain words, where `header` is not a string (for the sort button's label). */
  label?: string;
}

export interface TableSort {
  key: string;
  direction: SortDirection;
}

function SortButton({ label, active, direction, onSort }: { label: ReactNode; active: boolean; direction: SortDirection; onSort: () => void }) {
  return (
    <button type="button" className="sort-button" onClick={onSort}>
      {label}
      <span className={active ? 'sort-mark active' : 'sort-mark'} aria-hidden="true">
        {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}

/**
 * A plain, accessible table: real th/td, a caption, scope on headers. With `onSort`, a column that
 * declares a sortValue has a button in its header and says how it is sorted (aria-sort).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
  maxHeight,
  sort,
  onSort,
  rowClassName,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  captionHidden?: boolean;
  /** A scroll box of this height; leave it out where the table pages instead (ListTable). */
  maxHeight?: number;
  sort?: TableSort | null;
  onSort?: (key: string) => void;
  /** A class for a row that must stand out (never the only sign: say it in a cell too). */
  rowClassName?: (row: Row) => string | undefined;
}) {
  const { t } = useI18n();
  const scrolls = maxHeight !== undefined;
  return (
    <div className={scrolls ? 'table-scroll' : 'table-wide'} style={scrolls ? { maxHeight } : undefined} tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sortable = onSort !== undefined && column.sortValue !== undefined;
              const active = sortable && sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                  title={sortable ? t('table.sortHint') : undefined}
                >
                  {sortable ? (
                    <SortButton label={column.header} active={active} direction={sort?.direction ?? 'asc'} onSort={() => onSort(column.key)} />
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
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
