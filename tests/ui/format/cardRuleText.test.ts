import { describe, expect, test } from 'vitest';
import { createFormatters } from '../../../src/ui/format/formatters';
import { actualText, conditionText } from '../../../src/ui/format/cardRuleText';

const zh = createFormatters('zh-CN');

describe('a card’s number against its line', () => {
  test('in the unit of the indicator it watches', () => {
    expect(conditionText({ subject: 'onTimeRate', comparison: 'lt', threshold: 0.995 }, zh)).toBe('< 99.50%');
    expect(conditionText({ subject: 'overdue', comparison: 'gt', threshold: 0 }, zh)).toBe('> 0');
    expect(conditionText({ subject: 'disclosures', comparison: 'lte', threshold: 1500 }, zh)).toBe('≤ 1,500');
    expect(actualText({ subject: 'overdue', actual: 3, threshold: 0 }, zh)).toBe('3');
    expect(actualText({ subject: 'onTimeRate', actual: 0.99462, threshold: 0.995 }, zh)).toBe('99.46%');
  });

  test('a rate that rounds to its line gets the decimals that tell them apart', () => {
    expect(actualText({ subject: 'goodReviewRate', actual: 0.99797, threshold: 0.998 }, zh)).toBe('99.797%');
    expect(actualText({ subject: 'goodReviewRate', actual: 0.9979996, threshold: 0.998 }, zh)).toBe('99.79996%');
    expect(actualText({ subject: 'goodReviewRate', actual: 0.998, threshold: 0.998 }, zh)).toBe('99.80%');
  });
});
