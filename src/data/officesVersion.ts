import type { OfficesResult } from '../adapters/types';

const versions = new WeakMap<OfficesResult, number>();

/**
 * The version of an offices list: when it was first fetched in this exact form. The records query
 * is keyed on it, not on the offices query's dataUpdatedAt, which moves at every refetch: a
 * refetch that returns the same offices keeps the same object (react-query's structural sharing),
 * so the version stays and the records stay under one cache entry, refreshed in place. Keying on
 * dataUpdatedAt opened a new entry (and indexed the records again) at every refresh.
 */
export function officesVersion(result: OfficesResult, updatedAt: number): number {
  let version = versions.get(result);
  if (version === undefined) {
    version = updatedAt;
    versions.set(result, version);
  }
  return version;
}
