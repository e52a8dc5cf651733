// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { editsKey, paragraphKey, parseRecord } from '../../../../src/features/bulletin/edits/record';
import type * as StoreModule from '../../../../src/features/bulletin/edits/store';

type Store = typeof StoreModule;

const KEY = editsKey('2025-03', 'R', 'zh-CN');
const GENERATED = '2025年3月，全县共受理政务服务事项1,032件。';

/** A tab: its own copy of the store (its own memory and tab id) over the one localStorage they share. */
async function openTab(): Promise<Store> {
  vi.resetModules();
  return import('../../../../src/features/bulletin/edits/store');
}

/** What the browser does after a write: the other tabs get a storage event. */
function deliver(id = 'overview') {
  window.dispatchEvent(new StorageEvent('storage', { key: paragraphKey(KEY, id as 'overview') }));
}

const textOf = (tab: Store, id: 'overview' | 'closing' = 'overview') => tab.readEdits(KEY).edits[id]?.text;

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('bulletin edits shared by two tabs', () => {
  test('typing in turn into one paragraph: every keystroke survives in both tabs', async () => {
    const a = await openTab();
    const b = await openTab();
    a.readEdits(KEY);
    b.readEdits(KEY);
    let text = GENERATED;
    for (const [index, char] of [...'aababaab'].entries()) {
      const tab = char === 'a' ? a : b;
      text = (textOf(tab) ?? GENERATED) + char;
      tab.saveEdit(KEY, 'overview', text, GENERATED);
      deliver();
      expect(textOf(a), `after keystroke ${index}`).toBe(text);
      expect(textOf(b)).toBe(text);
    }
    expect(text).toBe(`${GENERATED}aababaab`);
    expect(a.readEdits(KEY).conflicts).toEqual({});
    expect(b.readEdits(KEY).conflicts).toEqual({});
  });

  test('edits of two paragraphs in two tabs both survive', async () => {
    const a = await openTab();
    const b = await openTab();
    a.readEdits(KEY);
    b.readEdits(KEY);
    a.saveEdit(KEY, 'overview', '甲页改的总体情况', GENERATED);
    // B types before hearing of A's write.
    b.saveEdit(KEY, 'closing', '乙页改的工作要求', '请各单位……');
    deliver('overview');
    deliver('closing');
    for (const tab of [a, b]) {
      expect(textOf(tab, 'overview')).toBe('甲页改的总体情况');
      expect(textOf(tab, 'closing')).toBe('乙页改的工作要求');
    }
    const fresh = await openTab();
    expect(textOf(fresh, 'overview')).toBe('甲页改的总体情况');
    expect(textOf(fresh, 'closing')).toBe('乙页改的工作要求');
  });

  test('typed at once into one paragraph: a conflict showing both texts, never an overwrite', async () => {
    const a = await openTab();
    const b = await openTab();
    a.readEdits(KEY);
    b.readEdits(KEY);
    a.saveEdit(KEY, 'overview', `${GENERATED}甲`, GENERATED);
    // B's keystroke was typed on the text before A's: storing it would drop A's.
    b.saveEdit(KEY, 'overview', `${GENERATED}乙`, GENERATED);
    deliver();
    expect(textOf(b)).toBe(`${GENERATED}乙`);
    expect(b.readEdits(KEY).conflicts).toEqual({ overview: `${GENERATED}甲` });
    expect(parseRecord(localStorage.getItem(paragraphKey(KEY, 'overview')))!.text).toBe(`${GENERATED}甲`);
    // B keeps typing while undecided: kept in B's memory.
    b.saveEdit(KEY, 'overview', `${GENERATED}乙乙`, GENERATED);
    expect(textOf(b)).toBe(`${GENERATED}乙乙`);

    b.resolveConflict(KEY, 'overview', 'mine');
    deliver();
    expect(textOf(a)).toBe(`${GENERATED}乙乙`);
    expect(textOf(b)).toBe(`${GENERATED}乙乙`);
    expect(a.readEdits(KEY).conflicts).toEqual({});
    expect(b.readEdits(KEY).conflicts).toEqual({});
  });

  test('two writes that crossed in the browser (siblings): the tab whose write lost shows the conflict; taking theirs settles both', async () => {
    const a = await openTab();
    const b = await openTab();
    a.readEdits(KEY);
    b.readEdits(KEY);
    a.saveEdit(KEY, 'overview', 'A 的版本', GENERATED);
    const first = localStorage.getItem(paragraphKey(KEY, 'overview'))!;
    // B wrote over the same base as A before A's write reached it, and the browser kept B's.
    localStorage.clear();
    b.saveEdit(KEY, 'overview', 'B 的版本', GENERATED);
    expect(parseRecord(first)!.lineage).not.toContain(parseRecord(localStorage.getItem(paragraphKey(KEY, 'overview')))!.id);
    deliver();
    expect(textOf(a)).toBe('A 的版本');
    expect(a.readEdits(KEY).conflicts).toEqual({ overview: 'B 的版本' });
    expect(textOf(b)).toBe('B 的版本');

    a.resolveConflict(KEY, 'overview', 'theirs');
    deliver();
    expect(textOf(a)).toBe('B 的版本');
    expect(a.readEdits(KEY).conflicts).toEqual({});
    expect(textOf(b)).toBe('B 的版本');
  });

  test('storage full: the text stays, is reported as not saved, nothing throws; a later write saves it', async () => {
    const tab = await openTab();
    tab.readEdits(KEY);
    const quota = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => tab.saveEdit(KEY, 'overview', '写满时的修改', GENERATED)).not.toThrow();
    expect(textOf(tab)).toBe('写满时的修改');
    expect(tab.readEdits(KEY).unsaved).toEqual({ overview: 'quota' });
    tab.saveEdit(KEY, 'overview', '写满时的修改，再改', GENERATED);
    expect(textOf(tab)).toBe('写满时的修改，再改');

    quota.mockRestore();
    tab.retryUnsaved(KEY);
    expect(tab.readEdits(KEY).unsaved).toEqual({});
    expect(parseRecord(localStorage.getItem(paragraphKey(KEY, 'overview')))!.text).toBe('写满时的修改，再改');
  });

  test('edits of version 1 (one key per bulletin) are still read', async () => {
    localStorage.setItem('spd.bulletin.edits.v1:R:2025-03:zh-CN', JSON.stringify({ overview: { text: '旧版的修改', generated: GENERATED } }));
    const tab = await openTab();
    expect(textOf(tab)).toBe('旧版的修改');
    tab.saveEdit(KEY, 'overview', '旧版的修改，新写', GENERATED);
    expect(textOf(tab)).toBe('旧版的修改，新写');
  });
});
