import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable, type Column } from './DataTable';
import { Pager } from './Pager';
import { filterRows, nextSort, pageOf, sortRows } from './tableState';
import { useTableState, type TableStateControl } from './useTableState';

/**
 * A table for hundreds of rows that stays one page of the screen: a search box (a substring of
 * what `searchText` gives, usually the name as shown), sortable columns (those that declare a
 * sortValue), and pages of 50 rows under it — no scroll box inside the page, no blank space below.
 * Search, sort and page live in the URL (useTableState). The rows come in their default order
 * (a ranking's); "默认排序" goes back to it.
 */
export function ListTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  searchText,
  searchLabel,
  control,
  noMatch,
  after,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The text a search looks in; no search box without it. */
  searchText?: (row: Row) => string;
  searchLabel?: string;
  /** Where the state lives; the URL by default. */
  control?: TableStateControl;
  /** Shown instead of the table when a search matches nothing. */
  noMatch?: (query: string) => ReactNode;
  /** Shown under the table (given the search), e.g. matches elsewhere. */
  after?: (query: string) => ReactNode;
}) {
  const { t, formatCount } = useI18n();
  const urlState = useTableState();
  const { state, setQuery, setSort, setPage, setPageSize } = control ?? urlState;
  const searchId = useId();
  const top = useRef<HTMLDivElement>(null);

  // What is typed, kept here while the URL follows; a change of the URL (back) brings it back.
  const [text, setText] = useState(state.query);
  const [urlQuery, setUrlQuery] = useState(state.query);
  if (urlQuery !== state.query) {
    setUrlQuery(state.query);
    setText(state.query);
  }

  const filtered = useMemo(() => (searchText ? filterRows(rows, state.query, searchText) : rows), [rows, state.query, searchText]);
  const sorted = useMemo(() => sortRows(filtered, columns, state.sort), [filtered, columns, state.sort]);
  const page = pageOf(sorted, state.page, state.pageSize);
  const sortable = state.sort !== null && columns.some((column) => column.key === state.sort!.key && column.sortValue);

  const goTo = (next: number) => {
    setPage(next);
    // The pager sits under the table: a new page is read from its top.
    const box = top.current?.getBoundingClientRect();
    if (box && box.top < 0) top.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="list-table" ref={top}>
      {(searchText || sortable) && (
        <div className="list-tools no-print">
          {searchText && (
            <>
              <label htmlFor={searchId}>{searchLabel ?? t('table.search')}</label>
              <input
                id={searchId}
                type="search"
                value={text}
                placeholder={t('table.searchPlaceholder')}
                onChange={(event) => {
                  setText(event.target.value);
                  setQuery(event.target.value);
                }}
              />
              {state.query.trim() !== '' && (
                <span className="as-of" role="status">
                  {t('table.matches', { count: formatCount(filtered.length), total: formatCount(rows.length) })}
                </span>
              )}
            </>
          )}
          {sortable && (
            <button type="button" onClick={() => setSort(null)}>
              {t('table.defaultSort')}
            </button>
          )}
        </div>
      )}
      {filtered.length === 0 && state.query.trim() !== '' ? (
        (noMatch?.(state.query) ?? (
          <p className="state" role="status">
            {t('table.noMatch', { query: state.query.trim() })}
          </p>
        ))
      ) : (
        <>
          <DataTable
            caption={caption}
            columns={columns}
            rows={page.rows}
            rowKey={rowKey}
            sort={state.sort}
            onSort={(key) => {
              const column = columns.find((entry) => entry.key === key);
              if (column) setSort(nextSort(state.sort, column));
            }}
          />
          <Pager page={page} total={sorted.length} pageSize={state.pageSize} label={t('table.pages', { caption })} onPage={goTo} onPageSize={setPageSize} />
        </>
      )}
      {after?.(state.query)}
    </div>
  );
}
