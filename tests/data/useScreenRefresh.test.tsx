import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AdapterError } from '../../src/adapters/errors';
import type { DataAdapter } from '../../src/adapters/types';
import { SCREEN_FIRST_RETRY_MS, screenRetryDelay, useScreenData } from '../../src/data/useScreenRefresh';
import type { MonthlyRecord, Office } from '../../src/domain';
import { AppProviders, createTestQueryClient } from '../render';

describe('screenRetryDelay', () => {
  test('the refresh interval while all is well; 5 s, 10 s, 20 s … after failures, never past the interval', () => {
    expect(screenRetryDelay(0, 60_000)).toBe(60_000);
    expect([1, 2, 3, 4, 5].map((failures) => screenRetryDelay(failures, 60_000))).toEqual([5_000, 10_000, 20_000, 40_000, 60_000]);
    expect(screenRetryDelay(1000, 60_000)).toBe(60_000);
    expect(screenRetryDelay(1, 1_000)).toBe(1_000);
    expect(SCREEN_FIRST_RETRY_MS).toBe(5_000);
  });
});

const OFFICES: Office[] = [
  { id: 'r', name: '县', kind: 'region', parentId: null },
  { id: 'd1', name: '公安局', kind: 'department', parentId: 'r' },
];

/** A backend that can be switched off: each call returns fresh but equal objects, as over the wire. */
function fakeBackend() {
  const calls = { offices: 0, records: 0, scheme: 0 };
  let down = false;
  const fail = (url: string) => {
    throw new AdapterError('network', url, 'connection refused');
  };
  const adapter: DataAdapter = {
    id: 'fake:screen',
    description: 'fake',
    type: 'http',
    async getOffices() {
      calls.offices++;
      if (down) fail('/offices');
      return { offices: OFFICES.map((office) => ({ ...office })), quality: { accepted: 2, rejected: 0, issues: [] } };
    },
    async getRecords(query) {
      calls.records++;
      if (down) fail('/records');
      const records: MonthlyRecord[] = [{ officeId: 'd1', month: query.to, accepted: 10 }];
      return { records, quality: { accepted: 1, rejected: 0, issues: [] } };
    },
    async getScheme() {
      calls.scheme++;
      return null;
    },
  };
  return { adapter, calls, setDown: (value: boolean) => (down = value) };
}

function setup(refreshSeconds: number) {
  const backend = fakeBackend();
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders adapter={backend.adapter} queryClient={queryClient}>
      {children}
    </AppProviders>
  );
  const hook = renderHook(() => useScreenData(refreshSeconds), { wrapper });
  return { ...backend, queryClient, hook };
}

/**
 * Moves the clock by `ms`, the last 10 ms of it in small steps so that the chain offices →
 * records → render (each link behind a zero-delay timer of react-query or React) runs its course.
 */
async function advance(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(Math.max(0, ms - 10)));
  for (let i = 0; i < 5; i++) await act(() => vi.advanceTimersByTimeAsync(2));
}

describe('useScreenData', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(2025, 5, 10, 9, 0, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('refreshes every interval; identical data keeps the same dataset and engine, and one cache entry per query', async () => {
    const { hook, calls, queryClient } = setup(60);
    await advance(0);
    await advance(0);
    const first = hook.result.current;
    const entries = queryClient.getQueryCache().getAll().length;
    expect(first.dataset).toBeDefined();
    expect(first.engine).toBeDefined();
    expect(calls).toMatchObject({ offices: 1, records: 1, scheme: 1 });

    for (let i = 0; i < 30; i++) await advance(60_000);
    expect(calls.offices).toBe(31);
    expect(calls.records).toBe(31);
    expect(calls.scheme).toBe(1);
    expect(hook.result.current.dataset).toBe(first.dataset);
    expect(hook.result.current.engine).toBe(first.engine);
    expect(hook.result.current.updatedAt).toBeGreaterThan(first.updatedAt);
    // A refresh does not open a new cache entry each time (offices, scheme, records, and the
    // records key that waited for the offices before they first came).
    expect(queryClient.getQueryCache().getAll()).toHaveLength(entries);
    expect(entries).toBeLessThanOrEqual(4);
  });

  test('a failed refresh keeps the last good data, says so at once, retries after 5, 10, 20 s … and recovers by itself', async () => {
    const { hook, calls, setDown } = setup(60);
    await advance(0);
    await advance(0);
    const good = hook.result.current.dataset;
    const goodAt = hook.result.current.updatedAt;
    expect(good).toBeDefined();

    setDown(true);
    await advance(60_000);
    expect(hook.result.current.dataset).toBe(good);
    expect(hook.result.current.refreshError).toBeInstanceOf(AdapterError);
    expect(hook.result.current.error).toBeNull();
    expect(hook.result.current.updatedAt).toBe(goodAt);
    expect(hook.result.current.failures).toBe(1);

    const attempts = () => calls.offices;
    const failedAt = Date.now();
    const before = attempts();
    // Attempts due 5, 10, 20, 40 s after each failure, then the 60 s refresh interval caps it:
    // checked 50 ms before and after each due time.
    let due = failedAt;
    for (const [index, wait] of [5_000, 10_000, 20_000, 40_000, 60_000].entries()) {
      due += wait;
      await advance(due - 50 - Date.now());
      expect(attempts()).toBe(before + index);
      await advance(due + 50 - Date.now());
      expect(attempts()).toBe(before + index + 1);
    }
    // The failure that started it and the five retries after it.
    expect(hook.result.current.failures).toBe(6);

    setDown(false);
    const recoveredAt = due + 60_000;
    await advance(recoveredAt + 50 - Date.now());
    expect(hook.result.current.refreshError).toBeNull();
    expect(hook.result.current.failures).toBe(0);
    expect(hook.result.current.updatedAt).toBeGreaterThan(goodAt);
    expect(hook.result.current.dataset).toBe(good);
    // Back to the normal interval.
    const after = attempts();
    await advance(recoveredAt + 60_000 - 50 - Date.now());
    expect(attempts()).toBe(after);
    await advance(100);
    expect(attempts()).toBe(after + 1);
  });

  test('a screen that starts while the backend is down keeps trying and shows the data when it comes', async () => {
    const { hook, setDown } = setup(300);
    setDown(true);
    await advance(0);
    expect(hook.result.current.dataset).toBeUndefined();
    expect(hook.result.current.error).toBeInstanceOf(AdapterError);
    await advance(5_000);
    await advance(10_000);
    expect(hook.result.current.failures).toBe(3);
    setDown(false);
    await advance(20_000);
    await advance(0);
    expect(hook.result.current.dataset).toBeDefined();
    expect(hook.result.current.error).toBeNull();
  });

  test('the load window moves on when the month changes, without a reload', async () => {
    const { hook, calls } = setup(3600);
    await advance(0);
    await advance(0);
    expect(hook.result.current.dataset?.window.to).toBe('2025-06');
    // Twenty-one days later: a refresh in July loads up to July.
    for (let hour = 0; hour < 24 * 21; hour++) await advance(3_600_000);
    await advance(0);
    expect(hook.result.current.dataset?.window.to).toBe('2025-07');
    expect(calls.records).toBeGreaterThan(24 * 21);
  });
});
