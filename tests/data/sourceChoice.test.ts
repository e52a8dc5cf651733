import { describe, expect, test } from 'vitest';
import { createFileAdapter } from '../../src/adapters/file/createFileAdapter';
import type { OwnDataset } from '../../src/adapters/file/dataset';
import { toRecordColumns } from '../../src/adapters/file/recordColumns';
import type { OwnDataStore } from '../../src/adapters/file/store';
import type { DataAdapter } from '../../src/adapters/types';
import { readSourceChoice, restoreChosenSource, saveSourceChoice, type SourceChoice } from '../../src/data/sourceChoice';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const configured: DataAdapter = {
  id: 'http:https://example.test/api/',
  description: 'https://example.test/api/',
  type: 'http',
  getOffices: async () => ({ offices: [], quality: { accepted: 0, rejected: 0, issues: [] } }),
  getRecords: async () => ({ records: [], quality: { accepted: 0, rejected: 0, issues: [] } }),
  getScheme: async () => null,
};

const emptyQuality = { accepted: 0, rejected: 0, issues: [] };
const dataset: OwnDataset = {
  version: 1,
  id: 'd1',
  loadedAt: 1,
  files: [{ name: 'a.xlsx', size: 10 }],
  officesSource: 'a.xlsx / 单位表',
  recordsSource: 'a.xlsx / 月度数据表',
  offices: [{ id: 'C', name: '县', kind: 'region', parentId: null }],
  officesQuality: { accepted: 1, rejected: 0, issues: [] },
  records: toRecordColumns([], [], []),
  recordsQuality: emptyQuality,
  scheme: null,
  notices: [],
};

function storeWith(value: OwnDataset | null | Error): OwnDataStore {
  return {
    load: async () => {
      if (value instanceof Error) throw value;
      return value;
    },
    loadSummary: async () => null,
    save: async () => {
      throw new Error('not used');
    },
    remove: async () => undefined,
  };
}

describe('the data source choice', () => {
  test('round-trips through storage; anything unreadable is the configured source', () => {
    const storage = memoryStorage();
    expect(readSourceChoice(storage)).toEqual({ kind: 'configured' });
    saveSourceChoice({ kind: 'file', id: 'd1' }, storage);
    expect(readSourceChoice(storage)).toEqual({ kind: 'file', id: 'd1' });
    saveSourceChoice({ kind: 'configured' }, storage);
    expect(storage.data.size).toBe(0);
    for (const junk of ['{', '{"kind":"file"}', '{"kind":"file","id":""}', '"file"', 'null']) {
      storage.data.set('spd.source.v1', junk);
      expect(readSourceChoice(storage), junk).toEqual({ kind: 'configured' });
    }
  });

  test('at boot, the stored dataset the staff chose becomes the adapter', async () => {
    const storage = memoryStorage();
    saveSourceChoice({ kind: 'file', id: 'd1' }, storage);
    const { adapter, problem } = await restoreChosenSource(configured, { store: storeWith(dataset), storage });
    expect(problem).toBeNull();
    expect(adapter.id).toBe(createFileAdapter(dataset).id);
    expect((await adapter.getOffices()).offices).toEqual(dataset.offices);
  });

  test('without a choice: the configured source', async () => {
    expect(await restoreChosenSource(configured, { store: storeWith(dataset), storage: memoryStorage() })).toEqual({ adapter: configured, problem: null });
  });

  test('the chosen dataset gone, replaced or unreadable: never the configured source in its place — the problem, the choice kept, no figures', async () => {
    const cases: [OwnDataset | null | Error, string][] = [
      [null, 'own-data-missing'],
      [{ ...dataset, id: 'other' }, 'own-data-missing'],
      [new Error('IndexedDB blocked'), 'own-data-unreadable'],
    ];
    for (const [stored, kind] of cases) {
      const storage = memoryStorage();
      const choice: SourceChoice = { kind: 'file', id: 'd1', files: ['白鹭县数据.xlsx'], loadedAt: 1_700_000_000_000 };
      saveSourceChoice(choice, storage);
      const { adapter, problem } = await restoreChosenSource(configured, { store: storeWith(stored), storage });
      expect(problem).toMatchObject({ kind, choice });
      expect(adapter).not.toBe(configured);
      expect(adapter.description).toBe('白鹭县数据.xlsx');
      await expect(adapter.getOffices()).rejects.toThrow();
      await expect(adapter.getRecords({ from: '2025-01', to: '2025-02', officeIds: new Set() })).rejects.toThrow();
      expect(readSourceChoice(storage)).toEqual(choice);
    }
  });

  test('a choice the browser refuses to remember is reported, not thrown', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(saveSourceChoice({ kind: 'file', id: 'd1' }, full)).toMatchObject({ ok: false, problem: 'quota' });
  });
});
