// Every data-quality issue is worded in the reader's language, from params, with no hole and no English left in Chinese.
import { describe, expect, test } from 'vitest';
import { validateOffices, validateRecords } from '../../src/adapters';
import { COUNT_FIELDS, QUALITY_REASONS, type QualityIssue } from '../../src/domain';
import { qualityDetailText } from '../../src/ui/quality/qualityText';
import { createFormatters, createTranslate, isMessageKey } from '../../src/ui';
import { generateHostileDataset } from '../../mocks/hostile';

const zh = { t: createTranslate('zh-CN'), ...createFormatters('zh-CN') };
const en = { t: createTranslate('en'), ...createFormatters('en') };

/** Latin words a Chinese sentence may keep: the contract's own names, shown so the source can be fixed. */
const ALLOWED_LATIN = /\b(null|YYYY|MM|region|department|township|village|NaN|Infinity)\b/g;

function hostileIssues(): QualityIssue[] {
  const data = generateHostileDataset({ endMonth: '2025-06', months: 24 });
  const offices = validateOffices({ offices: data.offices }, 'offices');
  const officeIds = new Set(offices.offices.map((office) => office.id));
  const records = validateRecords({ records: data.records }, 'records', { from: '2023-07', to: '2025-06', officeIds });
  return [...offices.quality.issues, ...records.quality.issues];
}

/** Issues of every kind the validators write, beyond what the hostile scenario happens to inject. */
function moreIssues(): QualityIssue[] {
  const offices = validateOffices(
    {
      offices: [
        { id: 'c', name: 'C', kind: 'region', parentId: null },
        { id: 'c', name: 'again', kind: 'region', parentId: null },
        { id: 'r2', name: 'R2', kind: 'region', parentId: null },
        { id: 'e', name: ' ', kind: 'department', parentId: 'c' },
        { id: 'p', name: 'P', kind: 'department', parentId: '' },
        { id: 'q', name: 'Q', kind: 'department', parentId: 4 },
        { id: 'x', name: 'X', kind: 'township', parentId: 'y' },
        { id: 'y', name: 'Y', kind: 'township', parentId: 'x' },
        { id: 'l', name: 'L'.repeat(300), kind: 'department', parentId: 'c' },
        { id: 'k', name: 7, kind: 'department', parentId: 'c' },
        { name: 'no id', kind: 'department', parentId: 'c' },
      ],
    },
    'o',
  );
  const noRoot = validateOffices({ offices: [{ id: 'd', name: 'D', kind: 'department', parentId: null }] }, 'o');
  const query = { from: '2025-01', to: '2025-03', officeIds: new Set(['c']) };
  const records = validateRecords(
    {
      records: [
        { officeId: 'c', month: '2024-12', accepted: 1 },
        { officeId: '', month: '2025-01' },
        { officeId: 'c' },
        { officeId: 'c', month: '2025-01', reviews: Number.NaN },
        { officeId: 'c', month: '2025-02', reviews: Number.POSITIVE_INFINITY },
        { officeId: 'c', month: '2025-03', hotlineTickets: 5, hotlineRevisited: 6 },
      ],
    },
    'r',
    query,
  );
  return [...offices.quality.issues, ...noRoot.quality.issues, ...records.quality.issues];
}

