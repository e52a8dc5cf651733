import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DataAdapter, OfficesResult } from '../adapters/types';
import { addMonths, monthFromIndex, type MonthKey } from '../domain';
import { queryKeys } from './queryKeys';

/** Four years: 36 months of trends plus the year before the first of them, for year-on-year changes. */
export const LOAD_MONTHS = 48;

export interface LoadWindow {
  from: MonthKey;
  to: MonthKey;
}

/** Up to and including the current month: the engine decides which month is complete. */
export function loadWindow(now: Date): LoadWindow {
  const to = monthFromIndex(now.getFullYear() * 12 + now.getMonth());
  return { from: addMonths(to, -(LOAD_MONTHS - 1)), to };
}

/**
 * `recordsWindow`: the months whose records will be asked for once these offices are in. On a
 * first load their request is started beside this one (prefetchRecordsOnFirstLoad).
 */
export function officesQueryOptions(adapter: DataAdapter, refetchMs: number | false, recordsWindow?: () => LoadWindow) {
  return queryOptions({
    queryKey: queryKeys.offices(adapter.id),
    queryFn: ({ signal, client }) => {
      if (recordsWindow) prefetchRecordsOnFirstLoad(client, adapter, recordsWindow());
      return adapter.getOffices({ signal });
    },
    refetchInterval: refetchMs,
  });
}

export function recordsQueryOptions(
  adapter: DataAdapter,
  window: LoadWindow,
  offices: { result: OfficesResult; updatedAt: number } | undefined,
  refetchMs: number | false,
) {
  return queryOptions({
    queryKey: queryKeys.records(adapter.id, window.from, window.to, offices?.updatedAt ?? 0),
    queryFn: ({ signal }) =>
      adapter.getRecords(
        { from: window.from, to: window.to, officeIds: new Set(offices!.result.offices.map((office) => office.id)) },
        { signal },
      ),
    enabled: offices !== undefined,
    refetchInterval: refetchMs,
    // A new offices version changes the key; show the previous records until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

export function schemeQueryOptions(adapter: DataAdapter) {
  return queryOptions({
    queryKey: queryKeys.scheme(adapter.id),
    queryFn: ({ signal }) => adapter.getScheme({ signal }),
    staleTime: Infinity,
  });
}

/**
 * On a first load, the records of the window are requested beside the offices rather than after
 * them (they are still validated against the offices when both are in). Nothing is started when
 * records of that window are already cached: a refresh refetches them by itself.
 */
export function prefetchRecordsOnFirstLoad(queryClient: QueryClient, adapter: DataAdapter, window: LoadWindow): void {
  if (!adapter.prefetchRecords) return;
  const cached = queryClient.getQueriesData({ queryKey: [adapter.id, 'records', window.from, window.to] });
  if (cached.some(([, data]) => data !== undefined)) return;
  adapter.prefetchRecords(window);
}
