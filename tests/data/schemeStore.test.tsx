import { schemeFromV1 } from '../../src/domain';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Scheme } from '../../src/domain';
import { DEFAULT_SCHEME } from '../../src/engine';
import { validateScheme } from '../../src/engine/validateScheme';

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
  const [store, save] = await Promise.all([import('../../src/data/schemeStore'), import('../../src/data/schemeSave')]);
  return { ...store, ...save };
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.removeItem(STORAGE_KEY);
});

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

describe('saving the scheme', () => {
  const withName = (name: string): Scheme => ({ ...ONLINE_ONLY, name });

  test('storage full: nothing throws, the scheme is in force in this tab and reported as not saved', async () => {
    const store = await freshStore();
    const { result } = renderHook(() => [store.useStoredScheme(), store.useUnsavedScheme()] as const);
    const quota = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let outcome: ReturnType<typeof store.saveStoredScheme> | undefined;
    act(() => {
      outcome = store.saveStoredScheme(ONLINE_ONLY, { validate: validateScheme });
    });
    expect(outcome?.status).toBe('unsaved');
    expect(result.current[0]).toEqual(ONLINE_ONLY);
    expect(result.current[1]).toEqual({ scheme: ONLINE_ONLY, problem: 'quota' });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    quota.mockRestore();
    act(() => void store.retryUnsavedScheme());
    expect(result.current[1]).toBeNull();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual(ONLINE_ONLY);
  });

  test('another tab saved since this edit began: its change to another field is kept', async () => {
    const store = await freshStore();
    const base = withName('方案');
    localStorage.setItem(STORAGE_KEY, JSON.stringify(base));
    // The other tab changed the rules; this tab renamed the scheme.
    const theirs = { ...base, rules: { ...base.rules, talkAfterMonths: 5 } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(theirs));
    const outcome = store.saveStoredScheme(withName('方案（本页改名）'), { base, validate: validateScheme });
    expect(outcome.status).toBe('merged');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme;
    expect(saved.name).toBe('方案（本页改名）');
    expect(saved.rules.talkAfterMonths).toBe(5);
  });

  test('the same field changed in both tabs: a conflict, nothing saved; forcing saves this tab’s', async () => {
    const store = await freshStore();
    const base = withName('方案');
    localStorage.setItem(STORAGE_KEY, JSON.stringify(withName('另一页的名字')));
    const outcome = store.saveStoredScheme(withName('本页的名字'), { base, validate: validateScheme });
    expect(outcome).toMatchObject({ status: 'conflict', conflicts: [['name']] });
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('另一页的名字');
    expect(store.saveStoredScheme(withName('本页的名字'), { base, validate: validateScheme, force: true }).status).toBe('saved');
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('本页的名字');
  });

  test('a merge that would not validate (floor above target) is a conflict with no field to name; nothing saved', async () => {
    const store = await freshStore();
    const base = withName('方案');
    const at = (floor: number, target: number): Scheme => ({ ...base, indicators: [{ ...base.indicators[0]!, floor, target }] });
    // Each side is valid alone: this tab raised the floor, the other lowered the target.
    localStorage.setItem(STORAGE_KEY, JSON.stringify(at(0.5, 0.8)));
    const outcome = store.saveStoredScheme(at(0.9, 1), { base, validate: validateScheme });
    expect(outcome).toMatchObject({ status: 'conflict', conflicts: [] });
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).indicators[0]).toMatchObject({ floor: 0.5, target: 0.8 });
  });

  test('refused, then another tab saved another field: the retry merges, both changes kept', async () => {
    const store = await freshStore();
    const base = withName('方案');
    localStorage.setItem(STORAGE_KEY, JSON.stringify(base));
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(store.saveStoredScheme(withName('本页改名'), { base, validate: validateScheme }).status).toBe('unsaved');
    full.mockRestore();
    // The other tab had room (or freed it) and saved its own change meanwhile.
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...base, rules: { ...base.rules, talkAfterMonths: 6 } }));
    expect(store.retryUnsavedScheme({ validate: validateScheme })?.status).toBe('merged');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme;
    expect(saved.name).toBe('本页改名');
    expect(saved.rules.talkAfterMonths).toBe(6);
  });

  test('refused, then another tab saved the same field: the retry is a conflict, the other tab’s save stays; letting go puts it in force here', async () => {
    const store = await freshStore();
    const base = withName('方案');
    localStorage.setItem(STORAGE_KEY, JSON.stringify(base));
    const { result } = renderHook(() => [store.useStoredScheme(), store.useUnsavedScheme()] as const);
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => void store.saveStoredScheme(withName('本页的名字'), { base, validate: validateScheme }));
    full.mockRestore();
    act(() => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(withName('另一页的名字')));
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    // Still this tab's, and still said to be unsaved: the other tab's save does not silently replace it.
    expect(result.current[0]?.name).toBe('本页的名字');
    let retried: ReturnType<typeof store.retryUnsavedScheme> = null;
    act(() => {
      retried = store.retryUnsavedScheme({ validate: validateScheme });
    });
    expect(retried).toMatchObject({ status: 'conflict', conflicts: [['name']] });
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('另一页的名字');
    expect(result.current[1]?.scheme.name).toBe('本页的名字');
    act(() => store.dropUnsavedScheme());
    expect(result.current[1]).toBeNull();
    await waitFor(() => expect(result.current[0]?.name).toBe('另一页的名字'));
  });

  test('refused twice with storage unchanged: the second try is not taken for another tab’s save', async () => {
    const store = await freshStore();
    const base = withName('方案');
    localStorage.setItem(STORAGE_KEY, JSON.stringify(base));
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.saveStoredScheme(withName('本页改名'), { base, validate: validateScheme });
    expect(store.retryUnsavedScheme({ validate: validateScheme })).toMatchObject({ status: 'unsaved', problem: 'quota' });
    full.mockRestore();
    expect(store.retryUnsavedScheme({ validate: validateScheme })?.status).toBe('saved');
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('本页改名');
  });
});
