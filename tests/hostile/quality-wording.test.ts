// Every data-quality issue is worded in the reader's language, from params, with no hole and no English left in Chinese.
import { describe, expect, test } from 'vitest';
import { validateOffices, validateRecords } from '../../src/adapters';
import { CONSISTENCY_RULES, COUNT_FIELDS, QUALITY_REASONS, REVIEW_LEVEL_RULES, type QualityIssue } from '../../src/domain';
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
  const query = { from: '2025-01', to: '2025-03', officeIds: new Set(['c', 'c2']) };
  const records = validateRecords(
    {
      records: [
        { officeId: 'c', month: '2024-12', accepted: 1 },
        { officeId: '', month: '2025-01' },
        { officeId: 'c' },
        { officeId: 'c', month: '2025-01', reviews: Number.NaN },
        { officeId: 'c', month: '2025-02', reviews: Number.POSITIVE_INFINITY },
        { officeId: 'c', month: '2025-03', hotlineTickets: 5, hotlineRevisited: 6 },
        // Contract v1.1: a sum on the whole's side, a note on a kept row, levels sent partly.
        { officeId: 'c2', month: '2025-01', accepted: 100, carriedOver: 8, completed: 120 },
        { officeId: 'c2', month: '2025-02', completed: 100, completedOnTime: 95, overdue: 3 },
        { officeId: 'c2', month: '2025-03', reviewsVerySatisfied: 90, reviewsSatisfied: 5 },
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
    // Variants beside the reason's own sentence: the partial levels, and an equality broken.
    for (const key of ['quality.detail.missing-field.review-levels', 'quality.detail.inconsistent.not-equal']) expect(isMessageKey(key), key).toBe(true);
  });

  test('every rule that came with contract v1.1, and the review-level notes, has a sentence of its own', () => {
    const v1 = new Set(
      CONSISTENCY_RULES.slice(
        0,
        CONSISTENCY_RULES.findIndex((rule) => rule.id === 'completed-within-due'),
      ).map((rule) => rule.id),
    );
    for (const id of [...CONSISTENCY_RULES.map((rule) => rule.id).filter((id) => !v1.has(id)), ...REVIEW_LEVEL_RULES]) {
      expect(isMessageKey(`quality.detail.inconsistent.${id}`), id).toBe(true);
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
    const consistency = issues.find((issue) => issue.params?.rule === 'revisited-within-tickets' && issue.source === 'r');
    expect(qualityDetailText(consistency!, zh)).toBe('热线回访数（6）超过了热线工单数（5）：同一条记录前后矛盾');
    expect(qualityDetailText(consistency!, en)).toBe('Hotline tickets revisited (6) exceeds Hotline tickets (5): the row contradicts itself');
    const range = issues.find((issue) => issue.reason === 'out-of-range' && issue.source === 'r');
    expect(qualityDetailText(range!, zh)).toBe('2024年12月 不在本次读取的月份范围（2025年1月至2025年3月）内');
    const kind = issues.find((issue) => issue.reason === 'bad-kind');
    expect(qualityDetailText(kind!, zh)).toBe('单位类型应为 region（区域）、department（部门）、township（乡镇）或 village（村），实际为文本“bureau”');
    const notANumber = issues.find((issue) => issue.params?.gotType === 'NaN');
    expect(qualityDetailText(notANumber!, zh)).toBe('“评价数”应为数字，实际为无效数值（非数字）');
    const infinite = issues.find((issue) => issue.params?.variant === 'infinite');
    expect(qualityDetailText(infinite!, zh)).toBe('“评价数”的数值大到无法表示：超出可精确计数的范围（2^53 − 1）');
    const cycle = issues.find((issue) => issue.reason === 'parent-cycle');
    expect(qualityDetailText(cycle!, zh)).toBe('上级关系绕成了环：x → y → x');
    const duplicate = issues.find((issue) => issue.reason === 'duplicate' && issue.params?.variant === 'office');
    expect(qualityDetailText(duplicate!, zh)).toBe('编号“c”已在第 1 行使用，保留第一行');

    const due = issues.find((issue) => issue.params?.rule === 'completed-within-due' && issue.source === 'r');
    expect(qualityDetailText(due!, zh)).toBe(
      '办结件数（120）超过了受理件数（100）、上月结转在办件数（8）之和（108）：办结件数不能超过应办结件数（受理件数加上月结转在办件数）',
    );
    expect(qualityDetailText(due!, en)).toBe(
      'Items completed (120) exceeds Items accepted (100) + Open items carried over (8) (together 108): no more items can be completed than were due (accepted plus carried over from last month)',
    );
    const onTime = issues.find((issue) => issue.params?.rule === 'on-time-plus-overdue-is-completed' && issue.source === 'r');
    expect(onTime!.severity).toBe('note');
    expect(qualityDetailText(onTime!, zh)).toBe(
      '按时办结件数（95）、超期办结件数（3）之和（98）不等于办结件数（100）：按时办结件数加超期办结件数应等于办结件数；数据已照常使用，请核对',
    );
    const partial = issues.find((issue) => issue.params?.variant === 'review-levels' && issue.source === 'r');
    expect(qualityDetailText(partial!, zh)).toBe(
      '缺少“基本满意评价数”：五级评价数（非常满意、满意、基本满意、不满意、非常不满意）须五项同时填报或都不填，本行只填了 2 项',
    );
    const levels = issues.find((issue) => issue.params?.rule === 'good-reviews-match-levels');
    expect(qualityDetailText(levels!, zh)).toMatch(
      /^填报的好评数（[\d,]+）与五级评价不一致：非常满意评价数（[\d,]+）、满意评价数（[\d,]+）、基本满意评价数（[\d,]+）之和（[\d,]+）；按全国通行口径/,
    );
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
