import { schemeFromV1 } from '../../src/domain';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Scheme } from '../../src/domain';
import { DEFAULT_SCHEME } from '../../src/engine';

const STORAGE_KEY = 'spd.scheme.v1';
const ONLINE_ONLY: Scheme = schemeFromV1({
  version: 1,
  id: 'online-only',
  name: '网办专项考核',
  indicators: [{ indicatorId: 'onlineRate', weight: 100, floor: 0.5, target: 1, appliesTo: ['department', 'township'] }],
  cardRules: [],
});

/** A fresh store each time: its validator is loaded once per page. */
async function freshStore() {
  vi.resetModules();
  return import('../../src/data/schemeStore');
}

afterEach(() => localStorage.removeItem(STORAGE_KEY));

describe('the scheme stored in this browser', () => {
  test('prepared at start, it is in force from the first render', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(ONLINE_ONLY));
    const store = await freshStore();
    await store.prepareStoredScheme();
    const { result } = renderHook(() => store.useStoredScheme());
    expect(result.current).toEqual(ONLINE_ONLY);
  });

  test('one that no longer validates is ignored, not half-used', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...ONLINE_ONLY, indicators: [{ indicatorId: 'nope', weight: 100 }] }));
    const store = await freshStore();
    await store.prepareStoredScheme();
    const { result } = renderHook(() => store.useStoredScheme());
    expect(result.current).toBeNull();
  });

  test('one stored after start (another tab) is validated and put in force', async () => {
    const store = await freshStore();
    await store.prepareStoredScheme();
    const { result } = renderHook(() => store.useStoredScheme());
    expect(result.current).toBeNull();
    act(() => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(ONLINE_ONLY));
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    await waitFor(() => expect(result.current).toEqual(ONLINE_ONLY));
  });

  test('a saved scheme is in force at once; a reset returns to none', async () => {
    const store = await freshStore();
    const { result } = renderHook(() => store.useStoredScheme());
    act(() => store.saveStoredScheme(DEFAULT_SCHEME));
    expect(result.current).toBe(DEFAULT_SCHEME);
    act(() => store.clearStoredScheme());
    expect(result.current).toBeNull();
  });
});
