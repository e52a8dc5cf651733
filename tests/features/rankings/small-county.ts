/**
 * A county small enough to check by hand, served by a fake DataAdapter, for the rankings, office
 * and alerts screens. Two months: the last complete month M and the month before, P.
 *
 * Scheme: on-time rate only (floor 90%, target 100%), so score = (rate − 0.9) × 1000.
 *   P: D2 100% (1), D3 99% (2), D4 98% (3), D1 95% (4); T1 96% (1); T2 not yet open
 *   M: D1 100% and D2 100% tie (1, 1), D3 95% (3), D4 silent; T2 99% (1), T1 97% (2)
 * So in M: D1 ↑3, D2 unchanged, D3 ↓1, D4 not reported; T2 new, T1 ↓1.
 * Cards: D3 overdue in P and M (red, since P, 2 months); T1 near its deadline in M (yellow).
 * D1's name is an attack on whoever draws it.
 */
import type { DataAdapter } from '../../../src/adapters/types';
import {
  addMonths,
  BUILT_IN_INDICATORS,
  DEFAULT_SCHEME_RULES,
  lastCompleteMonth,
  NATIONAL_REVIEW_LEVELS,
  type MonthlyRecord,
  type Office,
  type Scheme,
} from '../../../src/domain';

export const M = lastCompleteMonth(new Date());
export const P = addMonths(M, -1);
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>局';

export const OFFICES: Office[] = [
  { id: 'R', name: '小县', kind: 'region', parentId: null },
  { id: 'D1', name: HOSTILE_NAME, kind: 'department', parentId: 'R' },
  { id: 'D2', name: '县税务局', kind: 'department', parentId: 'R' },
  { id: 'D3', name: '县民政局', kind: 'department', parentId: 'R' },
  { id: 'D4', name: '县林业局', kind: 'department', parentId: 'R' },
  { id: 'T1', name: '东镇', kind: 'township', parentId: 'R' },
  { id: 'T2', name: '西镇', kind: 'township', parentId: 'R' },
];

function record(officeId: string, month: string, completed: number, onTime: number, extra: Partial<MonthlyRecord> = {}): MonthlyRecord {
  return { officeId, month, accepted: completed, completed, completedOnTime: onTime, overdue: 0, nearDeadline: 0, ...extra };
}

export const RECORDS: MonthlyRecord[] = [
  record('D1', P, 100, 95),
  record('D2', P, 100, 100),
  record('D3', P, 100, 99, { overdue: 1 }),
  record('D4', P, 100, 98),
  record('T1', P, 100, 96),
  record('D1', M, 100, 100),
  record('D2', M, 200, 200),
  record('D3', M, 100, 95, { overdue: 2 }),
  record('T1', M, 100, 97, { nearDeadline: 1 }),
  record('T2', M, 100, 99),
];

export const SCHEME: Scheme = {
  version: 2,
  definitions: [...BUILT_IN_INDICATORS],
  reviewLevels: NATIONAL_REVIEW_LEVELS,
  rules: DEFAULT_SCHEME_RULES,
  id: 'small',
  name: '小县考核',
  indicators: [{ indicatorId: 'onTimeRate', weight: 100, floor: 0.9, target: 1, appliesTo: ['department', 'township'] }],
  cardRules: [
    { id: 'overdue', subject: 'overdue', comparison: 'gt', threshold: 0, level: 'red', message: '有超期办结事项', appliesTo: ['department', 'township'] },
    { id: 'near', subject: 'nearDeadline', comparison: 'gt', threshold: 0, level: 'yellow', message: '有临期事项', appliesTo: ['department', 'township'] },
  ],
};

const CLEAN = { accepted: 0, rejected: 0, issues: [] };

let count = 0;

/** A DataAdapter over fixed offices, records and scheme (a fresh id each, so no cache is shared). */
export function fixedAdapter(data: { offices?: Office[]; records?: MonthlyRecord[]; scheme?: Scheme | null } = {}): DataAdapter {
  const offices = data.offices ?? OFFICES;
  const records = data.records ?? RECORDS;
  const scheme = data.scheme === undefined ? SCHEME : data.scheme;
  return {
    id: `fixed:${++count}`,
    description: 'fixed',
    type: 'http',
    getOffices: async () => ({ offices, quality: { ...CLEAN, accepted: offices.length } }),
    getRecords: async () => ({ records, quality: { ...CLEAN, accepted: records.length } }),
    getScheme: async () => scheme,
  };
}
