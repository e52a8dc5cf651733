import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indicatorById } from '../../../../src/domain';
import { changeCellText, changeReason, changeText, countChange, describeChange } from '../../../../src/ui/format/honest/changes';
import { delta, en, zh } from './words';

describe('changes of counts', () => {
  test('relative from a base of 10 on, absolute with the unit under it', () => {
    expect(countChange(1032, 1000)).toEqual({ measure: 'relative', value: 0.032 });
    expect(countChange(22, 1)).toEqual({ measure: 'absolute', value: 21 });
    expect(countChange(3, 0)).toEqual({ measure: 'absolute', value: 3 });
    expect(countChange(19, 10)).toEqual({ measure: 'relative', value: 0.9 });
    expect(countChange(5, null)).toBeNull();
  });

  test('never +2,100.00%: +21件, +2条, with the unit of the indicator', () => {
    const accepted = indicatorById('accepted');
    expect(changeText(accepted, describeChange(accepted, 22, delta(1, 22)), zh)).toBe('+21件');
    expect(changeText(accepted, describeChange(accepted, 1032, delta(1000, 1032)), zh)).toBe('+3.20%');
    const reviews = indicatorById('badReviews');
    expect(changeText(reviews, describeChange(reviews, 3, delta(1, 3)), zh)).toBe('+2条');
    const disclosures = indicatorById('disclosures');
    expect(changeText(disclosures, describeChange(disclosures, 0, delta(4, 0)), zh)).toBe('-4条');
    expect(changeText(accepted, describeChange(accepted, 12100, delta(10000, 12100)), zh)).toBe('+21.00%');
    expect(changeReason(describeChange(accepted, 22, delta(1, 22)), zh)).toBe('上期基数不足 10，按件数变化显示');
    expect(changeText(accepted, describeChange(accepted, 22, delta(1, 22)), en)).toBe('+21 items');
  });

  test('property: a count never shows a percentage change on a base under 10', () => {
    const accepted = indicatorById('accepted');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 1_000_000 }), (previous, current) => {
        const text = changeText(accepted, describeChange(accepted, current, delta(previous, current)), zh);
        expect(text).not.toContain('%');
        expect(text).toBe(current === previous ? '0件' : `${current > previous ? '+' : '-'}${zh.formatCount(Math.abs(current - previous))}件`);
      }),
    );
  });

  test('good and bad news by the direction of the indicator; too small to show is flat', () => {
    expect(describeChange(indicatorById('overdue'), 30, delta(20, 30)).tone).toBe('bad');
    expect(describeChange(indicatorById('badReviewRate'), 0.001, delta(0.002, 0.001)).tone).toBe('good');
    expect(describeChange(indicatorById('onlineRate'), 0.85671, delta(0.85668, 0.85671)).movement).toBe('flat');
    expect(describeChange(indicatorById('accepted'), 100001, delta(100000, 100001)).movement).toBe('flat');
    expect(describeChange(indicatorById('overdue'), 0, delta(0, 0)).movement).toBe('flat');
  });
});

describe('no comparison', () => {
  const accepted = indicatorById('accepted');

  test('a missing side is no comparable figure, shown as —', () => {
    const view = describeChange(accepted, 100, delta(null, 100));
    expect(view.movement).toBe('none');
    expect(changeText(accepted, view, zh)).toBe('—');
    expect(changeReason(view, zh)).toBe('无可比数据');
  });

  test('a year-to-date has no 环比: — with 累计数不作环比', () => {
    const view = describeChange(accepted, 100, { previous: null, absolute: null, relative: null, gap: 'cumulative' });
    expect(view.movement).toBe('gap');
    expect(changeText(accepted, view, zh)).toBe('—');
    expect(changeReason(view, zh)).toBe('累计数不作环比');
    expect(changeCellText(accepted, 100, { previous: null, absolute: null, relative: null, gap: 'cumulative' }, zh)).toBe('—（累计数不作环比）');
  });
});
