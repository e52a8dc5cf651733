import { useMemo, useSyncExternalStore } from 'react';
import { useQueries, type UseQueryOptions } from '@tanstack/react-query';
import type { Capabilities, DataAdapter } from '../adapters/types';
import { useDataSource } from './DataSourceContext';
import { capabilitiesQueryOptions } from './queries';

/** The `scope` of the hash's query (#/rankings?scope=pref-3), as every screen's view reads it. */
export function scopeFromHash(hash: string): string | undefined {
  const query = hash.split('?', 2)[1];
  return query ? (new URLSearchParams(query).get('scope') ?? undefined) : undefined;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => (typeof location === 'undefined' ? undefined : scopeFromHash(location.hash));

export function useScopeParam(): string | undefined {
  return useSyncExternalStore(subscribe, snapshot, () => undefined);
}

/**
 * The adapter the screens load from. A contract v2 source (it answers `capabilities`) is read one
 * scope at a time — the URL's region, its subtree or, when that is large, its roll-up — so a
 * province's first screen loads its prefectures' totals, not 720,000 records; every other source
 * is the configured adapter as it is. `ready` is false while a real backend's capabilities are
 * being asked for: nothing is loaded before it is known which way to load.
 */
export function useScopedAdapter(refetchMs: number | false): { adapter: DataAdapter; ready: boolean } {
  const { adapter } = useDataSource();
  const scope = useScopeParam();
  const asks = adapter.getCapabilities !== undefined;
  // A list of one query or none: a source that cannot answer leaves no cache entry behind.
  const queries: UseQueryOptions<Capabilities | null>[] = asks ? [capabilitiesQueryOptions(adapter, refetchMs)] : [];
  const capabilities = useQueries({ queries }).at(0);
  const found = capabilities?.data ?? null;
  const scoped = useMemo(() => (found && adapter.forScope ? adapter.forScope(scope, found) : adapter), [adapter, scope, found]);
  return { adapter: scoped, ready: !capabilities || capabilities.isSuccess || capabilities.isError };
}
