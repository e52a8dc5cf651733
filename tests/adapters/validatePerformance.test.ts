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

test('100k records with all 29 counts of contract v1.1 (the five levels sent, so 好评/差评 and their notes are read from them) still validate in about a second', () => {
  const months = monthsBetween('2021-01', '2025-02');
  const officeIds = Array.from({ length: 2000 }, (_, i) => `office-${i}`);
  const v11 = {
    carriedOver: 100,
    overdueOpen: 0,
    badReviewsOverdue: 0,
    hotlineCompleted: 149,
    reviewsVerySatisfied: 1000,
    reviewsSatisfied: 40,
    reviewsBasicallySatisfied: 18,
    reviewsDissatisfied: 2,
    reviewsVeryDissatisfied: 0,
  };
  const rows: unknown[] = [];
  for (const month of months) {
    for (const officeId of officeIds) rows.push(goodRecord(officeId, month, { ...v11, accepted: 1100 + (rows.length % 97) }));
  }
  const payload: unknown = JSON.parse(JSON.stringify({ records: rows }));
  const query = { from: months[0]!, to: months.at(-1)!, officeIds: new Set(officeIds) };

  const started = performance.now();
  const result = validateRecords(payload, 'bench', query);
  const elapsed = performance.now() - started;

  expect(result.quality).toEqual({ accepted: 100_000, rejected: 0, issues: [] });
  expect(result.records[0]).toMatchObject(v11);
  // Measured 0.5–0.8 s here (0.3–0.4 s with the twenty v1 counts): the domain's rules read the levels' sums on a copy of each record.
  expect(elapsed).toBeLessThan(1500);
});
