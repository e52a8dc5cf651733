import { useQuery } from '@tanstack/react-query';
import { readGeoJson, type MapGeometry } from '../adapters/geo/features';
import type { MapSource } from '../adapters/mapConfig';

/** What the map page knows of its boundaries: none configured, loading, drawn, or failed (then tiles). */
export type MapGeometryState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; geometry: MapGeometry } | { status: 'failed'; error: unknown };

/** Boundary files are static beside the app: fetched once, kept for the screen's life, retried a few times. */
export async function fetchMapGeometry(source: MapSource, signal?: AbortSignal): Promise<MapGeometry> {
  const response = await fetch(source.url, { credentials: 'same-origin', signal, headers: { Accept: 'application/geo+json, application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readGeoJson(await response.json(), source);
}

/**
 * The boundaries config.json names for the scope (mapConfig.ts), read and checked once. The key is
 * the file and the properties read from it, not the data source: boundaries do not change with the
 * figures, and a refresh of the figures never refetches them.
 */
export function useMapGeometry(source: MapSource | null): MapGeometryState {
  const query = useQuery({
    queryKey: ['map-geometry', source?.url ?? '', source?.codeProperty ?? '', source?.nameProperty ?? ''],
    queryFn: ({ signal }) => fetchMapGeometry(source!, signal),
    enabled: source !== null,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 2,
    refetchOnWindowFocus: false,
  });
  if (source === null) return { status: 'none' };
  if (query.data) return { status: 'ready', geometry: query.data };
  if (query.error) return { status: 'failed', error: query.error };
  return { status: 'loading' };
}
