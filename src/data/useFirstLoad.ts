import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DataAdapter } from '../adapters/types';
import { useDataSource } from './DataSourceContext';
import { capabilitiesQueryOptions, loadWindow, officesQueryOptions, prefetchRecordsOnFirstLoad, schemeQueryOptions, type LoadWindow } from './queries';
import { scopeFromHash } from './useScopedAdapter';

/**
 * A source's first load, started as soon as the source is chosen rather than when a screen's code
 * has arrived and mounted: its capabilities (v2), then the scope's offices, the window's records
 * (beside the offices, not after them) and its scheme — the same queries the screens then ask for,
 * so they find them in flight or done. Nothing is started for what is already cached.
 */
export function startFirstLoad(client: QueryClient, adapter: DataAdapter, scope: string | undefined, window: LoadWindow): void {
  const start = (scoped: DataAdapter) => {
    void client.prefetchQuery(officesQueryOptions(scoped, false));
    prefetchRecordsOnFirstLoad(client, scoped, window);
    void client.prefetchQuery(schemeQueryOptions(scoped));
  };
  if (!adapter.getCapabilities) {
    start(adapter);
    return;
  }
  // As the screens read it (useScopedAdapter): nothing is loaded while the source cannot say what
  // it is (an outage); the screens ask again and say so.
  client.fetchQuery(capabilitiesQueryOptions(adapter, false)).then(
    (found) => start(found && adapter.forScope ? adapter.forScope(scope, found) : adapter),
    () => undefined,
  );
}

/** Starts the chosen source's first load once per source (startFirstLoad). */
export function useFirstLoad(): void {
  const client = useQueryClient();
  const { adapter } = useDataSource();
  useEffect(() => {
    startFirstLoad(client, adapter, scopeFromHash(location.hash), loadWindow(new Date()));
  }, [client, adapter]);
}
