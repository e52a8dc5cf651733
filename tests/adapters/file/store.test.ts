import { describe, expect, test } from 'vitest';
import { createFileAdapter } from '../../../src/adapters/file/createFileAdapter';
import { parseDatasetFiles } from '../../../src/adapters/file/parseFiles';
import { createOwnDataStore, type KeyValue } from '../../../src/adapters/file/store';
import { SUMMARY_ISSUES } from '../../../src/adapters/file/dataset';
import { OFFICE_HEADER, OFFICE_ROWS, RECORD_HEADER, csv, recordRow, textFile, smallCountyDataset } from '../fileFixtures';

describe('the store (IndexedDB behind an interface)', () => {
  test('keeps the dataset and its summary across "reloads", and removes both', async () => {
    const kv = fakeKeyValue();
    const original = await smallCountyDataset('kept');
    const summary = await createOwnDataStore(kv).save(original);
    expect(summary).toMatchObject({ id: 'kept', officeCount: 5, recordCount: 4, firstMonth: '2019-12', lastMonth: '2025-03', hasScheme: false });

    // A new store over the same database: what a reload sees.
    const reloaded = createOwnDataStore(kv);
    const loaded = await reloaded.load();
    expect(loaded).toEqual(original);
    expect(loaded).not.toBe(original);
    expect(await reloaded.loadSummary()).toEqual(summary);
    // The adapter over the reloaded data answers as the original did.
    const query = { from: '2025-01', to: '2025-03', officeIds: new Set(original.offices.map((office) => office.id)) };
    expect((await createFileAdapter(loaded!).getRecords(query)).records).toEqual((await createFileAdapter(original).getRecords(query)).records);

    await reloaded.remove();
    expect(await reloaded.load()).toBeNull();
    expect(await reloaded.loadSummary()).toBeNull();
    expect(kv.data.size).toBe(0);
  });

  test('a stored value of another shape reads as nothing stored', async () => {
    const kv = fakeKeyValue();
    await kv.set('own-dataset.v1', { version: 2, id: 'x' });
    await kv.set('own-dataset-summary.v1', 'garbage');
    const store = createOwnDataStore(kv);
    expect(await store.load()).toBeNull();
    expect(await store.loadSummary()).toBeNull();
  });

  test('the summary cuts long issue lists but keeps the totals', async () => {
    const kv = fakeKeyValue();
    const rows = [RECORD_HEADER, ...Array.from({ length: SUMMARY_ISSUES + 5 }, (_, i) => recordRow('NOPE', `2025-0${(i % 9) + 1}`))];
    const data = await parseDatasetFiles([textFile('o.csv', csv([OFFICE_HEADER, ...OFFICE_ROWS])), textFile('r.csv', csv(rows))]);
    const summary = await createOwnDataStore(kv).save(data);
    expect(summary.recordsQuality.issues).toHaveLength(SUMMARY_ISSUES);
    expect(summary.recordsQuality.rejected).toBe(SUMMARY_ISSUES + 5);
    expect(summary.issuesCut).toBe(true);
  });
});

/** idb-keyval stores by structured clone; so does this fake, so nothing passes by reference. */
function fakeKeyValue(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
  };
}
