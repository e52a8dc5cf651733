import { describe, expect, test } from 'vitest';
import { createFormatters, NO_VALUE } from '../../../src/ui/format/formatters';
import { indicatorById } from '../../../src/domain';

const zh = createFormatters('zh-CN');
const en = createFormatters('en');

describe('formatters', () => {
  test('counts carry thousands separators', () => {
    expect(zh.formatCount(3564389)).toBe('3,564,389');
    expect(en.formatCount(12345)).toBe('12,345');
  });

  test('rates show two decimals as a percentage', () => {
    expect(zh.formatRate(0.99967)).toBe('99.97%');
    expect(zh.formatRate(0.8567)).toBe('85.67%');
    expect(zh.formatRate(1)).toBe('100.00%');
  });

  test('no value is a dash, never NaN, Infinity or undefined', () => {
    for (const value of [null, undefined, Number.NaN, Infinity, -Infinity]) {
      expect(zh.formatCount(value)).toBe(NO_VALUE);
      expect(zh.formatRate(value)).toBe(NO_VALUE);
      expect(zh.formatRelativeChange(value)).toBe(NO_VALUE);
      expect(zh.formatScore(value)).toBe(NO_VALUE);
    }
  });

  test('changes are signed; zero is unsigned', () => {
    expect(zh.formatRelativeChange(0.032)).toBe('+3.20%');
    expect(zh.formatRelativeChange(-0.0151)).toBe('-1.51%');
    expect(zh.formatRelativeChange(0)).toBe('0.00%');
    expect(zh.formatPointChange(0.0005)).toBe('+0.05个百分点');
    expect(en.formatPointChange(-0.0005)).toBe('-0.05 pp');
    expect(zh.formatCountChange(1200)).toBe('+1,200');
  });

  test('indicator values follow the unit', () => {
    expect(zh.formatIndicator(indicatorById('onlineRate'), 0.85671)).toBe('85.67%');
    expect(zh.formatIndicator(indicatorById('accepted'), 12345)).toBe('12,345');
  });

  test('months read naturally in each language', () => {
    expect(zh.formatMonth('2025-03')).toBe('2025年3月');
    expect(en.formatMonth('2025-03')).toBe('Mar 2025');
  });
});
