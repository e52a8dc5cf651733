import { expect, test } from 'vitest';
import type { MonthlyRecord } from '../../../src/domain';
import { buildEngineData } from '../../../src/engine';
import { volumeByKind } from '../../../src/features/overview/compositionData';
import { TWO_COUNTIES } from '../../fixtures/two-counties';

// How a change reads (describeChange) moved to src/ui/format/honest.ts: tests/ui/honest.test.ts.

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
  expect(volumeByKind(engine, 'pref', { from: '2025-01', to: '2025-01' }, 520, labels).slices.at(-1)).toEqual({
    id: 'other',
    name: 'O',
    value: 20,
    share: 20 / 520,
  });
  expect(volumeByKind(engine, 'pref', { from: '2025-01', to: '2025-01' }, null, labels).slices).toEqual([]);
});
