import { describe, expect, test } from 'vitest';
import type { MonthlyRecord, Office } from '../../../src/domain';
import { buildEngineData } from '../../../src/engine';
import { screenMonth } from '../../../src/features/screen/screenPeriod';

const offices: Office[] = [
  { id: 'r', name: '县', kind: 'region', parentId: null },
  { id: 'd1', name: '甲局', kind: 'department', parentId: 'r' },
  { id: 'd2', name: '乙局', kind: 'department', parentId: 'r' },
];
const record = (officeId: string, month: string): MonthlyRecord => ({ officeId, month, accepted: 10, completed: 10, completedOnTime: 10 });
const december = new Date(2025, 11, 6);

describe('screenMonth', () => {
  test('complete: the newest month before this one that every office reported, saying which newer one is pending', () => {
    // 乙局 has not reported November yet; December (this month) is in progress.
    const engine = buildEngineData(offices, [record('d1', '2025-10'), record('d2', '2025-10'), record('d1', '2025-11'), record('d1', '2025-12')]);
    expect(screenMonth(engine, 'complete', undefined, december)).toEqual({ period: { kind: 'month', from: '2025-10', to: '2025-10' }, pending: '2025-11' });
  });

  test('complete: the newest month before this one when it is complete, with nothing pending', () => {
    const engine = buildEngineData(offices, [record('d1', '2025-11'), record('d2', '2025-11'), record('d1', '2025-12')]);
    expect(screenMonth(engine, 'complete', undefined, december)).toEqual({ period: { kind: 'month', from: '2025-11', to: '2025-11' }, pending: null });
  });

  test('complete: an office that stopped reporting for good does not push the screen back for ever', () => {
    const records = ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11'].map((month) => record('d1', month));
    const engine = buildEngineData(offices, [record('d2', '2025-06'), ...records]);
    expect(screenMonth(engine, 'complete', undefined, december)?.period.to).toBe('2025-11');
  });

  test('complete: within the scope only — a county that reported is complete whatever another county did', () => {
    const tree: Office[] = [
      { id: 'p', name: '市', kind: 'region', parentId: null },
      { id: 'c1', name: '甲县', kind: 'region', parentId: 'p' },
      { id: 'c2', name: '乙县', kind: 'region', parentId: 'p' },
      { id: 'a', name: '甲县局', kind: 'department', parentId: 'c1' },
      { id: 'b', name: '乙县局', kind: 'department', parentId: 'c2' },
    ];
    const engine = buildEngineData(tree, [record('a', '2025-10'), record('b', '2025-10'), record('a', '2025-11')]);
    expect(screenMonth(engine, 'complete', 'c1', december)?.period.to).toBe('2025-11');
    expect(screenMonth(engine, 'complete', 'p', december)?.period.to).toBe('2025-10');
  });

  test('current: the newest month with any data, the month in progress included', () => {
    const engine = buildEngineData(offices, [record('d1', '2025-11'), record('d2', '2025-11'), record('d1', '2025-12')]);
    expect(screenMonth(engine, 'current', undefined, december)).toEqual({ period: { kind: 'month', from: '2025-12', to: '2025-12' }, pending: null });
  });

  test('no data: no month', () => {
    expect(screenMonth(buildEngineData(offices, []), 'complete', undefined, december)).toBeNull();
    expect(screenMonth(buildEngineData(offices, []), 'current', undefined, december)).toBeNull();
  });
});
