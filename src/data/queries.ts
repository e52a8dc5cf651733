import { queryOptions, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Capabilities, DataAdapter, OfficesResult, RecordsResult } from '../adapters/types';
import { addMonths, monthFromIndex, type MonthKey, type Office, type QualityReport } from '../domain';
import { buildEngineData, type EngineData } from '../engine';
import { recordsMatch } from '../engine/recordsMatch';
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

/** How often a source that answered is asked again what it is (an upgrade to v2, new regions): hourly at most. */
export const CAPABILITIES_REFRESH_MS = 3_600_000;

/**
 * What a contract v2 source says of itself (a v1 source answers null). Once answered it changes
 * rarely: asked again hourly, not at every refresh — a v1 backend's 404 was a console error a
 * minute on every wall screen. A failed question (an outage: a v1 source's 404 is an answer) is
 * asked again at `retryInterval`, the screen's back-off, or else at its refresh.
 */
export function capabilitiesQueryOptions(
  adapter: DataAdapter,
  refetchMs: number | false,
  retryInterval?: (query: Query<Capabilities | null, Error, Capabilities | null, QueryKey>) => number | false,
) {
  return queryOptions<Capabilities | null>({
    queryKey: queryKeys.capabilities(adapter.id),
    queryFn: ({ signal }) => adapter.getCapabilities!({ signal }),
    retry: 1,
    refetchInterval: (query) => {
      if (query.state.status === 'error') return retryInterval ? retryInterval(query) : refetchMs;
      return refetchMs === false ? false : Math.max(refetchMs, CAPABILITIES_REFRESH_MS);
    },
  });
}

export function officesQueryOptions(adapter: DataAdapter, refetchMs: number | false) {
  return queryOptions({
    queryKey: queryKeys.offices(adapter.id),
    queryFn: ({ signal }) => adapter.getOffices({ signal }),
    refetchInterval: refetchMs,
  });
}

/**
 * A window's records as the cache keeps them: indexed for the engine, with their quality report.
 * The record objects themselves are not kept: a province's 700,000 of them made every full garbage
 * collection of the page take ~50 ms, and nothing reads them once they are indexed.
 */
export interface IndexedRecords {
  engine: EngineData;
  quality: QualityReport;
  /** The offices they were validated and indexed against. */
  offices: readonly Office[];
}

/** The offices the records are validated against, and their version (officesVersion). */
export interface OfficesInput {
  result: OfficesResult;
  version: number;
}

export function recordsQueryOptions(adapter: DataAdapter, window: LoadWindow, offices: OfficesInput | undefined, refetchMs: number | false) {
  return queryOptions({
    queryKey: queryKeys.records(adapter.id, window.from, window.to, offices?.version ?? 0),
    queryFn: async ({ signal, client, queryKey }): Promise<IndexedRecords> => {
      const officeList = offices!.result.offices;
      const result = await adapter.getRecords({ from: window.from, to: window.to, officeIds: new Set(officeList.map((office) => office.id)) }, { signal });
      // The same numbers again (most refreshes): the same object, so nothing downstream is rebuilt.
      const previous = client.getQueryData<IndexedRecords>(queryKey);
      if (previous && sameRecords(previous, officeList, result)) return previous;
      return { engine: buildEngineData(officeList, result.records), quality: result.quality, offices: officeList };
    },
    enabled: offices !== undefined,
    // The queryFn keeps the previous result itself when nothing changed; a deep comparison of
    // typed arrays and indexes would only cost time.
    structuralSharing: false,
    refetchInterval: refetchMs,
    // A new offices version changes the key; show the previous records until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

function sameRecords(previous: IndexedRecords, offices: readonly Office[], result: RecordsResult): boolean {
  return previous.offices === offices && JSON.stringify(previous.quality) === JSON.stringify(result.quality) && recordsMatch(previous.engine, result.records);
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
  const cached = queryClient.getQueriesData({ queryKey: queryKeys.recordsOf(adapter.id, window) });
  if (cached.some(([, data]) => data !== undefined)) return;
  adapter.prefetchRecords(window);
}
