import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { valueAxisExtent, percentAxisLabel } from '../../../src/charts/options/axis';

describe('valueAxisExtent', () => {
  test('a rate axis starts just below the data, so 0.01 percentage point is visible', () => {
    const extent = valueAxisExtent([0.9991, 0.9997, null, 0.9994], 'rate');
    expect(extent.min).toBeGreaterThan(0.99);
    expect(extent.min).toBeLessThan(0.9991);
    expect(extent.max).toBe(1);
    // The two bars differ by a visible share of the axis, not by 0.06% of it.
    const span = extent.max! - extent.min;
    expect((0.9997 - 0.9991) / span).toBeGreaterThan(0.2);
  });

  test('a count axis starts at 0 and leaves the top to ECharts', () => {
    expect(valueAxisExtent([1200, 3400], 'count')).toEqual({ min: 0, max: undefined });
  });

  test('no values: a plain axis from 0', () => {
    expect(valueAxisExtent([null, undefined, NaN, Infinity], 'rate')).toEqual({ min: 0, max: undefined });
  });

  test('a rate above 100% (completed more than accepted) stays on the axis', () => {
    const extent = valueAxisExtent([0.98, 1.03], 'rate');
    expect(extent.max!).toBeGreaterThanOrEqual(1.03);
    expect(extent.min).toBeLessThan(0.98);
  });

  test('a single value still gets a range around it', () => {
    const extent = valueAxisExtent([1], 'rate');
    expect(extent.min).toBeLessThan(1);
    expect(extent.max).toBe(1);
  });

  test('ticks fall on round values: min and max are whole steps of the interval', () => {
    const { min, max, interval } = valueAxisExtent([0.6612, 0.6698, 0.6431], 'rate');
    expect(interval).toBe(0.01);
    expect(min).toBe(0.63);
    expect(max).toBe(0.67);
  });

  test('property: every rate lies inside the axis, the axis stays within [0, max(1, data)], ticks are round', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1.2, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        const { min, max, interval } = valueAxisExtent(values, 'rate');
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        expect(min).toBeGreaterThanOrEqual(0);
        expect(min).toBeLessThanOrEqual(lo);
        expect(max!).toBeGreaterThanOrEqual(hi);
        expect(max!).toBeLessThanOrEqual(Math.max(1, hi) + 0.5);
        // A tick label with two decimals of a percentage shows every tick exactly.
        expect(Math.abs(min * 10_000 - Math.round(min * 10_000))).toBeLessThan(1e-6);
        expect(Math.abs(interval! * 10_000 - Math.round(interval! * 10_000))).toBeLessThan(1e-6);
        const ticks = (max! - min) / interval!;
        expect(ticks).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(ticks).toBeLessThanOrEqual(12);
        // The lowest value is not on the axis floor: its bar has a visible length.
        if (min > 0) expect(lo - min).toBeGreaterThanOrEqual(interval! / 2 - 1e-9);
      }),
    );
  });
});

test('percentAxisLabel shows a fraction as a percentage with two decimals', () => {
  expect(percentAxisLabel(0.99967)).toBe('99.97%');
  expect(percentAxisLabel(1)).toBe('100.00%');
  expect(percentAxisLabel(0.5)).toBe('50.00%');
});
