import { describe, expect, test } from 'vitest';
import { createFileAdapter } from '../../../src/adapters/file/createFileAdapter';
import { smallCountyDataset } from '../fileFixtures';

describe('the file adapter', () => {
  test('implements DataAdapter with a stable id per stored dataset', async () => {
    const adapter = createFileAdapter(await smallCountyDataset('abc'));
    expect(adapter.id).toBe('file:abc');
    expect(adapter.type).toBe('file');
    expect(adapter.description).toBe('单位表.csv, 月度数据表.csv');
    expect(createFileAdapter(await smallCountyDataset('abc')).id).toBe(adapter.id);
    expect(createFileAdapter(await smallCountyDataset('xyz')).id).not.toBe(adapter.id);
    const offices = await adapter.getOffices();
    expect(offices.offices).toHaveLength(5);
    expect(await adapter.getScheme()).toBeNull();
  });

  test('serves the months asked for; months outside are reported with their sheet row, bad rows stay reported', async () => {
    const data = await smallCountyDataset();
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
    const data = await smallCountyDataset();
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
    const adapter = createFileAdapter(await smallCountyDataset());
    await expect(adapter.getRecords({ from: '2025-1', to: '2025-03', officeIds: new Set() })).rejects.toThrow(RangeError);
  });
});
