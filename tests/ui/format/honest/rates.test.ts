import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indicatorById } from '../../../../src/domain';
import { changeText, describeChange } from '../../../../src/ui/format/honest/changes';
import { displayedPointChange, indicatorText, isOverHundred, overHundredReason } from '../../../../src/ui/format/honest/rates';
import { rateSteps } from '../../../../src/ui/format/rateSteps';
import { delta, en, shownSteps, zh } from './words';

describe('rates as displayed and their change in 个百分点', () => {
  test('a rate rounds half away from zero on its decimal value', () => {
    expect(rateSteps(0.99967)).toBe(9997);
    expect(rateSteps(0.99965)).toBe(9997);
    expect(rateSteps(0.12345)).toBe(1235);
    expect(rateSteps(1)).toBe(10000);
    expect(rateSteps(0)).toBe(0);
    expect(zh.formatRate(0.99965)).toBe('99.97%');
  });

  test('the change is the difference of the rates as shown, not of the rates behind them', () => {
    // 99.974% shows as 99.97%, 99.955% as 99.96%: the change reads +0.01, though the exact one is +0.019.
    expect(displayedPointChange(0.99974, 0.99955)).toBeCloseTo(0.0001, 12);
    expect(zh.formatPointChange(displayedPointChange(0.99974, 0.99955))).toBe('+0.01个百分点');
    expect(displayedPointChange(0.5, null)).toBeNull();
  });

  test('property: shown(current) − shown(previous) = shown(change), always', () => {
    const rate = fc.oneof(
      fc.double({ min: 0, max: 1.5, noNaN: true }),
      // Near the rounding edges, where it matters: k/20000 is exactly half a step.
      fc.integer({ min: 0, max: 30000 }).map((k) => k / 20000),
      fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 })).map(([a, b]) => Math.min(a, b) / Math.max(a, b)),
    );
    fc.assert(
      fc.property(rate, rate, (current, previous) => {
        for (const words of [zh, en]) {
          const change = words.formatPointChange(displayedPointChange(current, previous));
          expect(shownSteps(change)).toBe(shownSteps(words.formatRate(current)) - shownSteps(words.formatRate(previous)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('property: the change the tiles and tables show reconciles with the two rates they show', () => {
    const id = indicatorById('goodReviewRate');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (current, previous) => {
        const view = describeChange(id, current, delta(previous, current));
        const text = changeText(id, view, zh);
        const shown = view.movement === 'flat' ? 0 : shownSteps(text);
        expect(shown).toBe(shownSteps(zh.formatRate(current)) - shownSteps(zh.formatRate(previous)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rates above 100%', () => {
  const completion = indicatorById('completionRate');

  test('never shown without the reason beside them', () => {
    expect(indicatorText(completion, 1.0235, zh)).toBe('102.35%（含以前月份受理的件）');
    expect(indicatorText(completion, 0.9969, zh)).toBe('99.69%');
    // 100.004% shows as 100.00%: nothing above 100% is shown, so there is nothing to explain.
    expect(isOverHundred(1.00004)).toBe(false);
    expect(indicatorText(completion, 1.00004, zh)).toBe('100.00%');
    expect(overHundredReason('completionRate', 1.2, zh)?.long).toContain('上月结转在办件数');
    expect(indicatorText(indicatorById('onlineRate'), 1.01, zh)).toBe('101.00%（分子大于分母）');
    expect(indicatorText(indicatorById('accepted'), 12345, zh)).toBe('12,345');
    // A count is never "above 100%", however large.
    expect(overHundredReason('accepted', 32917, zh)).toBeNull();
    expect(overHundredReason(indicatorById('overdue'), 2, zh)).toBeNull();
  });

  test('property: any rate text above 100% carries a reason', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), (value) => {
        const text = indicatorText(completion, value, zh);
        if (shownSteps(zh.formatRate(value)) > 10000) expect(text).toMatch(/%（.+）$/);
        else expect(text).toBe(zh.formatRate(value));
      }),
    );
  });
});