describe('quality details in the dictionary', () => {
  test('every reason has a sentence in both languages, directly or for each of its variants', () => {
    const variants: Partial<Record<string, string[]>> = {
      duplicate: ['office', 'record'],
      'unknown-parent': ['missing', 'left-out', 'second-root', 'empty'],
    };
    for (const reason of QUALITY_REASONS) {
      const keys = variants[reason]?.map((variant) => `quality.detail.${reason}.${variant}`) ?? [`quality.detail.${reason}`];
      for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    }
  });

  test('every count field has a label in both languages', () => {
    for (const field of [...COUNT_FIELDS, 'id', 'name', 'kind', 'parentId', 'officeId', 'month']) {
      expect(isMessageKey(`quality.field.${field}`), field).toBe(true);
    }
  });

  const issues = [...hostileIssues(), ...moreIssues()];

  test('the catalogue of issues covers every reason', () => {
    const reasons = new Set(issues.map((issue) => issue.reason));
    expect([...QUALITY_REASONS].filter((reason) => !reasons.has(reason))).toEqual([]);
  });

  test.each(issues.map((issue) => [`${issue.reason} ${issue.params?.variant ?? ''} row ${issue.row}`, issue] as const))(
    '%s is worded in Chinese and English',
    (_, issue) => {
      const chinese = qualityDetailText(issue, zh);
      const english = qualityDetailText(issue, en);
      expect(chinese).not.toBe(issue.detail);
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
      // No English sentence left in the Chinese one: only data values and the contract's names.
      const latin = chinese
        .replace(ALLOWED_LATIN, '')
        .replace(/“[^”]*”/g, '')
        .replace(/[A-Za-z][\w-]*(?= →|$| \()/g, '');
      expect(latin, chinese).not.toMatch(/\b(must|got|expected|is|the|row|parent)\b/);
      for (const text of [chinese, english]) {
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/undefined|\[object/);
      }
      expect(english).toMatch(/[a-z]/);
    },
  );

  test('some sentences, word for word', () => {
    const consistency = issues.find((issue) => issue.reason === 'inconsistent' && issue.params?.whole === 'hotlineTickets');
    expect(qualityDetailText(consistency!, zh)).toBe('热线回访数（6）超过了热线工单数（5）：同一条记录前后矛盾');
    expect(qualityDetailText(consistency!, en)).toBe('Hotline tickets revisited (6) exceeds Hotline tickets (5): the row contradicts itself');
    const range = issues.find((issue) => issue.reason === 'out-of-range' && issue.source === 'r');
    expect(qualityDetailText(range!, zh)).toBe('2024年12月 不在本次读取的月份范围（2025年1月至2025年3月）内');
    const kind = issues.find((issue) => issue.reason === 'bad-kind');
    expect(qualityDetailText(kind!, zh)).toBe(
      '单位类型应为 region（区域）、department（部门）、township（乡镇）或 village（村），实际为文本“bureau”',
    );
    const notANumber = issues.find((issue) => issue.params?.gotType === 'NaN');
    expect(qualityDetailText(notANumber!, zh)).toBe('“评价数”应为数字，实际为无效数值（非数字）');
    const infinite = issues.find((issue) => issue.params?.variant === 'infinite');
    expect(qualityDetailText(infinite!, zh)).toBe('“评价数”的数值大到无法表示：超出可精确计数的范围（2^53 − 1）');
    const cycle = issues.find((issue) => issue.reason === 'parent-cycle');
    expect(qualityDetailText(cycle!, zh)).toBe('上级关系绕成了环：x → y → x');
    const duplicate = issues.find((issue) => issue.reason === 'duplicate' && issue.params?.variant === 'office');
    expect(qualityDetailText(duplicate!, zh)).toBe('编号“c”已在第 1 行使用，保留第一行');
  });

  test('an issue without params, or with a param missing, falls back to its English detail', () => {
    const bare: QualityIssue = { source: 'file', row: 3, reason: 'wrong-type', detail: 'accepted must be a number' };
    expect(qualityDetailText(bare, zh)).toBe('accepted must be a number');
    const missing: QualityIssue = { source: 'file', row: 3, reason: 'missing-field', detail: 'no month' };
    expect(qualityDetailText(missing, zh)).toBe('no month');
    expect(qualityDetailText({ ...missing, field: 'month' }, zh)).toBe('缺少“月份”');
    // The file adapter's own unknown-office issue names the office on the row only: that is enough.
    const ghost: QualityIssue = { source: 'f', row: 9, field: 'officeId', reason: 'unknown-office', detail: 'no office has the id "g"', officeId: 'g' };
    expect(qualityDetailText(ghost, zh)).toBe('单位表中没有编号为“g”的单位');
  });

  test('values from the data are shown as written, even when they look like placeholders or markup', () => {
    const issue: QualityIssue = {
      source: 'r',
      row: 1,
      field: 'officeId',
      reason: 'unknown-office',
      detail: 'x',
      params: { officeId: '{field}<img src=x onerror=alert(1)>' },
    };
    expect(qualityDetailText(issue, zh)).toBe('单位表中没有编号为“{field}<img src=x onerror=alert(1)>”的单位');
  });
});
