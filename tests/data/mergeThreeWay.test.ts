import { describe, expect, test } from 'vitest';
import { mergeThreeWay } from '../../src/data/mergeThreeWay';

const base = {
  name: '2025年考核方案',
  indicators: [
    { indicatorId: 'completionRate', weight: 50, appliesTo: ['department'] },
    { indicatorId: 'goodReviewRate', weight: 50, appliesTo: ['department'] },
  ],
  rules: { missingData: 'zero', talkAfterMonths: 2 },
};

describe('a three-way merge, field by field', () => {
  test('each side keeps what only it changed', () => {
    const mine = { ...base, name: '2025年考核方案（修订）' };
    const theirs = { ...base, rules: { ...base.rules, talkAfterMonths: 3 } };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({
      value: { ...base, name: '2025年考核方案（修订）', rules: { missingData: 'zero', talkAfterMonths: 3 } },
      conflicts: [],
    });
  });

  test('items with ids merge one by one: an edit, an addition and a removal on either side', () => {
    const mine = {
      ...base,
      indicators: [{ ...base.indicators[0]!, weight: 60 }, base.indicators[1]!, { indicatorId: 'onlineRate', weight: 10, appliesTo: ['township'] }],
    };
    const theirs = { ...base, indicators: [base.indicators[0]!] };
    const { value, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect((value as typeof base).indicators).toEqual([
      { ...base.indicators[0]!, weight: 60 },
      { indicatorId: 'onlineRate', weight: 10, appliesTo: ['township'] },
    ]);
  });

  test('the same field changed two ways is a conflict, named by its path', () => {
    const mine = { ...base, indicators: [{ ...base.indicators[0]!, weight: 60 }, base.indicators[1]!] };
    const theirs = { ...base, indicators: [{ ...base.indicators[0]!, weight: 40 }, base.indicators[1]!] };
    expect(mergeThreeWay(base, mine, theirs).conflicts).toEqual([['indicators', 'completionRate', 'weight']]);
    // A removal against an edit is one too.
    const removed = { ...base, indicators: [base.indicators[1]!] };
    expect(mergeThreeWay(base, removed, theirs).conflicts).toEqual([['indicators', 'completionRate']]);
  });

  test('a key named __proto__ stays a plain field', () => {
    const mine = JSON.parse('{"a":1,"__proto__":{"polluted":true}}');
    const { value } = mergeThreeWay({ a: 0 }, mine, { a: 0, b: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
