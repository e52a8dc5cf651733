import { useMemo, useState } from 'react';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Office, QualityReport, Scheme } from '../domain';
import { DEFAULT_SCHEME, type EngineData } from '../engine';
import type { OfficesResult } from '../adapters/types';
import { useDataSource } from './DataSourceContext';
import { useStoredScheme } from './schemeStore';
import { officesVersion } from './officesVersion';
import { loadWindow, officesQueryOptions, recordsQueryOptions, schemeQueryOptions, type IndexedRecords, type LoadWindow } from './queries';
import { shouldRetry } from './retry';
import { consecutiveFailures, screenRetryDelay, type FailureState } from './backoff';
import { useScopedAdapter } from './useScopedAdapter';

export interface Dataset {
  offices: Office[];
  /** The window's records indexed for the engine, against the offices they were validated with. */
  engine: EngineData;
  officesQuality: QualityReport;
  recordsQuality: QualityReport;
  scheme: Scheme;
  /** Which scheme is in force: edited in this browser, served by the source, or built in. */
  schemeOrigin: 'browser' | 'source' | 'default';
  /** Kept for the status page: true when the source serves a scheme of its own. */
  schemeFromSource: boolean;
  /**
   * Why the source's scheme could not be used (e.g. it does not validate), in which case the
   * stored or built-in scheme is in force; null when there was nothing wrong with it. Screens say
   * so: scoring under another scheme than the one served must never be silent.
   */
  schemeError: unknown;
  window: LoadWindow;
}

export interface DatasetState {
  dataset: Dataset | undefined;
  isLoading: boolean;
  /** Why there is no data to show at all. */
  error: unknown;
  /** Why the latest refresh failed while older data is still shown (stale). */
  refreshError: unknown;
  /** When the data shown was fetched (ms since epoch); 0 before the first success. */
  updatedAt: number;
  /** Failed attempts in a row of the query that is failing (0 when all is well). */
  failures: number;
  /** The failure may pass (network, timeout, 5xx …): the screen is retrying by itself, with back-off. */
  retrying: boolean;
  refetch: () => void;
}

/** Without a refresh interval, the everyday screens still retry after a failure, up to every 5 minutes. */
export const EVERYDAY_RETRY_CAP_MS = 300_000;

/**
 * The everyday screens' refetch interval, the big screen's mechanism (screenRetryDelay over
 * consecutiveFailures): after a failure that may pass (network, timeout, 5xx, 429) 5 s, 10 s,
 * 20 s … up to the refresh interval, so an outage ends without a reload; the configured refresh
 * (or none) otherwise. A failure retrying cannot fix (a payload that breaks the contract, a 404)
 * waits for the next refresh or the user.
 */
export function everydayRefetchInterval(refreshMs: number | false) {
  return (query: { state: FailureState & { error: unknown } }): number | false => {
    const failures = consecutiveFailures(query);
    if (failures > 0 && shouldRetry(0, query.state.error)) return screenRetryDelay(failures, refreshMs === false ? EVERYDAY_RETRY_CAP_MS : refreshMs);
    return refreshMs;
  };
}

/**
 * The dataset once offices, records and the scheme's answer are in; the scheme in force is the one
 * edited in this browser, else the source's, else the built-in one. Shared by every way of loading.
 */
export function assembleDataset(
  offices: OfficesResult | undefined,
  records: IndexedRecords | undefined,
  scheme: { data?: Scheme | null; isPending: boolean; error: unknown },
  storedScheme: Scheme | null,
  window: LoadWindow,
): Dataset | undefined {
  if (!offices || !records || scheme.isPending) return undefined;
  const fromSource = scheme.data ?? null;
  return {
    offices: offices.offices,
    engine: records.engine,
    officesQuality: offices.quality,
    recordsQuality: records.quality,
    scheme: storedScheme ?? fromSource ?? DEFAULT_SCHEME,
    schemeOrigin: storedScheme ? 'browser' : fromSource ? 'source' : 'default',
    schemeFromSource: fromSource !== null,
    schemeError: scheme.error ?? null,
    window,
  };
}

/** Offices, then the records of the load window, then the scheme: everything a screen evaluates. */
export function useDataset(): DatasetState {
  const { config } = useDataSource();
  // The window is fixed for the page's life, so a refresh refetches the same months; it moves on reload.
  const [window] = useState(() => loadWindow(new Date()));
  const refetchMs = config.refreshSeconds > 0 ? config.refreshSeconds * 1000 : false;
  const queryClient = useQueryClient();
  const interval = useMemo(() => everydayRefetchInterval(refetchMs), [refetchMs]);
  const source = useScopedAdapter(refetchMs, interval);
  const { adapter, ready } = source;
  // Each failure shows at once (the back-off retries, not react-query's quiet retries within one fetch).
  const live = { refetchInterval: interval, retry: false } as const;
  const officesOptions = officesQueryOptions(adapter, refetchMs);
  // Nothing is asked before the scope's adapter is known (a province never starts its v1 download).
  const offices = useQuery({ ...officesOptions, ...live, enabled: ready });
  const officesInput = offices.data ? { result: offices.data, version: officesVersion(offices.data, offices.dataUpdatedAt) } : undefined;
  const recordsOptions = recordsQueryOptions(adapter, window, officesInput, refetchMs);
  const records = useQuery({ ...recordsOptions, ...live });
  // The scheme is asked for once; only when that failed is it asked again, with the same back-off.
  const schemeOptions = schemeQueryOptions(adapter);
  const scheme = useQuery({ ...schemeOptions, retry: false, refetchInterval: (query) => (query.state.status === 'error' ? interval(query) : false) });
  const storedScheme = useStoredScheme();

  const dataset = useMemo(
    () => assembleDataset(offices.data, records.data, { data: scheme.data, isPending: scheme.isPending, error: scheme.error }, storedScheme, window),
    [offices.data, records.data, scheme.data, scheme.isPending, scheme.error, storedScheme, window],
  );

  // A scheme that fails is reported through dataset.schemeError; the figures can still be shown.
  // A source that could not say what it is yet (an outage at the start) is the screen's error.
  const firstError = source.error ?? offices.error ?? records.error;
  const failuresOf = (queryKey: QueryKey) => {
    const query = queryClient.getQueryCache().find({ queryKey, exact: true });
    return query ? consecutiveFailures(query) : 0;
  };
  const shownError = dataset ? (offices.error ?? records.error) : firstError;
  return {
    dataset,
    isLoading: !dataset && !firstError,
    error: dataset ? null : firstError,
    refreshError: dataset ? (offices.error ?? records.error) : null,
    updatedAt: records.dataUpdatedAt,
    failures: shownError
      ? Math.max(failuresOf(officesOptions.queryKey), failuresOf(recordsOptions.queryKey), source.queryKey ? failuresOf(source.queryKey) : 0)
      : 0,
    retrying: shownError ? shouldRetry(0, shownError) : false,
    refetch: () => {
      void offices.refetch();
      void records.refetch();
      if (scheme.error) void scheme.refetch();
    },
  };
}
