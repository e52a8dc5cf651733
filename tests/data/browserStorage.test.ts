// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isQuotaError, readStored, storedValue, tabChannel, watchStored, writeStored } from '../../src/data/browserStorage';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('values kept in the browser', () => {
  test('a refused write is reported as data, never thrown; this tab hears of every write', () => {
    const heard: string[] = [];
    const stop = watchStored((key) => key.startsWith('t.'), (key, from) => heard.push(`${key}:${from}`));
    expect(writeStored('t.a', '1')).toEqual({ ok: true });
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const refused = writeStored('t.b', '2');
    full.mockRestore();
    expect(refused).toMatchObject({ ok: false, problem: 'quota' });
    expect(readStored('t.b')).toBeNull();
    stop();
    writeStored('t.c', null);
    expect(heard).toEqual(['t.a:this-tab', 't.b:this-tab']);
    expect(writeStored('x', '1', null)).toMatchObject({ ok: false, problem: 'blocked' });
  });

  test('quota errors are told apart from other failures, in every browser’s spelling', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
  });

  test('another tab’s write arrives through the storage event', () => {
    const value = storedValue('t.v', { parse: (raw) => raw ?? 'none', serialize: (text: string) => text });
    const changes = vi.fn();
    const stop = value.subscribe(changes);
    expect(value.get()).toBe('none');
    localStorage.setItem('t.v', 'from the other tab');
    window.dispatchEvent(new StorageEvent('storage', { key: 't.v' }));
    expect(changes).toHaveBeenCalledTimes(1);
    expect(value.get()).toBe('from the other tab');
    // The same object while the stored text is the same, as React's useSyncExternalStore needs.
    expect(value.get()).toBe(value.get());
    stop();
  });

  test('without BroadcastChannel (Safari 14), tab messages ride on the storage event', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = tabChannel<{ type: string }>('test');
    const heard = vi.fn();
    const stop = channel.listen(heard);
    channel.post({ type: 'stored' });
    const raw = localStorage.getItem('spd.tabs.test');
    expect(raw).toContain('stored');
    // The event fires in the other tabs only; delivered here by hand as the browser would there.
    window.dispatchEvent(new StorageEvent('storage', { key: 'spd.tabs.test', newValue: raw }));
    expect(heard).toHaveBeenCalledWith({ type: 'stored' });
    stop();
  });
});
