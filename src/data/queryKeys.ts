import type { MonthKey } from '../domain';

/**
 * Every key starts with the adapter's identity (type + base URL or file id), so switching the
 * data source can never show another source's cached numbers.
 */
export const queryKeys = {
  all: (sourceId: string) => [sourceId] as const,
  offices: (sourceId: string) => [sourceId, 'offices'] as const,
  records: (sourceId: string, from: MonthKey, to: MonthKey, officesVersion: number) =>
    [sourceId, 'records', from, to, officesVersion] as const,
  scheme: (sourceId: string) => [sourceId, 'scheme'] as const,
};
