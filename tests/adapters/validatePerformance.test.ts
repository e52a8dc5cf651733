import { expect, test } from 'vitest';
import { validateRecords } from '../../src/adapters/validate/records';
import { monthsBetween } from '../../src/domain';
import { goodRecord } from './fixtures';

test('100k records (2,000 offices × 50 months, all 20 counts) validate in well under a second', () => {
  const months = monthsBetween('2021-01', '2025-02');
  const officeIds = Array.from({ length: 2000 }, (_, i) => `office-${i}`);
  const rows: unknown[] = [];
  for (const month of months) {
    for (const officeId of officeIds) rows.push(goodRecord(officeId, month, { accepted: 1100 + (rows.length % 97) }));
  }
  expect(rows).toHaveLength(100_000);
  // Through JSON, as the adapter gets it: fresh objects, no shared hidden classes from the generator.
  const payload: unknown = JSON.parse(JSON.stringify({ records: rows }));
  const query = { from: months[0]!, to: months.at(-1)!, officeIds: new Set(officeIds) };

  const started = performance.now();
  const result = validateRecords(payload, 'bench', query);
  const elapsed = performance.now() - started;

  expect(result.quality).toEqual({ accepted: 100_000, rejected: 0, issues: [] });
  expect(result.records[99_999]).toMatchObject({ officeId: 'office-1999', month: '2025-02' });
  expect(elapsed).toBeLessThan(1000);
});
