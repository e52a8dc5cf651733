// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  isQuotaError,
  persistentStorageState,
  readStored,
  requestPersistentStorage,
  storedKeys,
  storedValue,
  TAB_ID,
  tabChannel,
  watchStored,
  writeStored,
  type StorageArea,
} from '../../src/data/browserStorage';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('values kept in the browser', () => {
  test('a refused write is reported as data, never thrown; this tab hears of every write', () => {
    const heard: string[] = [];
    const stop = watchStored(
      (key) => key.startsWith('t.'),
      (key, from) => heard.push(`${key}:${from}`),
    );
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

  test('storage that throws on every touch (blocked cookies, a sandboxed frame) reads as empty and refuses writes as data', () => {
    const blocked: StorageArea = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      length: 3,
    };
    expect(readStored('t.a', blocked)).toBeNull();
    expect(storedKeys('t.', blocked)).toEqual([]);
    expect(writeStored('t.a', '1', blocked)).toMatchObject({ ok: false, problem: 'failed', detail: 'SecurityError: denied' });
    expect(writeStored('t.a', null, blocked)).toMatchObject({ ok: false, problem: 'failed' });
    expect(storedKeys('t.', null)).toEqual([]);
  });

  test('the keys under a prefix, and only those', () => {
    localStorage.setItem('spd.edits.2025-03.a', '1');
    localStorage.setItem('spd.edits.2025-03.b', '2');
    localStorage.setItem('spd.edits.2025-04.a', '3');
    expect(storedKeys('spd.edits.2025-03.').sort()).toEqual(['spd.edits.2025-03.a', 'spd.edits.2025-03.b']);
  });

  test('another tab clearing all storage (a storage event with no key) reaches every watcher; sessionStorage’s events do not', () => {
    const value = storedValue('t.v', { parse: (raw) => raw ?? 'none', serialize: (text: string) => text });
    localStorage.setItem('t.v', 'kept');
    expect(value.get()).toBe('kept');
    const heard: string[] = [];
    const stop = watchStored(
      (key) => key === 't.v',
      (key, from) => heard.push(`${key || '(all)'}:${from}`),
    );
    const changes = vi.fn();
    const stopValue = value.subscribe(changes);
    window.dispatchEvent(new StorageEvent('storage', { key: 't.v', storageArea: sessionStorage }));
    expect(heard).toEqual([]);
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(heard).toEqual(['(all):other-tab']);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(value.get()).toBe('none');
    stop();
    stopValue();
  });

  test('with BroadcastChannel, a tab does not hear its own messages, and hears the other tabs’', async () => {
    const channel = tabChannel<{ type: string }>('bc-test');
    const heard = vi.fn();
    const stop = channel.listen(heard);
    channel.post({ type: 'mine' });
    // What another tab's channel sends: the same envelope with its own id.
    const other = new BroadcastChannel('spd.bc-test');
    other.postMessage({ from: `${TAB_ID}-other`, message: { type: 'theirs' } });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith({ type: 'theirs' }));
    // Delivered in order: had 'mine' been heard, it would have come first.
    expect(heard.mock.calls).toEqual([[{ type: 'theirs' }]]);
    other.close();
    stop();
  });

  test('asking to keep the data for good says what the browser answered, and never throws', async () => {
    const ask = (storage: unknown) => {
      vi.stubGlobal('navigator', { ...navigator, storage });
      return Promise.all([requestPersistentStorage(), persistentStorageState()]);
    };
    expect(await ask({ persist: async () => true, persisted: async () => true })).toEqual(['granted', 'granted']);
    expect(await ask({ persist: async () => false, persisted: async () => false })).toEqual(['denied', 'denied']);
    const refuse = async () => {
      throw new DOMException('no', 'InvalidStateError');
    };
    expect(await ask({ persist: refuse, persisted: refuse })).toEqual(['unsupported', 'unsupported']);
    expect(await ask(undefined)).toEqual(['unsupported', 'unsupported']);
  });
});
