import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createRecordsPrefetch, PREFETCH_KEEP_MS } from '../../../src/adapters/http/recordsPrefetch';

describe('records prefetch: what it keeps and for how long', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a response taken is no longer held by anything of the prefetch (no timer left to hold it)', async () => {
    const body = { records: [{ officeId: 'a' }] };
    const prefetch = createRecordsPrefetch(async () => ({ found: true, body }), Date.now);
    prefetch.start('/records?from=2025-01&to=2025-03');
    expect(vi.getTimerCount()).toBe(1);
    const taken = prefetch.take('/records?from=2025-01&to=2025-03');
    expect(await taken).toEqual({ found: true, body });
    // A province's parsed records stayed alive for 20 s through the timer's closure.
    expect(vi.getTimerCount()).toBe(0);
    expect(prefetch.take('/records?from=2025-01&to=2025-03')).toBeNull();
  });

  test('one not taken in time is dropped, and a later start asks again', async () => {
    const get = vi.fn(async () => ({ found: true as const, body: {} }));
    const prefetch = createRecordsPrefetch(get, Date.now);
    prefetch.start('/r');
    prefetch.start('/r');
    expect(get).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(PREFETCH_KEEP_MS + 1);
    expect(vi.getTimerCount()).toBe(0);
    expect(prefetch.take('/r')).toBeNull();
    prefetch.start('/r');
    expect(get).toHaveBeenCalledTimes(2);
  });
});
