import type { QueryKey } from '@tanstack/react-query';
import type { MonthKey } from '../domain';

const RECORDS = 'records';

/**
 * Every key starts with the adapter's identity (type + base URL or file id), so switching the
 * data source can never show another source's cached numbers. Keys are built here and only here:
 * code that looks for cached entries asks this factory for the prefix, never spells a key itself.
 */
export const queryKeys = {
  all: (sourceId: string) => [sourceId] as const,
  offices: (sourceId: string) => [sourceId, 'offices'] as const,
  /** Every records entry of a source, or of one load window (any offices version). */
  recordsOf: (sourceId: string, window?: { from: MonthKey; to: MonthKey }) =>
    window ? ([sourceId, RECORDS, window.from, window.to] as const) : ([sourceId, RECORDS] as const),
  /** `officesVersion`: see officesVersion.ts; it changes only when the office list does. */
  records: (sourceId: string, from: MonthKey, to: MonthKey, officesVersion: number) => [sourceId, RECORDS, from, to, officesVersion] as const,
  scheme: (sourceId: string) => [sourceId, 'scheme'] as const,
  /** Contract v2: what the source offers (null for a v1 source). */
  capabilities: (sourceId: string) => [sourceId, 'capabilities'] as const,
};

/** True for a key made by queryKeys.records, of any source. */
export function isRecordsKey(queryKey: QueryKey): boolean {
  return queryKey[1] === RECORDS;
}
