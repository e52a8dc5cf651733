import { describe, expect, test } from 'vitest';
import { isRecordColumns, recordAt, recordsOf, toRecordColumns } from '../../../src/adapters/file/recordColumns';
import { toMonthlyRecord } from '../../../src/adapters/validate/recordShape';

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
