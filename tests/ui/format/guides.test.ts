import { describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../src/engine';
import { rateGuides } from '../../../src/ui/format/guides';
import { createFormatters } from '../../../src/ui/format/formatters';
import { createTranslate } from '../../../src/ui/i18n/translate';
import { LIGHT } from '../../../src/ui/theme/tokens';

const words = { t: createTranslate('zh-CN'), ...createFormatters('zh-CN') };

describe('rateGuides: what a rate is held to, for its trend', () => {
  test('the default scheme: 好评率 has its target and the yellow card’s warning line', () => {
    expect(rateGuides(DEFAULT_SCHEME, 'goodReviewRate', 'department', words, LIGHT)).toEqual([
      { value: 1, label: '目标 100.00%', color: LIGHT.good },
      { value: 0.99, label: '预警线 99.00%', color: LIGHT.yellow },
    ]);
    expect(rateGuides(DEFAULT_SCHEME, 'onlineRate', 'department', words, LIGHT)).toEqual([{ value: 0.9, label: '目标 90.00%', color: LIGHT.good }]);
  });

  test('a red-line rule is drawn red; counts and indicators the scheme ignores have none', () => {
    const scheme = {
      ...DEFAULT_SCHEME,
      cardRules: [
        ...DEFAULT_SCHEME.cardRules,
        {
          id: 'x',
          subject: 'goodReviewRate',
          comparison: 'lt' as const,
          threshold: 0.98,
          level: 'red' as const,
          message: '',
          appliesTo: ['department' as const],
        },
      ],
    };
    expect(rateGuides(scheme, 'goodReviewRate', 'department', words, LIGHT).at(-1)).toEqual({ value: 0.98, label: '红线 98.00%', color: LIGHT.red });
    expect(rateGuides(DEFAULT_SCHEME, 'disclosures', 'department', words, LIGHT)).toEqual([]);
    expect(rateGuides({ ...DEFAULT_SCHEME, indicators: [], cardRules: [] }, 'goodReviewRate', 'department', words, LIGHT)).toEqual([]);
  });
});
