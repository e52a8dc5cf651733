import { describe, expect, test } from 'vitest';
import { COUNT_COLUMNS, RECORD_COLUMNS, headerKeys, normalizeHeader } from '../../../src/adapters/file/columns';
import { COUNT_FIELDS } from '../../../src/domain';

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
