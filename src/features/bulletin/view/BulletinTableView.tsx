import { useI18n } from '../../../ui';
import { cellText } from '../model/cells';
import type { BulletinTable } from '../model/table';

function classes(key: string | undefined, numeric: boolean | undefined): string {
  return `col-${key ?? 'x'}${numeric ? ' num' : ''}`;
}

/**
 * A table of the bulletin as on paper: a real caption, a header that repeats on every printed
 * page, no scrolling box (which would cut it in print), marked rows for cards and partial data.
 */
export function BulletinTableView({ table }: { table: BulletinTable }) {
  const i18n = useI18n();
  // The office's name (or the first column) heads its row for screen readers.
  const named = table.columns.findIndex((column) => column.key === 'name');
  const rowHeader = named >= 0 ? named : 0;
  if (table.rows.length === 0) {
    return (
      <div className="bulletin-table-empty" data-table={table.id}>
        <p className="bulletin-caption">{table.caption}</p>
        <p className="muted">{table.emptyText}</p>
      </div>
    );
  }
  return (
    <div
      className={`bulletin-table-wrap${table.wide ? ' wide' : ''}${table.dense ? ' dense' : ''}`}
      data-table={table.id}
      tabIndex={0}
      role="region"
      aria-label={table.caption}
    >
      <table className="data-table bulletin-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={classes(column.key, column.numeric)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.mark ? `mark-${row.mark}` : undefined}>
              {row.cells.map((cell, index) => {
                const column = table.columns[index];
                const content = cellText(cell, i18n);
                return index === rowHeader ? (
                  <th key={column?.key ?? index} scope="row" className={classes(column?.key, column?.numeric)}>
                    {content}
                  </th>
                ) : (
                  <td key={column?.key ?? index} className={classes(column?.key, column?.numeric)}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
