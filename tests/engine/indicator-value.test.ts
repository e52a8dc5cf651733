import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS, indicatorById } from '../../src/domain';
import { compositeScore, delta, deltas, indicatorDeltas, indicatorScore, indicatorValue, indicatorValues } from '../../src/engine';
import { deltasAt, plainDeltas } from '../../src/engine/deltas';

describe('indicatorValue', () => {
  it('computes a ratio from counts and gives no value for a zero denominator or an absent field', () => {
    expect(indicatorValue('onTimeRate', { completed: 400, completedOnTime: 399 })).toBe(399 / 400);
    expect(indicatorValue('onTimeRate', { completed: 0, completedOnTime: 0 })).toBeNull();
    expect(indicatorValue('onTimeRate', { completed: 10 })).toBeNull();
    expect(indicatorValue(indicatorById('onTimeRate'), { completedOnTime: 10 })).toBeNull();
  });

  it('lets a completion rate pass 100% (items accepted earlier complete this month)', () => {
    expect(indicatorValue('completionRate', { accepted: 100, completed: 120 })).toBe(1.2);
  });

  it('counts are indicators too; an absent count is no value, 0 is 0', () => {
    expect(indicatorValue('overdue', { overdue: 0 })).toBe(0);
    expect(indicatorValue('overdue', {})).toBeNull();
  });

  it('takes a difference only when both sides are there', () => {
    expect(indicatorValue('badReviewsUnrectified', { badReviews: 5, badReviewsRectified: 3 })).toBe(2);
    expect(indicatorValue('badReviewsUnrectified', { badReviews: 5 })).toBeNull();
  });

  it('computes every indicator at once', () => {
    const values = indicatorValues({ reviews: 200, goodReviews: 199, badReviews: 1, badReviewsRectified: 1 });
    expect(values.goodReviewRate).toBe(0.995);
    expect(values.rectificationRate).toBe(1);
    expect(values.accepted).toBeNull();
    expect(values.hotlineSatisfactionRate).toBeNull();
  });
});

describe('scores', () => {
  it('is 0 at the floor, 100 at the target, linear between, clamped outside', () => {
    expect(indicatorScore(0.99, 0.99, 1)).toBe(0);
    expect(indicatorScore(1, 0.99, 1)).toBe(100);
    expect(indicatorScore(0.995, 0.99, 1)).toBeCloseTo(50, 9);
    expect(indicatorScore(0.5, 0.99, 1)).toBe(0);
    expect(indicatorScore(1.2, 0.95, 1)).toBe(100);
  });

  it('works for lower-is-better indicators (floor above target)', () => {
    expect(indicatorScore(0, 4, 0)).toBe(100);
    expect(indicatorScore(1, 4, 0)).toBe(75);
    expect(indicatorScore(9, 4, 0)).toBe(0);
  });

  it('leaves indicators without a value out of the composite instead of counting them as 0', () => {
    expect(compositeScore([{ score: 80, weight: 30 }, { score: null, weight: 70 }])).toBe(80);
    expect(compositeScore([{ score: 80, weight: 30 }, { score: 40, weight: 10 }])).toBe(70);
    expect(compositeScore([{ score: null, weight: 30 }])).toBeNull();
    expect(compositeScore([])).toBeNull();
  });
});

describe('deltas', () => {
  it('gives absolute and relative change, null when a side is missing, relative null from 0', () => {
    expect(delta(120, 100)).toEqual({ previous: 100, absolute: 20, relative: 0.2 });
    expect(delta(80, 100)).toEqual({ previous: 100, absolute: -20, relative: -0.2 });
    expect(delta(5, 0)).toEqual({ previous: 0, absolute: 5, relative: null });
    expect(delta(null, 3)).toEqual({ previous: 3, absolute: null, relative: null });
    expect(delta(3, null)).toEqual({ previous: null, absolute: null, relative: null });
  });

  it('covers every indicator', () => {
    const result = deltas({ accepted: 110, onTimeRate: 0.99 }, { accepted: 100, onTimeRate: 0.98 });
    expect(result.accepted!.relative).toBeCloseTo(0.1, 12);
    expect(result.onTimeRate!.absolute).toBeCloseTo(0.01, 12);
    expect(result.hotlineTickets).toEqual({ previous: null, absolute: null, relative: null });
    expect(Object.keys(result).sort()).toEqual([...INDICATOR_IDS].sort());
  });
});

describe('deltasAt (the engine\'s fast path)', () => {
  it('agrees with indicatorDeltas, NaN standing for no value', () => {
    const current = indicatorValues({ accepted: 120, completed: 0, completedOnTime: 0, reviews: 10, goodReviews: 9 });
    const previous = indicatorValues({ accepted: 100, completed: 5, completedOnTime: 5, reviews: 0, goodReviews: 0 });
    const yearAgo = indicatorValues({ accepted: 0 });
    // The three rows one after another, as the engine stores them, at an offset inside a larger block.
    const rows = Float64Array.from([NaN, ...[current, previous, yearAgo].flatMap((values) => INDICATOR_IDS.map((id) => values[id] ?? Number.NaN))]);
    expect(plainDeltas(deltasAt(rows, 1))).toEqual(indicatorDeltas(current, previous, yearAgo));
  });
});
