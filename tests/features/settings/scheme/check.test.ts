import { describe, expect, test } from 'vitest';
import { monthPeriod, type MonthlyRecord, type Office, type Scheme } from '../../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, type EngineData } from '../../../../src/engine';
import { checkDraft } from '../../../../src/features/settings/scheme/check';
import type { DefinitionDraft } from '../../../../src/features/settings/scheme/draft';
import { draftNames } from '../../../../src/features/settings/scheme/draftCatalogue';
import { draftFromScheme } from '../../../../src/features/settings/scheme/draftFromScheme';
import { newDefinitionDraft, newIndicatorDraft } from '../../../../src/features/settings/scheme/newRows';
import { schemeProblemSentence } from '../../../../src/features/settings/scheme/problemText';
import { createTranslate } from '../../../../src/ui';
import { FAIR_OFFICES, FAIR_RECORDS, FAIR_SCHEME } from '../../../engine/fixtures/fairness';

const zh = createTranslate('zh-CN');
const withOwn = (patch: Partial<DefinitionDraft> = {}) => {
  const draft = draftFromScheme(DEFAULT_SCHEME);
  draft.definitions.push({ ...newDefinitionDraft(draft), zh: '参评率', formula: '评价数 / 办结件数', ...patch });
  return draft;
};

describe('a draft checked as typed', () => {
  const check = (draft: ReturnType<typeof draftFromScheme>, data?: EngineData) => checkDraft(draft, draftNames(draft), data);
  const said = (draft: ReturnType<typeof draftFromScheme>, data?: EngineData) => {
    const result = check(draft, data);
    return result.problems.map((problem) => schemeProblemSentence(problem, result.input, zh, 'zh-CN'));
  };

  test('a formula that reads: no problem, the scheme can be saved', () => {
    const result = check(withOwn());
    expect(result.problems).toEqual([]);
    expect(result.scheme?.definitions.at(-1)).toMatchObject({ id: 'custom1', formula: { type: 'ratio', numerator: ['reviews'], denominator: ['completed'] } });
  });

  test('an unknown name is named, with its place and the name meant; nothing else is said', () => {
    const draft = withOwn({ formula: '评价数 / 办结件数量' });
    const result = check(draft);
    expect(result.scheme).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: `definitions[${DEFAULT_SCHEME.definitions.length}].formula`,
        code: 'formula-unknown-name',
        params: expect.objectContaining({ text: '办结件数量', position: 7 }),
      }),
    ]);
    expect(said(draft)).toEqual(['指标定义（参评率）的公式：没有名为“办结件数量”的字段或指标（第 7 个字起），是否指：办结件数？']);
    expect(said(withOwn({ formula: '办结件数 / 上月结转件数' }))[0]).toContain('是否指：上月结转在办件数？');
  });

  test('a definition that does not read does not make the scored indicators that use it unknown', () => {
    const draft = withOwn({ zh: '', formula: '评价数 / (办结件数' });
    draft.indicators.push({ ...newIndicatorDraft(draft), indicatorId: 'custom1', floor: '150' });
    const codes = check(draft).problems.map((problem) => problem.code);
    expect(codes).toContain('empty-text');
    expect(codes).toContain('formula-unbalanced-parenthesis');
    // The rest of the scheme is still checked: the floor of the rate it scores is out of range.
    expect(codes).toContain('rate-out-of-range');
    expect(codes).not.toContain('unknown-indicator');
    expect(codes).not.toContain('kind-not-scored');
  });

  test('a cycle between two sums of the scheme is named with their names', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    const a = { ...newDefinitionDraft(draft), zh: '甲合计', unit: 'items' as const, formula: '受理件数' };
    draft.definitions.push(a);
    const b = { ...newDefinitionDraft(draft), zh: '乙合计', unit: 'items' as const, formula: '甲合计 + 办结件数' };
    draft.definitions.push(b);
    draft.definitions[0] = { ...a, formula: '乙合计 + 受理件数' };
    expect(said(draft)).toEqual([
      '指标定义（甲合计）的公式：指标之间循环引用（甲合计 → 乙合计 → 甲合计），无法计算',
      '指标定义（乙合计）的公式：指标之间循环引用（乙合计 → 甲合计 → 乙合计），无法计算',
    ]);
  });

  test('a ratio over a field the data never sends: its denominator is always 0 (a warning)', () => {
    const offices: Office[] = [
      { id: 'R', name: '县', kind: 'region', parentId: null },
      { id: 'A', name: '甲局', kind: 'department', parentId: 'R' },
    ];
    const records: MonthlyRecord[] = ['2025-09', '2025-10'].map((month) => ({ officeId: 'A', month, accepted: 100, completed: 98, reviews: 90 }));
    const data = buildEngineData(offices, records);
    const draft = withOwn({ zh: '结转消化率', formula: '办结件数 / 上月结转在办件数' });
    const result = check(draft, data);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'denominator-always-zero', severity: 'warning' })]);
    expect(said(draft, data)).toEqual([
      '指标定义（结转消化率）的公式：在已读取的数据中，结转消化率的分母始终为 0 或从未报送，这项指标不会有数值；请检查分母是否用对了字段',
    ]);
    // A warning: the scheme can still be saved.
    expect(result.scheme).not.toBeNull();
    expect(check(withOwn(), data).problems).toEqual([]);
  });

  test('a name already taken by a field is refused', () => {
    expect(said(withOwn({ zh: '受理件数' }))).toEqual(['指标定义（受理件数）的名称：“受理件数”已是字段或指标“受理件数”的名称，请换一个名称']);
  });

  test('changing 缺报处理 to 不计入 changes the score of an office that left a field out', () => {
    const data = buildEngineData(FAIR_OFFICES, FAIR_RECORDS);
    const scoreOfB = (scheme: Scheme) => evaluatePeriod(data, scheme, monthPeriod('2025-11')).office('B')!.score;
    // 按时办结率 and 好评率 at 50 each: B sent no completedOnTime in November, and 98% good reviews (60 points).
    const draft = draftFromScheme(FAIR_SCHEME);
    const zero = checkDraft(draft, draftNames(draft)).scheme!;
    expect(scoreOfB(zero)).toBeCloseTo(30, 9);
    draft.missingData = 'leave-out';
    const leaveOut = checkDraft(draft, draftNames(draft)).scheme!;
    expect(leaveOut.rules.missingData).toBe('leave-out');
    expect(scoreOfB(leaveOut)).toBeCloseTo(60, 9);
  });
});
