import { describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME, type SchemeProblem } from '../../../../src/engine';
import { SCHEME_PROBLEM_CODES } from '../../../../src/engine/schemeProblems';
import { validateScheme } from '../../../../src/engine/validateScheme';
import { draftFromScheme } from '../../../../src/features/settings/scheme/draftFromScheme';
import { draftToInput } from '../../../../src/features/settings/scheme/draftToInput';
import { describePath, pathParts, schemeProblemSentence } from '../../../../src/features/settings/scheme/problemText';
import { schemeJson } from '../../../../src/features/settings/scheme/schemeInput';
import { parseSchemeText } from '../../../../src/features/settings/scheme/schemeFile';
import { createTranslate, isMessageKey } from '../../../../src/ui';

const zh = createTranslate('zh-CN');
const en = createTranslate('en');

describe('problems in words', () => {
  const draft = draftFromScheme(DEFAULT_SCHEME);
  const input = draftToInput(draft);

  test('paths', () => {
    expect(pathParts('indicators[2].appliesTo[1]')).toEqual(['indicators', 2, 'appliesTo', 1]);
    expect(describePath('indicators[2].floor', input, zh, 'zh-CN')).toBe('第3项指标（网上办理率）的下限');
    expect(describePath('indicators[2].floor', input, en, 'en')).toBe('Indicator 3 (Online handling rate), floor');
    expect(describePath('cardRules[1]', input, zh, 'zh-CN')).toBe('第2条亮牌规则（超期未办结件数）');
    expect(describePath('cardRules[1].threshold', input, zh, 'zh-CN')).toBe('第2条亮牌规则（超期未办结件数）的阈值');
    expect(describePath('name', input, zh, 'zh-CN')).toBe('方案名称');
    expect(describePath('', input, zh, 'zh-CN')).toBe('方案');
    expect(describePath('indicators[40].weight', input, zh, 'zh-CN')).toBe('第41项指标的权重');
  });

  const sentence = (problem: Omit<SchemeProblem, 'severity'>, locale: 'zh-CN' | 'en' = 'zh-CN', context?: 'editor' | 'file') =>
    schemeProblemSentence({ severity: 'error', ...problem }, input, locale === 'zh-CN' ? zh : en, locale, context);

  test('a rate out of range is said in percentages in the editor and as a fraction for a file', () => {
    const problem = { path: 'indicators[2].floor', code: 'rate-out-of-range' as const, params: { field: 'indicators[2].floor', value: 1.5 } };
    expect(sentence(problem)).toBe('第3项指标（网上办理率）的下限是比率，应在 0% 到 100% 之间（现为 150%）');
    expect(sentence({ ...problem, params: { ...problem.params, value: 95 } }, 'zh-CN', 'file')).toBe(
      '第3项指标（网上办理率）的下限是比率，文件中应写成 0 到 1 之间的小数（如 0.95 表示 95%），现为 95',
    );
  });

  test('floor and target in the indicator direction, with its name', () => {
    expect(
      sentence({
        path: 'indicators[0].floor',
        code: 'floor-target-order',
        params: { indicatorId: 'completionRate', direction: 'higher', floor: 1, target: 0.95 },
      }),
    ).toBe('第1项指标（办结率）的下限：办结率越高越好，下限（100%）应低于目标值（95%）');
    expect(sentence({ path: 'indicators', code: 'weights-not-100', params: { kind: 'township', sum: 110 } }, 'en')).toBe(
      'Weights for Township add up to 110, not 100 (scores are still scaled to the weights)',
    );
  });

  test('every problem code has a sentence in both languages', () => {
    for (const code of SCHEME_PROBLEM_CODES) expect(isMessageKey(`settings.problem.${code}`), code).toBe(true);
  });

  test('every problem validateScheme finds in a broken scheme reads as a sentence without holes', () => {
    const broken = {
      version: 2,
      id: '',
      name: 3,
      indicators: [
        { indicatorId: 'nope', weight: -1, floor: 'x', target: 2, appliesTo: [] },
        { indicatorId: 'onlineRate', weight: 50, floor: 0.9, target: 0.9, appliesTo: ['village', 'hamlet'] },
        { indicatorId: 'overdue', weight: 50, floor: 0, target: 5, appliesTo: ['department', 'department'] },
        { indicatorId: 'overdue', weight: 0, floor: -1, target: 0, appliesTo: ['department'] },
        'oops',
      ],
      cardRules: [
        { id: 'a', subject: 'onTimeRate', comparison: 'below', threshold: 1.2, level: 'orange', message: '', appliesTo: ['department'] },
        { id: 'a', subject: 'overdue', comparison: 'lt', threshold: 0, level: 'red', message: 'm', appliesTo: ['department'] },
        { id: 'b', subject: 'overdue', comparison: 'gte', threshold: 0, level: 'red', message: 'm', appliesTo: ['department'] },
      ],
    };
    const { problems } = validateScheme(broken);
    expect(problems.length).toBeGreaterThan(12);
    for (const problem of problems) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = schemeProblemSentence(problem, broken, locale === 'zh-CN' ? zh : en, locale, 'file');
        expect(text, `${problem.code} ${problem.path}`).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
        expect(text).not.toContain(problem.code);
      }
    }
  });
});

describe('problems of a file in words', () => {
  test('a problem found across definitions is placed at the definition the file wrote, or named', () => {
    const own = {
      id: 'participation',
      label: { zh: '参评率', en: 'Take-up' },
      formula: { type: 'ratio', numerator: ['reviews'], denominator: ['doneItems'] },
      unit: 'rate',
      direction: 'higher',
      category: 'reviews',
      appliesTo: ['department'],
      minDenominator: 20,
    };
    const file = { ...JSON.parse(schemeJson(DEFAULT_SCHEME)), definitions: [own] };
    const result = parseSchemeText(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') return;
    const sentences = result.problems.map((problem) => schemeProblemSentence(problem, result.input, zh, 'zh-CN', 'file'));
    expect(sentences).toEqual(['指标定义（参评率）的公式：公式用到的“doneItems”不是已知的字段或指标']);
    // The second of the file's definitions adds the first, a rate: placed at the second.
    const rate = {
      ...own,
      id: 'doneRate',
      label: { zh: '办结比', en: 'Done' },
      formula: { type: 'ratio', numerator: ['completed'], denominator: ['accepted'] },
    };
    const adds = { ...own, formula: { type: 'ratio', numerator: ['reviews'], denominator: ['doneRate'] } };
    const broken = parseSchemeText(JSON.stringify({ ...file, definitions: [rate, adds] }));
    if (broken.ok || broken.reason !== 'invalid') throw new Error('expected problems');
    expect(broken.problems).toEqual([expect.objectContaining({ code: 'not-a-sum', path: `definitions[${DEFAULT_SCHEME.definitions.length + 1}].formula` })]);
    const said = broken.problems.map((problem) => schemeProblemSentence(problem, broken.input, zh, 'zh-CN', 'file'));
    expect(said).toEqual(['指标定义（参评率）的公式：“办结比”是比率或差值，不能写进公式相加；公式只能引用件数或合计类的指标']);
  });
});
