import { describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME, type SchemeProblem } from '../../../src/engine';
import { SCHEME_PROBLEM_CODES } from '../../../src/engine/scheme-problems';
import { validateScheme } from '../../../src/engine/validate-scheme';
import {
  draftFromScheme,
  draftMatches,
  draftToInput,
  newIndicatorDraft,
  newRuleDraft,
  parseTypedNumber,
  schemeJson,
} from '../../../src/features/settings/scheme/draft';
import { describePath, pathParts, schemeProblemSentence } from '../../../src/features/settings/scheme/problemText';
import { parseSchemeText } from '../../../src/features/settings/scheme/schemeFile';
import { createTranslate, isMessageKey } from '../../../src/ui';

const zh = createTranslate('zh-CN');
const en = createTranslate('en');

describe('the draft: rates typed as percentages, stored as fractions', () => {
  test('the default scheme goes through the draft and back unchanged', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    const { scheme, problems } = validateScheme(draftToInput(draft));
    expect(problems).toEqual([]);
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(draftMatches(draft, DEFAULT_SCHEME)).toBe(true);
  });

  test('rates show as percentages without float noise, counts as they are', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    const goodReview = draft.indicators.find((item) => item.indicatorId === 'goodReviewRate')!;
    expect([goodReview.floor, goodReview.target]).toEqual(['99.5', '100']);
    const disclosures = draft.indicators.find((item) => item.indicatorId === 'disclosures')!;
    expect([disclosures.floor, disclosures.target]).toEqual(['0', '15']);
    const onTimeWarning = draft.cardRules.find((rule) => rule.id === 'on-time-warning')!;
    expect(onTimeWarning.threshold).toBe('99.5');
  });

  test('a typed percentage is stored as the fraction it means', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    draft.indicators[0] = { ...draft.indicators[0]!, floor: '96.3', target: '99.99' };
    const input = draftToInput(draft) as { indicators: { floor: unknown; target: unknown }[] };
    expect(input.indicators[0]).toMatchObject({ floor: 0.963, target: 0.9999 });
    expect(draftMatches(draft, DEFAULT_SCHEME)).toBe(false);
  });

  test.each([
    ['99.5', 99.5],
    [' 99.5 ', 99.5],
    ['99.5%', 99.5],
    ['９９．５％', 99.5],
    ['1,000', 1000],
    ['-3', -3],
    ['.5', 0.5],
    ['1e2', 100],
  ])('"%s" is read as %d', (text, value) => {
    expect(parseTypedNumber(text)).toBe(value);
  });

  test.each(['', 'abc', '9 9x', '1.2.3', 'Infinity', 'NaN', '--1'])('"%s" is not a number', (text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });

  test('text that is not a number reaches validation as text, so the field is reported', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    draft.indicators[2] = { ...draft.indicators[2]!, weight: '十' };
    const { problems } = validateScheme(draftToInput(draft));
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ path: 'indicators[2].weight', code: 'not-finite' })]);
  });

  test('new rows: the next unscored indicator at weight 0, a rule with an unused id', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    const row = newIndicatorDraft(draft);
    expect(DEFAULT_SCHEME.indicators.map((item) => item.indicatorId)).not.toContain(row.indicatorId);
    expect(row.weight).toBe('0');
    draft.indicators.push(row);
    draft.cardRules.push(newRuleDraft(draft));
    draft.cardRules.push(newRuleDraft(draft));
    const ids = draft.cardRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { problems } = validateScheme(draftToInput(draft));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('the exported JSON reads back as the same scheme', () => {
    const result = parseSchemeText(schemeJson(DEFAULT_SCHEME));
    expect(result).toMatchObject({ ok: true, scheme: DEFAULT_SCHEME });
    expect(parseSchemeText(`\uFEFF${schemeJson(DEFAULT_SCHEME)}`)).toMatchObject({ ok: true });
  });

  test('a file that is not JSON, or not a valid scheme, is refused with its problems', () => {
    expect(parseSchemeText('{"version": 1,')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseSchemeText('<html>')).toEqual({ ok: false, reason: 'not-json' });
    const bad = parseSchemeText(JSON.stringify({ ...DEFAULT_SCHEME, indicators: [{ ...DEFAULT_SCHEME.indicators[0], floor: 95 }] }));
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', problems: expect.arrayContaining([expect.objectContaining({ code: 'rate-out-of-range' })]) });
  });
});

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
    expect(
      sentence({ path: 'indicators', code: 'weights-not-100', params: { kind: 'township', sum: 110 } }, 'en'),
    ).toBe('Weights for Township add up to 110, not 100 (scores are still scaled to the weights)');
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
