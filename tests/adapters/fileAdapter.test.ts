import { describe, expect, test } from 'vitest';
import { createFileAdapter } from '../../src/adapters/file/createFileAdapter';
import { parseDatasetFiles } from '../../src/adapters/file/parseFiles';
import { createOwnDataStore, type KeyValue } from '../../src/adapters/file/store';
import type { OwnDataset } from '../../src/adapters/file/dataset';
import { SUMMARY_ISSUES } from '../../src/adapters/file/dataset';
import { isRecordColumns, recordAt, recordsOf, toRecordColumns } from '../../src/adapters/file/recordColumns';
import { toMonthlyRecord } from '../../src/adapters/validate/recordShape';
import { OFFICE_HEADER, OFFICE_ROWS, RECORD_HEADER, csv, recordRow, textFile } from './fileFixtures';

async function dataset(id = 'abc'): Promise<OwnDataset> {
  const records = csv([
    RECORD_HEADER,
    recordRow('D1', '2019-12'),
    recordRow('D1', '2025-01'),
    recordRow('D2', '2025-01'),
    ['D2', '2025-02', -1, 0, 0, 0, 0, 0, 0],
    recordRow('T1', '2025-03'),
  ]);
  return parseDatasetFiles([textFile('单位表.csv', csv([OFFICE_HEADER, ...OFFICE_ROWS])), textFile('月度数据表.csv', records)], {
    newId: () => id,
    now: () => 1,
  });
}

describe('the file adapter', () => {
  test('implements DataAdapter with a stable id per stored dataset', async () => {
    const adapter = createFileAdapter(await dataset('abc'));
    expect(adapter.id).toBe('file:abc');
    expect(adapter.type).toBe('file');
    expect(adapter.description).toBe('单位表.csv, 月度数据表.csv');
    expect(createFileAdapter(await dataset('abc')).id).toBe(adapter.id);
    expect(createFileAdapter(await dataset('xyz')).id).not.toBe(adapter.id);
    const offices = await adapter.getOffices();
    expect(offices.offices).toHaveLength(5);
    expect(await adapter.getScheme()).toBeNull();
  });

  test('serves the months asked for; months outside are reported with their sheet row, bad rows stay reported', async () => {
    const data = await dataset();
    const adapter = createFileAdapter(data);
    const officeIds = new Set(data.offices.map((office) => office.id));
    const result = await adapter.getRecords({ from: '2022-12', to: '2026-11', officeIds });
    expect(result.records.map((record) => `${record.officeId} ${record.month}`)).toEqual(['D1 2025-01', 'D2 2025-01', 'T1 2025-03']);
    expect(result.quality.accepted).toBe(3);
    expect(result.quality.rejected).toBe(2);
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ source: '月度数据表.csv', row: 2, reason: 'out-of-range', month: '2019-12', officeId: 'D1' }),
      expect.objectContaining({ source: '月度数据表.csv', row: 5, reason: 'negative', field: 'accepted' }),
    ]);
  });

  test('the same query gets the same result object (a refresh re-renders nothing); another query does not', async () => {
    const data = await dataset();
    const adapter = createFileAdapter(data);
    const ids = () => new Set(data.offices.map((office) => office.id));
    const first = await adapter.getRecords({ from: '2025-01', to: '2025-03', officeIds: ids() });
    expect(await adapter.getRecords({ from: '2025-01', to: '2025-03', officeIds: ids() })).toBe(first);
    const narrower = await adapter.getRecords({ from: '2025-01', to: '2025-01', officeIds: ids() });
    expect(narrower).not.toBe(first);
    expect(narrower.records).toHaveLength(2);
    const fewerOffices = await adapter.getRecords({ from: '2025-01', to: '2025-01', officeIds: new Set(['D1']) });
    expect(fewerOffices.records.map((record) => record.officeId)).toEqual(['D1']);
  });

  test('a malformed query is a programming error', async () => {
    const adapter = createFileAdapter(await dataset());
    await expect(adapter.getRecords({ from: '2025-1', to: '2025-03', officeIds: new Set() })).rejects.toThrow(RangeError);
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

describe('records as columns (how they cross from the worker and sit in IndexedDB)', () => {
  test('0 stays 0 and not reported stays not reported, through a structured clone', () => {
    const offices = [
      { id: 'C', name: '县', kind: 'region' as const, parentId: null },
      { id: 'D1', name: '局', kind: 'department' as const, parentId: 'C' },
    ];
    const records = [
      toMonthlyRecord({ accepted: 0, completed: 3, hotlineTickets: null }, 'D1', '2025-02'),
      toMonthlyRecord({ accepted: 9007199254740991 }, 'C', '1999-12'),
    ];
    const columns = structuredClone(toRecordColumns(records, [7, 9], offices));
    expect(columns.counts.accepted).toBeInstanceOf(Float64Array);
    expect(recordsOf(columns, offices)).toEqual(records);
    const back = recordAt(columns, 0, offices);
    expect(back.accepted).toBe(0);
    expect(back.hotlineTickets).toBeUndefined();
    expect('hotlineTickets' in back).toBe(true);
    expect(Array.from(columns.row)).toEqual([7, 9]);
    expect(isRecordColumns(columns, offices.length)).toBe(true);
    expect(isRecordColumns(columns, 1)).toBe(false);
    expect(isRecordColumns({ ...columns, row: new Int32Array(1) }, 2)).toBe(false);
    expect(isRecordColumns({ ...columns, counts: { ...columns.counts, accepted: [0, 0] } }, 2)).toBe(false);
  });
});

describe('the store (IndexedDB behind an interface)', () => {
  test('keeps the dataset and its summary across "reloads", and removes both', async () => {
    const kv = fakeKeyValue();
    const original = await dataset('kept');
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
