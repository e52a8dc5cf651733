import type { MonthlyRecord, Office } from '../../../src/domain';

/** A small county: three departments, a township with one village. */
export const offices: Office[] = [
  { id: 'r', name: '县', kind: 'region', parentId: null },
  { id: 'd1', name: '公安局', kind: 'department', parentId: 'r' },
  { id: 'd2', name: '税务局', kind: 'department', parentId: 'r' },
  { id: 'd3', name: '医保局', kind: 'department', parentId: 'r' },
  { id: 't1', name: '东镇', kind: 'township', parentId: 'r' },
  { id: 'v1', name: '东村', kind: 'village', parentId: 't1' },
];
/** A record whose items were all completed on time. */
export const record = (officeId: string, month: string, accepted: number, onlineAccepted: number): MonthlyRecord => ({
  officeId,
  month,
  accepted,
  completed: accepted,
  completedOnTime: accepted,
  onlineAccepted,
});
