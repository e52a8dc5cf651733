import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { DataAdapter } from '../../src/adapters/types';
import { isRecordsKey } from '../../src/data/queryKeys';
import { useDataset } from '../../src/data/useDataset';
import type { MonthlyRecord, Office } from '../../src/domain';
import * as engineData from '../../src/engine/engineData';
import { AppProviders, createTestQueryClient } from '../render';

const OFFICES: Office[] = [
  { id: 'r', name: '县', kind: 'region', parentId: null },
  { id: 'd1', name: '公安局', kind: 'department', parentId: 'r' },
];

/** Every call answers fresh but equal objects, as over the wire. */
function unchangingBackend(): { adapter: DataAdapter; calls: { offices: number; records: number } } {
  const calls = { offices: 0, records: 0 };
  const adapter: DataAdapter = {
    id: 'fake:everyday',
    description: 'fake',
    type: 'http',
    async getOffices() {
      calls.offices++;
      return { offices: OFFICES.map((office) => ({ ...office })), quality: { accepted: 2, rejected: 0, issues: [] } };
    },
    async getRecords(query) {
      calls.records++;
      const records: MonthlyRecord[] = [{ officeId: 'd1', month: query.to, accepted: 10, completed: 9 }];
      return { records, quality: { accepted: 1, rejected: 0, issues: [] } };
    },
    async getScheme() {
      return null;
    },
  };
  return { adapter, calls };
}

async function advance(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(Math.max(0, ms - 10)));
  for (let i = 0; i < 5; i++) await act(() => vi.advanceTimersByTimeAsync(2));
}

describe('the everyday screens’ records cache', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(2025, 5, 10, 9, 0, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('20 unchanged refreshes: one records entry, indexed once, the same dataset throughout', async () => {
    const index = vi.spyOn(engineData, 'buildEngineData');
    const { adapter, calls } = unchangingBackend();
    const queryClient = createTestQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppProviders adapter={adapter} queryClient={queryClient} config={{ refreshSeconds: 300 }}>
        {children}
      </AppProviders>
    );
    const hook = renderHook(() => useDataset(), { wrapper });
    await advance(0);
    await advance(0);
    const first = hook.result.current.dataset;
    expect(first).toBeDefined();
    expect(index).toHaveBeenCalledTimes(1);

    for (let i = 0; i < 20; i++) await advance(300_000);
    expect(calls.offices).toBe(21);
    expect(calls.records).toBe(21);
    expect(index).toHaveBeenCalledTimes(1);
    expect(hook.result.current.dataset).toBe(first);
    const withData = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => isRecordsKey(query.queryKey) && query.state.data !== undefined);
    expect(withData).toHaveLength(1);
  });
});
