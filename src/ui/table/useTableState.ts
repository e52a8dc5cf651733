import { useCallback, useMemo } from 'react';
import { useHashLocation, useSetParams } from '../router';
import type { TableSort } from './DataTable';
import { parsePage, parsePageSize, parseSort, sortParam, type TableState } from './tableState';

export interface TableStateControl {
  state: TableState;
  setQuery: (query: string) => void;
  setSort: (sort: TableSort | null) => void;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
}

/**
 * A long table's search, sort and page in the URL (q, sort, page, size), so opening a row and
 * coming back finds the same page. They replace the current history entry: back leaves the screen,
 * it does not undo each keystroke. A new search or sort starts again at the first page.
 */
export function useTableState(): TableStateControl {
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const q = params.get('q') ?? '';
  const sortText = params.get('sort');
  const pageText = params.get('page');
  const sizeText = params.get('size');
  const state = useMemo<TableState>(
    () => ({ query: q, sort: parseSort(sortText), page: parsePage(pageText), pageSize: parsePageSize(sizeText) }),
    [q, sortText, pageText, sizeText],
  );
  const replace = useCallback((changes: Record<string, string | null>) => setParams(changes, { replace: true }), [setParams]);
  return {
    state,
    setQuery: useCallback((query: string) => replace({ q: query === '' ? null : query, page: null }), [replace]),
    setSort: useCallback((sort: TableSort | null) => replace({ sort: sortParam(sort), page: null }), [replace]),
    setPage: useCallback((page: number) => replace({ page: page <= 1 ? null : String(page) }), [replace]),
    setPageSize: useCallback((size: number) => replace({ size: String(size), page: null }), [replace]),
  };
}
