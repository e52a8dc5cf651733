import { describe, expect, test } from 'vitest';
import { indicatorById } from '../../../../src/domain';
import type { IndicatorScore } from '../../../../src/engine/evaluationTypes';
import { dataIncompleteMark, standingMark } from '../../../../src/ui/format/honest/standing';
import { zh } from './words';

describe('where an office stands', () => {
  const detail = (status: IndicatorScore['status'], extra: Partial<IndicatorScore> = {}): IndicatorScore => ({
    indicatorId: 'goodReviewRate',
    status,
    value: null,
    score: null,
    weight: 15,
    points: null,
    lost: null,
    missingFields: [],
    denominator: null,
    minDenominator: 20,
    ...extra,
  });

  test('样本不足 names the denominator and the minimum', () => {
    const mark = standingMark(detail('small-sample', { denominator: 12 }), indicatorById('goodReviewRate'), zh);
    expect(mark).toEqual({ label: '样本不足', hint: '评价数仅 12，低于最低 20：不计分，不亮牌' });
    // A denominator of several terms is just 分母.
    expect(standingMark(detail('small-sample', { denominator: 3, minDenominator: 10 }), indicatorById('completionRate'), zh)?.hint).toBe(
      '分母仅 3，低于最低 10：不计分，不亮牌',
    );
  });

  test('数据不全 with the fields that were not reported, in Chinese', () => {
    const office = {
      dataIncomplete: true,
      scoreDetails: [
        detail('missing', { missingFields: ['goodReviews', 'reviews'], score: 0, points: 0 }),
        detail('missing', { indicatorId: 'completionRate', missingFields: ['carriedOver', 'reviews'], score: 0, points: 0 }),
        detail('scored', { value: 1, score: 100 }),
      ],
    };
    expect(dataIncompleteMark(office, zh)).toEqual({
      label: '数据不全',
      hint: '未报送好评数、评价数、上月结转在办件数。缺项指标按0分计，不因缺报而占优。',
    });
    expect(dataIncompleteMark({ dataIncomplete: false, scoreDetails: [] }, zh)).toBeNull();
    expect(standingMark(detail('missing', { missingFields: ['hotlineCompleted'] }), undefined, zh)).toEqual({ label: '数据不全', hint: '未报送热线办结数' });
    expect(standingMark(detail('scored'), undefined, zh)).toBeNull();
  });
});
