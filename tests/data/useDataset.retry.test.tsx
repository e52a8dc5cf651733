import type { ReactNode } from 'react';
import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AdapterError } from '../../src/adapters/errors';
import type { DataAdapter } from '../../src/adapters/types';
import { EVERYDAY_RETRY_CAP_MS, useDataset } from '../../src/data/useDataset';
import { addMonths, type MonthlyRecord, type Office } from '../../src/domain';
import { OverviewPage } from '../../src/features/overview';
import { AppProviders, createTestQueryClient } from '../render';

const OFFICES: Office[] = [
  { id: 'r', name: '县', kind: 'region', parentId: null },
  { id: 'd1', name: '公安局', kind: 'department', parentId: 'r' },
];

/** A backend that can be down (network error, or a payload that breaks the contract) and come back. */
function fakeBackend(id: string) {
  const calls = { offices: 0, records: 0 };
  let down: 'network' | 'invalid-payload' | null = null;
  const fail = (url: string) => {
    throw down === 'network'
      ? new AdapterError('network', url, 'connection refused')
      : new AdapterError('invalid-payload', url, 'offices is not an array', 200);
  };
  const adapter: DataAdapter = {
    id,
    description: 'fake',
    type: 'http',
    async getOffices() {
      calls.offices++;
      if (down) fail('/api/offices');
      return { offices: OFFICES.map((office) => ({ ...office })), quality: { accepted: 2, rejected: 0, issues: [] } };
    },
    async getRecords(query) {
      calls.records++;
      if (down) fail('/api/records');
      // Last month, complete: the screens open on it.
      const records: MonthlyRecord[] = [{ officeId: 'd1', month: addMonths(query.to, -1), accepted: 10 }];
      return { records, quality: { accepted: 1, rejected: 0, issues: [] } };
    },
    async getScheme() {
      return null;
    },
  };
  return { adapter, calls, setDown: (value: typeof down) => (down = value) };
}

let count = 0;
function setup(refreshSeconds: number, down: 'network' | 'invalid-payload' | null) {
  const backend = fakeBackend(`fake:everyday:${++count}`);
  backend.setDown(down);
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders adapter={backend.adapter} queryClient={queryClient} config={{ refreshSeconds }}>
      {children}
    </AppProviders>
  );
  return { ...backend, queryClient, wrapper };
}

/** Moves the clock by `ms`, the last few ms in small steps so offices → records → render run their course. */
async function advance(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(Math.max(0, ms - 10)));
  for (let i = 0; i < 5; i++) await act(() => vi.advanceTimersByTimeAsync(2));
}

describe('everyday screens retry by themselves after an outage, with the big screen’s back-off', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(2025, 5, 10, 9, 0, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a first load that fails is retried 5, 10, 20 s later, counting the attempts, and shows the data once the source is back', async () => {
    const { wrapper, calls, setDown } = setup(300, 'network');
    const hook = renderHook(() => useDataset(), { wrapper });
    await advance(0);
    expect(hook.result.current.error).toBeInstanceOf(AdapterError);
    expect(hook.result.current).toMatchObject({ failures: 1, retrying: true });
    expect(calls.offices).toBe(1);
    await advance(5_000);
    expect(calls.offices).toBe(2);
    expect(hook.result.current.failures).toBe(2);
    await advance(9_900);
    expect(calls.offices).toBe(2);
    await advance(100);
    expect(calls.offices).toBe(3);
    expect(hook.result.current.failures).toBe(3);

    setDown(null);
    await advance(20_000);
    expect(hook.result.current.dataset).toBeDefined();
    expect(hook.result.current).toMatchObject({ error: null, refreshError: null, failures: 0, retrying: false });
    // Back to the normal refresh: nothing more for the next few minutes.
    const after = calls.offices;
    await advance(299_000);
    expect(calls.offices).toBe(after);
  });

  test('a refresh that fails keeps the last good data while it retries, then recovers', async () => {
    const { wrapper, setDown } = setup(60, null);
    const hook = renderHook(() => useDataset(), { wrapper });
    await advance(0);
    await advance(0);
    const good = hook.result.current.dataset;
    expect(good).toBeDefined();
    setDown('network');
    await advance(60_000);
    expect(hook.result.current.dataset).toBe(good);
    expect(hook.result.current.refreshError).toBeInstanceOf(AdapterError);
    expect(hook.result.current).toMatchObject({ error: null, failures: 1, retrying: true });
    await advance(5_000);
    expect(hook.result.current.failures).toBe(2);
    setDown(null);
    await advance(10_000);
    expect(hook.result.current).toMatchObject({ refreshError: null, failures: 0 });
    expect(hook.result.current.dataset).toBeDefined();
  });

  test('without a refresh interval it still retries, up to every 5 minutes; a payload that breaks the contract is not retried', async () => {
    const never = setup(0, 'network');
    const hook = renderHook(() => useDataset(), { wrapper: never.wrapper });
    await advance(0);
    for (const wait of [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, EVERYDAY_RETRY_CAP_MS, EVERYDAY_RETRY_CAP_MS]) await advance(wait);
    expect(never.calls.offices).toBe(9);
    hook.unmount();

    const broken = setup(60, 'invalid-payload');
    const brokenHook = renderHook(() => useDataset(), { wrapper: broken.wrapper });
    await advance(0);
    expect(brokenHook.result.current).toMatchObject({ failures: 1, retrying: false });
    await advance(59_000);
    expect(broken.calls.offices).toBe(1);
  });

  test('the overview says it in plain words, with the attempt, and draws the figures when the source is back — no reload', async () => {
    const { adapter, setDown, queryClient } = setup(300, 'network');
    window.location.hash = '#/overview';
    render(
      <AppProviders adapter={adapter} queryClient={queryClient} config={{ refreshSeconds: 300 }}>
        <OverviewPage params={{}} />
      </AppProviders>,
    );
    await advance(0);
    expect(screen.getByRole('alert').querySelector('strong')!.textContent).toBe('数据源暂时无法连接，正在自动重试（第 1 次）');
    await advance(5_000);
    await advance(10_000);
    expect(screen.getByRole('alert').querySelector('strong')!.textContent).toBe('数据源暂时无法连接，正在自动重试（第 3 次）');
    expect(screen.getByRole('alert').querySelector('details summary')!.textContent).toBe('技术信息');
    setDown(null);
    await advance(20_000);
    await advance(0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: '本期主要指标' })).toBeTruthy();
  });
});
