import { describe, expect, test } from 'vitest';
import { indicatorById, type MonthlyRecord } from '../../../src/domain';
import { buildEngineData } from '../../../src/engine';
import { describeChange } from '../../../src/features/overview/change';
import { volumeByKind } from '../../../src/features/overview/composition-data';
import { TWO_COUNTIES } from '../../fixtures/two-counties';

const delta = (absolute: number | null, relative: number | null) => ({ previous: 1, absolute, relative });

describe('describeChange', () => {
  test('a rate moves in percentage points, a count in per cent', () => {
    expect(describeChange(indicatorById('goodReviewRate'), delta(0.0004, 0.0004))).toEqual({ movement: 'up', tone: 'good', measure: 'points', value: 0.0004 });
    expect(describeChange(indicatorById('accepted'), delta(-1359, -0.0404))).toEqual({ movement: 'down', tone: 'bad', measure: 'relative', value: -0.0404 });
  });

  test('for a lower-is-better indicator a rise is bad and a fall is good', () => {
    expect(describeChange(indicatorById('overdue'), delta(2, 1)).tone).toBe('bad');
    expect(describeChange(indicatorById('badReviewRate'), delta(-0.001, -0.5)).tone).toBe('good');
  });

  test('from nothing there is no ratio: the count itself is the change', () => {
    expect(describeChange(indicatorById('overdue'), { previous: 0, absolute: 3, relative: null })).toEqual({ movement: 'up', tone: 'bad', measure: 'absolute', value: 3 });
  });

  test('no comparison and changes too small to show', () => {
    expect(describeChange(indicatorById('accepted'), { previous: null, absolute: null, relative: null }).movement).toBe('none');
    expect(describeChange(indicatorById('onlineRate'), delta(0.00001, 0.00002)).movement).toBe('flat');
    expect(describeChange(indicatorById('overdue'), { previous: 0, absolute: 0, relative: null }).movement).toBe('flat');
  });
});

const OFFICES = TWO_COUNTIES;
const RECORDS: MonthlyRecord[] = [
  { officeId: 'c1-d', month: '2025-01', accepted: 300 },
  { officeId: 'c1-t', month: '2025-01', accepted: 90 },
  { officeId: 'c1-t-v', month: '2025-01', accepted: 10 },
  { officeId: 'c2-t', month: '2025-01', accepted: 100 },
  { officeId: 'c1-d', month: '2025-03', accepted: 320 },
];
const engine = buildEngineData(OFFICES, RECORDS);

test('volumeByKind: departments, townships with their villages, and the slices sum to the total', () => {
  const labels = { department: 'D', township: 'T', other: 'O' };
  const result = volumeByKind(engine, 'pref', { from: '2025-01', to: '2025-01' }, 500, labels);
  expect(result.slices).toEqual([
    { id: 'department', name: 'D', value: 300, share: 0.6 },
    { id: 'township', name: 'T', value: 200, share: 0.4 },
  ]);
  // A total the kinds do not cover shows as "other"; no total, no slices.
  expect(volumeByKind(engine, 'pref', { from: '2025-01', to: '2025-01' }, 520, labels).slices.at(-1)).toEqual({ id: 'other', name: 'O', value: 20, share: 20 / 520 });
  expect(volumeByKind(engine, 'pref', { from: '2025-01', to: '2025-01' }, null, labels).slices).toEqual([]);
});
