import { describe, expect, it } from 'vitest';
import { indicatorById } from '../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, delta, deltas, indicatorScore, indicatorValue, indicatorValues } from '../../src/engine';
import { deltasAt, plainDeltas } from '../../src/engine/deltas';
import { schemeLayout } from '../../src/engine/layout/schemeLayout';

describe('indicatorValue', () => {
  it('computes a ratio from counts and gives no value for a zero denominator or an absent field', () => {
    expect(indicatorValue('onTimeRate', { completed: 400, completedOnTime: 399 })).toBe(399 / 400);
    expect(indicatorValue('onTimeRate', { completed: 0, completedOnTime: 0 })).toBeNull();
    expect(indicatorValue('onTimeRate', { completed: 10 })).toBeNull();
    expect(indicatorValue(indicatorById('onTimeRate'), { completedOnTime: 10 })).toBeNull();
  });

  it('lets a completion rate pass 100% without the carry-over (items accepted earlier complete this month), and counts it when sent', () => {
    expect(indicatorValue('completionRate', { accepted: 100, completed: 120 })).toBe(1.2);
    // 应办结 = 受理 + 上月结转: 120 of 100 + 30
    expect(indicatorValue('completionRate', { accepted: 100, carriedOver: 30, completed: 120 })).toBe(120 / 130);
  });

  it('takes 好评 and 差评 from the five levels when a record sent them (基本满意 is good)', () => {
    const levels = { reviewsVerySatisfied: 30, reviewsSatisfied: 8, reviewsBasicallySatisfied: 1, reviewsDissatisfied: 1, reviewsVeryDissatisfied: 0 };
    expect(indicatorValue('goodReviewRate', { reviews: 40, ...levels })).toBe(39 / 40);
    // The levels win over stated good reviews that disagree (the quality report notes it).
    expect(indicatorValue('goodReviewRate', { reviews: 40, goodReviews: 38, ...levels })).toBe(39 / 40);
    expect(indicatorValue('badReviews', { reviews: 40, ...levels })).toBe(1);
  });

  it('puts the hotline on-time rate over the tickets closed when the source sends them', () => {
    expect(indicatorValue('hotlineOnTimeRate', { hotlineTickets: 20, hotlineCompleted: 16, hotlineOnTime: 16 })).toBe(1);
    expect(indicatorValue('hotlineOnTimeRate', { hotlineTickets: 20, hotlineOnTime: 16 })).toBe(0.8);
    expect(indicatorValue('hotlineCompletionRate', { hotlineTickets: 20, hotlineCompleted: 16 })).toBe(0.8);
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
});

describe('deltas', () => {
  it('gives absolute and relative change, null when a side is missing, relative null from 0', () => {
    expect(delta(120, 100)).toEqual({ previous: 100, absolute: 20, relative: 0.2 });
    expect(delta(80, 100)).toEqual({ previous: 100, absolute: -20, relative: -0.2 });
    expect(delta(5, 0)).toEqual({ previous: 0, absolute: 5, relative: null });
    expect(delta(null, 3)).toEqual({ previous: 3, absolute: null, relative: null });
    expect(delta(3, null)).toEqual({ previous: null, absolute: null, relative: null });
  });

  it('covers every indicator of the current values', () => {
    const result = deltas({ accepted: 110, onTimeRate: 0.99, hotlineTickets: null }, { accepted: 100, onTimeRate: 0.98 });
    expect(result.accepted!.relative).toBeCloseTo(0.1, 12);
    expect(result.onTimeRate!.absolute).toBeCloseTo(0.01, 12);
    expect(result.hotlineTickets).toEqual({ previous: null, absolute: null, relative: null });
    expect(Object.keys(result).sort()).toEqual(['accepted', 'hotlineTickets', 'onTimeRate']);
  });
});

describe("deltasAt (the engine's fast path)", () => {
  const layout = schemeLayout(buildEngineData([{ id: 'R', name: '县', kind: 'region', parentId: null }], []), DEFAULT_SCHEME);
  const current = indicatorValues({ accepted: 120, completed: 0, completedOnTime: 0, reviews: 10, goodReviews: 9 });
  const previous = indicatorValues({ accepted: 100, completed: 5, completedOnTime: 5, reviews: 0, goodReviews: 0 });
  const yearAgo = indicatorValues({ accepted: 0 });
  // The three rows one after another, as the engine stores them, at an offset inside a larger block.
  const rows = Float64Array.from([NaN, ...[current, previous, yearAgo].flatMap((values) => layout.ids.map((id) => values[id] ?? Number.NaN))]);

  it('agrees with delta() per indicator, NaN standing for no value', () => {
    const expected = Object.fromEntries(layout.ids.map((id) => [id, { mom: delta(current[id]!, previous[id]!), yoy: delta(current[id]!, yearAgo[id]!) }]));
    expect(plainDeltas(deltasAt(layout, rows, 1, false))).toEqual(expected);
  });

  it('gives a year-to-date no 环比, with the reason, and still its 同比', () => {
    const view = deltasAt(layout, rows, 1, true);
    expect(view.accepted!.mom).toEqual({ previous: null, absolute: null, relative: null, gap: 'cumulative' });
    expect(view.accepted!.yoy).toEqual(delta(120, 0));
  });
});
