import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test, vi } from 'vitest';
import type { DataAdapter } from '../../src/adapters/types';
import { officesQueryOptions, prefetchRecordsOnFirstLoad } from '../../src/data/queries';
import { queryKeys } from '../../src/data/queryKeys';

const window = { from: '2023-01', to: '2026-12' };

function adapterWithPrefetch() {
  const prefetchRecords = vi.fn();
  const adapter = { id: 'http:/api', prefetchRecords } as unknown as DataAdapter;
  return { adapter, prefetchRecords };
}

describe('records prefetched on a first load only', () => {
  test('nothing cached: the records of the window are started beside the offices', () => {
    const { adapter, prefetchRecords } = adapterWithPrefetch();
    prefetchRecordsOnFirstLoad(new QueryClient(), adapter, window);
    expect(prefetchRecords).toHaveBeenCalledWith(window);
  });

  test('records of the window cached under any offices version: a refresh refetches them itself', () => {
    const { adapter, prefetchRecords } = adapterWithPrefetch();
    const client = new QueryClient();
    client.setQueryData(queryKeys.records(adapter.id, window.from, window.to, 42), { records: [], quality: { accepted: 0, rejected: 0, issues: [] } });
    prefetchRecordsOnFirstLoad(client, adapter, window);
    expect(prefetchRecords).not.toHaveBeenCalled();
  });

  test('another source’s records do not count', () => {
    const { adapter, prefetchRecords } = adapterWithPrefetch();
    const client = new QueryClient();
    client.setQueryData(queryKeys.records('file:x', window.from, window.to, 1), { records: [], quality: { accepted: 0, rejected: 0, issues: [] } });
    prefetchRecordsOnFirstLoad(client, adapter, window);
    expect(prefetchRecords).toHaveBeenCalledOnce();
  });

  test('the offices query only fetches offices: the prefetch is the first load’s, not the query function’s', async () => {
    const { adapter, prefetchRecords } = adapterWithPrefetch();
    const offices = { offices: [], quality: { accepted: 0, rejected: 0, issues: [] } };
    Object.assign(adapter, { getOffices: vi.fn(async () => offices) });
    await new QueryClient().fetchQuery(officesQueryOptions(adapter, false));
    expect(prefetchRecords).not.toHaveBeenCalled();
  });
});
