import { describe, expect, test } from 'vitest';
import { monthPeriod } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { volumeSplit } from '../../../src/features/screen/volume';
import { generateDataset } from '../../../mocks/generator';
import { offices, record } from './fixtures';

describe('volumeSplit', () => {
  test('the busiest units one by one, townships with their villages, everyone else summed', () => {
    const records = [
      record('d1', '2025-03', 500, 0),
      record('d2', '2025-03', 300, 0),
      record('d3', '2025-03', 100, 0),
      record('t1', '2025-03', 60, 0),
      record('v1', '2025-03', 40, 0),
    ];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    const split = volumeSplit(evaluation, 2);
    expect(split.total).toBe(1000);
    expect(split.top).toEqual([
      { officeId: 'd1', value: 500 },
      { officeId: 'd2', value: 300 },
    ]);
    // d3 (100) and the township with its village (60 + 40).
    expect(split.rest).toEqual({ units: 2, value: 200 });
    expect(volumeSplit(evaluation, 10).rest).toBeNull();
  });

  test('an office that did not report is left out, not counted as 0; nobody reporting gives no bars', () => {
    const records = [record('d1', '2025-03', 500, 0), record('t1', '2025-03', 100, 0)];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    expect(volumeSplit(evaluation).top.map((unit) => unit.officeId)).toEqual(['d1', 't1']);
    const empty = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-01'), {});
    expect(volumeSplit(empty)).toEqual({ total: null, top: [], rest: null });
  });

  test('on the demo county and the prefecture the bars add up to the total: at a prefecture they are its counties and its own departments', () => {
    for (const scenario of ['normal', 'large'] as const) {
      const data = generateDataset({ scenario, endMonth: '2025-06', months: 3 });
      const evaluation = evaluatePeriod(buildEngineData(data.offices, data.records), DEFAULT_SCHEME, monthPeriod('2025-05'), {});
      const split = volumeSplit(evaluation, 8);
      expect(split.top).toHaveLength(8);
      const sum = split.top.reduce((total, unit) => total + unit.value, 0) + (split.rest?.value ?? 0);
      expect(sum).toBe(split.total);
      for (let i = 1; i < split.top.length; i++) expect(split.top[i]!.value).toBeLessThanOrEqual(split.top[i - 1]!.value);
      if (scenario === 'large') {
        const kinds = new Set(split.top.map((unit) => evaluation.office(unit.officeId)!.kind));
        expect(kinds.has('region')).toBe(true);
        // 13 counties and ~25 departments: 30 or so summed in one bar, never 38 slivers.
        expect(split.rest!.units).toBeGreaterThan(20);
      }
    }
  });
});
