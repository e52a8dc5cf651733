import { expect, test } from 'vitest';
import { throughMonthText } from '../../../../src/ui/format/honest/periodInProgress';
import { zh } from './words';

test('a period in progress says where it stops', () => {
  expect(throughMonthText('2026-11', '2026-12', zh)).toBe('11月');
  expect(throughMonthText('2025-11', '2026-01', zh)).toBe('2025年11月');
});
