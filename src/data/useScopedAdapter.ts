import { useMemo, useSyncExternalStore } from 'react';
import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
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
 * is the configured adapter as it is. `ready` is false until a real backend has answered once
 * (a v1 backend's 404 is an answer): nothing is loaded before it is known which way to load. A
 * question that fails (an outage) is `error`, asked again at `retryInterval`; it is never taken for
 * a v1 answer, which would start a province's whole tree of records once the source is back.
 */
export function useScopedAdapter(
  refetchMs: number | false,
  retryInterval?: Parameters<typeof capabilitiesQueryOptions>[2],
): { adapter: DataAdapter; ready: boolean; error: unknown; queryKey: QueryKey | null } {
  const { adapter } = useDataSource();
  const scope = useScopeParam();
  const asks = adapter.getCapabilities !== undefined;
  // A list of one query or none: a source that cannot answer leaves no cache entry behind.
  const options = asks ? capabilitiesQueryOptions(adapter, refetchMs, retryInterval) : null;
  const queries: UseQueryOptions<Capabilities | null>[] = options ? [options] : [];
  const capabilities = useQueries({ queries }).at(0);
  const found = capabilities?.data ?? null;
  const scoped = useMemo(() => (found && adapter.forScope ? adapter.forScope(scope, found) : adapter), [adapter, scope, found]);
  // Answered once: a later failed refresh keeps the answer (and the screens their data).
  const ready = !capabilities || capabilities.data !== undefined;
  return { adapter: scoped, ready, error: ready ? null : (capabilities?.error ?? null), queryKey: options?.queryKey ?? null };
}
