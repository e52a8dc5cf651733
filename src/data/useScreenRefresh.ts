import { useMemo } from 'react';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { EngineData } from '../engine';
import { officesVersion } from './officesVersion';
import { loadWindow, officesQueryOptions, recordsQueryOptions, schemeQueryOptions } from './queries';
import { useScopedAdapter } from './useScopedAdapter';
import { useStoredScheme } from './schemeStore';
import { assembleDataset, type Dataset } from './useDataset';
import { consecutiveFailures, screenRetryDelay, type FailureState } from './backoff';

// The back-off itself is shared with the everyday screens (useDataset): it lives in backoff.ts.
export { SCREEN_FIRST_RETRY_MS, screenRetryDelay, consecutiveFailures, type FailureState } from './backoff';

/**
 * react-query's refetchInterval as a function of the query: it is re-read on every change of the
 * query, so a failure shortens the next wait and a success restores the normal interval. The
 * back-off lives here rather than in `retry`, so the first failure is visible at once (the screen
 * shows its stale notice) and no retries pile up inside one fetch.
 */
export function screenRefetchInterval(refreshMs: number) {
  return (query: { state: FailureState }): number => screenRetryDelay(consecutiveFailures(query), refreshMs);
}

/** Months since year 0 of a moment, in local time. */
function monthNumber(time: number): number {
  const date = new Date(time);
  return date.getFullYear() * 12 + date.getMonth();
}

export interface ScreenDataState {
  dataset: Dataset | undefined;
  engine: EngineData | undefined;
  /** Why there is nothing to show yet (the screen keeps trying by itself). */
  error: unknown;
  /** Why the latest refresh failed while the last good data stays on screen. */
  refreshError: unknown;
  /** When the numbers shown were fetched; 0 before the first success. */
  updatedAt: number;
  /** Failed attempts in a row of the query that is failing (0 when all is well). */
  failures: number;
}

/**
 * The data of an unattended big screen: the same queries (same keys, same adapter calls) as
 * useDataset, with a refresh interval of the screen's own, back-off after failures, refresh in a
 * background tab too, and a load window that moves on when the month changes — a wall screen is
 * never reloaded, so it must pick up next month's data by itself.
 */
export function useScreenData(refreshSeconds: number): ScreenDataState {
  const queryClient = useQueryClient();
  const refreshMs = refreshSeconds * 1000;
  const interval = useMemo(() => screenRefetchInterval(refreshMs), [refreshMs]);
  const source = useScopedAdapter(refreshMs, interval);
  const { adapter, ready } = source;
  const live = { refetchInterval: interval, refetchIntervalInBackground: true, retry: false } as const;

  const officesOptions = officesQueryOptions(adapter, false);
  const offices = useQuery({ ...officesOptions, ...live, enabled: ready });

  // The month of the last successful refresh decides the load window; it changes once a month.
  const month = monthNumber(offices.dataUpdatedAt || Date.now());
  const window = useMemo(() => loadWindow(new Date(Math.floor(month / 12), month % 12, 15)), [month]);

  const officesInput = offices.data ? { result: offices.data, version: officesVersion(offices.data, offices.dataUpdatedAt) } : undefined;
  const recordsOptions = recordsQueryOptions(adapter, window, officesInput, false);
  const records = useQuery({ ...recordsOptions, ...live });
  // The scheme is asked for once; only when that failed is it asked again, with the same back-off.
  const schemeOptions = schemeQueryOptions(adapter);
  const scheme = useQuery({
    ...schemeOptions,
    retry: false,
    refetchIntervalInBackground: true,
    refetchInterval: (query) => (query.state.status === 'error' ? interval(query) : false),
  });
  const storedScheme = useStoredScheme();

  const dataset = useMemo(
    () => assembleDataset(offices.data, records.data, { data: scheme.data, isPending: scheme.isPending, error: scheme.error }, storedScheme, window),
    [offices.data, records.data, scheme.data, scheme.isPending, scheme.error, storedScheme, window],
  );

  const engine = dataset?.engine;

  const failuresOf = (queryKey: QueryKey) => {
    const query = queryClient.getQueryCache().find({ queryKey, exact: true });
    return query ? consecutiveFailures(query) : 0;
  };
  const firstError = source.error ?? offices.error ?? records.error ?? scheme.error;
  return {
    dataset,
    engine,
    error: dataset ? null : firstError,
    refreshError: dataset ? (offices.error ?? records.error) : null,
    updatedAt: records.dataUpdatedAt,
    failures: Math.max(
      failuresOf(officesOptions.queryKey),
      failuresOf(recordsOptions.queryKey),
      dataset ? 0 : failuresOf(schemeOptions.queryKey),
      source.queryKey ? failuresOf(source.queryKey) : 0,
    ),
  };
}
