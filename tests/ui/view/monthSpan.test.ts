import { describe, expect, test } from 'vitest';
import type { MonthlyRecord, Office } from '../../../src/domain';
import { buildEngineData } from '../../../src/engine';
import { monthSpanRange, parseMonthSpan } from '../../../src/ui/view/monthSpan';

const OFFICES: Office[] = [
  { id: 'c1', name: '青岚县', kind: 'region', parentId: null },
  { id: 'c1-d', name: '青岚县公安局', kind: 'department', parentId: 'c1' },
];
// Data from 2025-01 to 2025-03, with February missing: the span runs by the calendar, not by the records.
const RECORDS: MonthlyRecord[] = [
  { officeId: 'c1-d', month: '2025-01', accepted: 300 },
  { officeId: 'c1-d', month: '2025-03', accepted: 320 },
];
const engine = buildEngineData(OFFICES, RECORDS);

describe('monthSpanRange', () => {
  test('the span ends at the period, never before the first month with data nor after the last', () => {
    expect(monthSpanRange(engine, '2025-03', 12)).toEqual({ from: '2025-01', to: '2025-03' });
    expect(monthSpanRange(engine, '2025-03', 2)).toEqual({ from: '2025-02', to: '2025-03' });
    expect(monthSpanRange(engine, '2026-01', 12)).toEqual({ from: '2025-01', to: '2025-03' });
    expect(monthSpanRange(engine, '2024-06', 12)).toBeNull();
  });

  test('no data, no months', () => {
    expect(monthSpanRange(buildEngineData(OFFICES, []), '2025-03', 12)).toBeNull();
  });

  test('the span comes from the URL, 12 unless 24 or 36', () => {
    expect(parseMonthSpan('24')).toBe(24);
    expect(parseMonthSpan('36')).toBe(36);
    expect(parseMonthSpan('7')).toBe(12);
    expect(parseMonthSpan(null)).toBe(12);
  });
});
