import { expect, test } from 'vitest';
import { indicatorById } from '../../../src/domain';
import { indicatorName } from '../../../src/ui/naming/indicatorName';

test('an indicator by its name in the reader’s language, from its id or from the registry entry', () => {
  expect(indicatorName('goodReviewRate', 'zh-CN')).toBe('好评率');
  expect(indicatorName('goodReviewRate', 'en')).toBe('Good review rate');
  expect(indicatorName(indicatorById('hotlineTickets'), 'zh-CN')).toBe('热线工单数');
  expect(indicatorName(indicatorById('hotlineTickets'), 'en')).toBe('Hotline tickets');
});
