import { describe, expect, test } from 'vitest';
import { cellCount, cellKind, cellMonth, cellText } from '../../src/adapters/file/cells';
import { COUNT_COLUMNS, RECORD_COLUMNS, headerKeys, normalizeHeader } from '../../src/adapters/file/columns';
import { decodeText } from '../../src/adapters/file/decode';
import { COUNT_FIELDS } from '../../src/domain';
import { gbkBytes } from './fileFixtures';

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

describe('headers', () => {
  test('normalization folds width, drops brackets, marks and spaces', () => {
    expect(normalizeHeader('单位类型（区域/部门/乡镇/村）')).toBe('单位类型');
    expect(normalizeHeader('*受理件数(件)')).toBe('受理件数');
    expect(normalizeHeader(' Office code ')).toBe('officecode');
    expect(normalizeHeader('\uFEFF单位编码')).toBe('单位编码');
  });

  test('every count field has a column, and no two columns answer to the same header', () => {
    expect(COUNT_COLUMNS.map((column) => column.field)).toEqual([...COUNT_FIELDS]);
    const owner = new Map<string, string>();
    for (const column of RECORD_COLUMNS) {
      for (const key of headerKeys(column)) {
        const other = owner.get(key);
        expect(other === undefined || other === column.field, `${key}: ${other} and ${column.field}`).toBe(true);
        owner.set(key, column.field);
      }
    }
  });

  test('registry labels are the headers of counts that are indicators', () => {
    const accepted = COUNT_COLUMNS.find((column) => column.field === 'accepted')!;
    expect(accepted.header).toBe('受理件数');
    const hotlineOnTime = COUNT_COLUMNS.find((column) => column.field === 'hotlineOnTime')!;
    expect(hotlineOnTime.header).toBe('热线按时办结数');
  });
});

describe('decoding', () => {
  test('UTF-8 with and without BOM, GBK, UTF-16 LE', () => {
    const text = '单位编码,单位名称\r\nD01,县公安局';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8', hadBom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8', hadBom: true });
    expect(decodeText(gbkBytes(text))).toEqual({ text, encoding: 'gbk', hadBom: false });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(utf16).text).toBe(text);
  });
});
