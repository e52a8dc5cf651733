import { describe, expect, test } from 'vitest';
import { cellCount, cellKind, cellMonth, cellText } from '../../../src/adapters/file/cells';

describe('cells', () => {
  test('text is trimmed (also full-width spaces); an empty cell is not given', () => {
    expect(cellText('  D01\u3000')).toBe('D01');
    expect(cellText('   ')).toBeNull();
    expect(cellText(null)).toBeNull();
    expect(cellText(undefined)).toBeNull();
    expect(cellText(101)).toBe('101');
  });

  test('counts: digits and thousands separators become numbers, empty is null, anything else is left for validation', () => {
    expect(cellCount('1200')).toBe(1200);
    expect(cellCount(' 1,234,567 ')).toBe(1234567);
    expect(cellCount('0')).toBe(0);
    expect(cellCount('')).toBeNull();
    expect(cellCount(null)).toBeNull();
    expect(cellCount(17)).toBe(17);
    // Validation reports these; they are never guessed into numbers.
    expect(cellCount('-3')).toBe(-3);
    expect(cellCount('2.5')).toBe(2.5);
    expect(cellCount('NaN')).toBe('NaN');
    expect(cellCount('Infinity')).toBe('Infinity');
    expect(cellCount('12件')).toBe('12件');
    expect(cellCount('1,23')).toBe('1,23');
    expect(cellCount(true)).toBe(true);
  });

  test('months in the forms people type become YYYY-MM; impossible ones are passed on as written', () => {
    for (const form of ['2025-03', '2025-3', '2025/3', '2025.03', '2025年3月', '２０２５年３月', '202503', '2025-03-01', '2025/3/15']) {
      expect(cellMonth(form), form).toBe('2025-03');
    }
    expect(cellMonth(202512)).toBe('2025-12');
    expect(cellMonth(new Date(Date.UTC(2024, 10, 1)))).toBe('2024-11');
    expect(cellMonth('2025-13')).toBe('2025-13');
    expect(cellMonth('25-3')).toBe('25-3');
    expect(cellMonth('202513')).toBe('202513');
    expect(cellMonth(2025.03)).toBe(2025.03);
    expect(cellMonth('')).toBeNull();
  });

  test('kinds: the template words, common synonyms and the contract names; others are left for validation', () => {
    expect(cellKind('区域')).toBe('region');
    expect(cellKind('部门')).toBe('department');
    expect(cellKind('乡镇（街道）')).toBe('township');
    expect(cellKind('街道')).toBe('township');
    expect(cellKind('村')).toBe('village');
    expect(cellKind('社区')).toBe('village');
    expect(cellKind('Department')).toBe('department');
    expect(cellKind('委员会')).toBe('委员会');
    expect(cellKind(' ')).toBeNull();
  });
});
