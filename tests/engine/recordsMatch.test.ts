import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import type { MonthlyRecord } from '../../src/domain';
import { buildEngineData } from '../../src/engine';
import { recordsMatch } from '../../src/engine/recordsMatch';

const dataset = generateDataset({ scenario: 'normal', seed: 3, endMonth: '2025-12', months: 14 });
const data = buildEngineData(dataset.offices, dataset.records);
const copy = () => dataset.records.map((record) => ({ ...record }));

describe('recordsMatch: would these records index to the same data?', () => {
  test('the same records, fresh objects, in another order: yes', () => {
    expect(recordsMatch(data, copy())).toBe(true);
    expect(recordsMatch(data, copy().reverse())).toBe(true);
  });

  test('one count changed, a field dropped or added, a record gone or added: no', () => {
    const changed = copy();
    changed[10] = { ...changed[10]!, accepted: (changed[10]!.accepted ?? 0) + 1 };
    expect(recordsMatch(data, changed)).toBe(false);

    const dropped = copy();
    const withField = dropped.findIndex((record) => record.completed !== undefined);
    delete (dropped[withField] as Partial<MonthlyRecord>).completed;
    expect(recordsMatch(data, dropped)).toBe(false);

    const added = copy();
    const withoutField = added.findIndex((record) => record.onlineAccepted === undefined);
    expect(withoutField).toBeGreaterThanOrEqual(0);
    added[withoutField] = { ...added[withoutField]!, onlineAccepted: 0 };
    expect(recordsMatch(data, added)).toBe(false);

    expect(recordsMatch(data, copy().slice(1))).toBe(false);

    const office = dataset.offices.find((candidate) => !dataset.records.some((record) => record.officeId === candidate.id && record.month === '2025-06'));
    if (office) expect(recordsMatch(data, [...copy(), { officeId: office.id, month: '2025-06', accepted: 1 }])).toBe(false);
  });

  test('a record of a month outside the data, of an unknown office, or a duplicate: no', () => {
    const first = dataset.records[0]!;
    expect(recordsMatch(data, [...copy(), { ...first, month: '2030-01' }])).toBe(false);
    expect(recordsMatch(data, [...copy(), { ...first, officeId: 'no-such-office' }])).toBe(false);
    expect(recordsMatch(data, [...copy(), { ...first }])).toBe(false);
  });
});
