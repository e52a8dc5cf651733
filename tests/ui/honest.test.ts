import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indicatorById, type Card } from '../../src/domain';
import type { Delta } from '../../src/engine';
import type { IndicatorScore } from '../../src/engine/evaluation-types';
import { conditionText } from '../../src/ui/format/cardRuleText';
import { createFormatters } from '../../src/ui/format/formatters';
import {
  cardCountText,
  cardCounts,
  cardRuleName,
  changeCellText,
  changeReason,
  changeText,
  countChange,
  dataIncompleteMark,
  describeChange,
  displayedPointChange,
  indicatorText,
  isOverHundred,
  overHundredReason,
  rankChangeView,
  rateSteps,
  scenarioName,
  schemeName,
  standingMark,
  throughMonthText,
  type Words,
} from '../../src/ui/format/honest';
import { createTranslate } from '../../src/ui/i18n/translate';

const zh: Words = { locale: 'zh-CN', t: createTranslate('zh-CN'), ...createFormatters('zh-CN') };
const en: Words = { locale: 'en', t: createTranslate('en'), ...createFormatters('en') };

const delta = (previous: number | null, current: number | null, gap?: 'cumulative'): Delta => ({
  previous,
  absolute: previous === null || current === null ? null : current - previous,
  relative: previous === null || current === null || previous === 0 ? null : (current - previous) / Math.abs(previous),
  ...(gap ? { gap } : {}),
});

/** The number a displayed rate or point change states, in hundredths of a per cent: "99.97%" → 9997. */
function shownSteps(text: string): number {
  const number = Number(text.replace(/,/g, '').replace(/%|个百分点| pp/g, ''));
  expect(Number.isFinite(number), text).toBe(true);
  return Math.round(number * 100);
}

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

  test('rank changes: 新进, moved only by others, up, down, unchanged, none', () => {
    const view = (input: Partial<Parameters<typeof rankChangeView>[0]>) =>
      rankChangeView({ rank: 3, previousRank: 3, rankChange: 0, rankMove: null, ...input }, zh);
    expect(view({ rankMove: 'new', previousRank: null, rankChange: null })).toMatchObject({ kind: 'new', text: '新进' });
    expect(view({ rankMove: 'others', previousRank: 5 })).toMatchObject({ kind: 'others', text: '名次因他单位变动' });
    expect(view({ rankMove: 'others', previousRank: 5 }).hint).toContain('由第 5 名变为第 3 名');
    expect(view({ previousRank: 6, rankChange: 3 })).toMatchObject({ kind: 'up', text: '↑3', hint: '上升 3 位' });
    expect(view({ previousRank: 2, rankChange: -1 })).toMatchObject({ kind: 'down', text: '↓1' });
    expect(view({})).toMatchObject({ kind: 'same', text: '—', hint: '名次不变' });
    expect(view({ rank: null })).toMatchObject({ kind: 'unranked', text: '—' });
    expect(view({ previousRank: null, rankChange: null })).toMatchObject({ kind: 'none', text: '—', hint: '无上期排名可比' });
    expect(view({ gap: true })).toMatchObject({ kind: 'gap', hint: expect.stringContaining('累计数不作环比') });
  });
});

describe('cards, rules, schemes, scenarios', () => {
  const card = (officeId: string, level: Card['level']) => ({ officeId, level });

  test('how many offices carry a red card, then how many cards', () => {
    const counts = cardCounts([card('a', 'red'), card('a', 'red'), card('b', 'red'), card('c', 'red'), card('a', 'yellow')]);
    expect(counts).toEqual({ red: { offices: 3, cards: 4 }, yellow: { offices: 1, cards: 1 }, offices: 3 });
    expect(`红牌 ${cardCountText(counts.red, zh)}`).toBe('红牌 3 个单位（4 张）');
    expect(cardCountText({ offices: 1200, cards: 1500 }, zh)).toBe('1,200 个单位（1,500 张）');
  });

  test('a built-in rule by its Chinese name, a staff-made one by its message, never an id', () => {
    const condition = (rule: Pick<Card, 'subject' | 'comparison' | 'threshold'>) => conditionText(rule, zh);
    const rule = (ruleId: string, subject: string, message = '') => ({ ruleId, subject, message, comparison: 'gt' as const, threshold: 0 });
    expect(cardRuleName(rule('overdue', 'overdue', '有超期办结事项'), zh, condition)).toBe('超期办结');
    expect(cardRuleName(rule('near-deadline', 'nearDeadline'), zh, condition)).toBe('临期预警');
    // Same id, but the staff made it watch something else: its message, not the built-in name.
    expect(cardRuleName(rule('overdue', 'badReviews', '差评过多'), zh, condition)).toBe('差评过多');
    expect(cardRuleName(rule('my-rule-1', 'overdue', '  超期件要通报 '), zh, condition)).toBe('超期件要通报');
    expect(cardRuleName(rule('my-rule-2', 'overdue'), zh, condition)).toBe('超期办结件数 > 0');
  });

  test('schemes by name, the built-in one as 默认考核方案', () => {
    expect(schemeName({ id: 'default-2025', name: '政务服务绩效考核方案（默认）' }, zh)).toBe('默认考核方案');
    expect(schemeName({ id: 'qinglan-2026', name: '青岚县2026年考核方案' }, zh)).toBe('青岚县2026年考核方案');
    expect(schemeName({ id: 'x', name: ' ' }, zh)).toBe('未命名方案');
  });

  test('demo scenarios in Chinese', () => {
    expect(['normal', 'large', 'hostile', 'slow', 'error', 'outage', undefined, 'other'].map((name) => scenarioName(name, zh))).toEqual([
      '示范县',
      '示范市',
      '异常数据',
      '慢速接口',
      '接口报错',
      '间歇中断',
      '示范县',
      '其他演示场景',
    ]);
  });

  test('a period in progress says where it stops', () => {
    expect(throughMonthText('2026-11', '2026-12', zh)).toBe('11月');
    expect(throughMonthText('2025-11', '2026-01', zh)).toBe('2025年11月');
  });
});
