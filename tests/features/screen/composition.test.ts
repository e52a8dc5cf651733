import { describe, expect, test } from 'vitest';
import { monthPeriod } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { volumeComposition } from '../../../src/features/screen/composition';
import { generateDataset } from '../../../mocks/generator';
import { offices, record } from './fixtures';

describe('volumeComposition', () => {
  test('top departments, the others together, townships with their villages, and the rest of the total', () => {
    const records = [
      record('d1', '2025-03', 500, 0),
      record('d2', '2025-03', 300, 0),
      record('d3', '2025-03', 100, 0),
      record('t1', '2025-03', 60, 0),
      record('v1', '2025-03', 40, 0),
    ];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    const composition = volumeComposition(evaluation, 2);
    expect(composition.total).toBe(1000);
    expect(composition.slices.map((slice) => [slice.key, slice.value])).toEqual([
      ['d1', 500],
      ['d2', 300],
      ['otherDepartments', 100],
      ['townships', 100],
    ]);
    expect(composition.slices.map((slice) => slice.share)).toEqual([0.5, 0.3, 0.1, 0.1]);
    expect(composition.slices[0]).toMatchObject({ group: 'office', name: '公安局' });
  });

  test('an office that did not report is left out, not counted as 0; nobody reporting gives no slices', () => {
    const records = [record('d1', '2025-03', 500, 0), record('t1', '2025-03', 100, 0)];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    const keys = volumeComposition(evaluation).slices.map((slice) => slice.key);
    expect(keys).toEqual(['d1', 'townships']);
    const empty = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-01'), {});
    expect(volumeComposition(empty)).toEqual({ total: null, slices: [] });
  });

  test('on the demo county the slices add up to the total', () => {
    const data = generateDataset({ scenario: 'normal', endMonth: '2025-06' });
    const evaluation = evaluatePeriod(buildEngineData(data.offices, data.records), DEFAULT_SCHEME, monthPeriod('2025-05'), {});
    const composition = volumeComposition(evaluation);
    const sum = composition.slices.reduce((total, slice) => total + slice.value, 0);
    expect(sum).toBe(composition.total);
    expect(composition.slices.reduce((total, slice) => total + slice.share, 0)).toBeCloseTo(1, 10);
  });
});
