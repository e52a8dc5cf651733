import { describe, expect, test } from 'vitest';
import { monthPeriod, type MonthlyRecord, type Office, type Scheme } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, type EngineData, type SchemeProblem } from '../../../src/engine';
import { checkDraft } from '../../../src/features/settings/scheme/check';
import { SCHEME_PROBLEM_CODES } from '../../../src/engine/scheme-problems';
import { validateScheme } from '../../../src/engine/validate-scheme';
import {
  builtInDefinitionDraft,
  draftCatalogue,
  draftFromScheme,
  draftMatches,
  draftNames,
  draftToInput,
  isRateIndicator,
  nationalLevelChoices,
  newDefinitionDraft,
  newIndicatorDraft,
  newRuleDraft,
  parseTypedNumber,
  renameInFormulas,
  schemeJson,
  type DefinitionDraft,
} from '../../../src/features/settings/scheme/draft';
import { describePath, pathParts, schemeProblemSentence } from '../../../src/features/settings/scheme/problemText';
import { parseSchemeText } from '../../../src/features/settings/scheme/schemeFile';
import { createTranslate, isMessageKey } from '../../../src/ui';
import { FAIR_OFFICES, FAIR_RECORDS, FAIR_SCHEME } from '../../engine/fixtures/fairness';

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

// ---------------------------------------------------------------------------------------------
// Scheme v2 in the draft: indicators as data, 好评/差评 levels, fairness rules.

describe('indicator definitions in the draft', () => {
  const names = (draft: ReturnType<typeof draftFromScheme>) => draftNames(draft);
  const withOwn = (patch: Partial<DefinitionDraft> = {}) => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    draft.definitions.push({ ...newDefinitionDraft(draft), zh: '参评率', formula: '评价数 / 办结件数', ...patch });
    return draft;
  };

  test('a scheme of its own: definitions, levels and rules go through the draft and back unchanged, formulas as staff read them', () => {
    const own: Scheme = {
      ...DEFAULT_SCHEME,
      definitions: [
        ...DEFAULT_SCHEME.definitions.map((definition) =>
          definition.id === 'onlineRate' ? { ...definition, formula: { type: 'ratio' as const, numerator: ['onlineAccepted'], denominator: ['completed'] } } : definition,
        ),
        {
          id: 'dueItems',
          label: { zh: '应办结件数', en: 'Items due' },
          formula: { type: 'count', terms: ['accepted', 'carriedOver?'] },
          unit: 'items',
          direction: 'higher',
          category: 'handling',
          appliesTo: ['department', 'township'],
          minDenominator: 0,
        },
        {
          id: 'participation',
          label: { zh: '参评率', en: '参评率' },
          formula: { type: 'ratio', numerator: ['reviews'], denominator: ['dueItems'] },
          unit: 'rate',
          direction: 'higher',
          category: 'reviews',
          appliesTo: ['department', 'township'],
          minDenominator: 20,
        },
      ],
      reviewLevels: { good: ['reviewsVerySatisfied', 'reviewsSatisfied'], bad: ['reviewsDissatisfied', 'reviewsVeryDissatisfied'] },
      // 参评率 takes the place of 办结率 (10 points) for departments and townships; regions keep 办结率.
      indicators: [
        { ...DEFAULT_SCHEME.indicators[0]!, appliesTo: ['region'] },
        ...DEFAULT_SCHEME.indicators.slice(1),
        { indicatorId: 'participation', weight: 10, floor: 0.8, target: 0.95, appliesTo: ['department', 'township'] },
      ],
      rules: { missingData: 'leave-out', talkAfterMonths: 3 },
    };
    expect(validateScheme(own).problems).toEqual([]);
    const draft = draftFromScheme(own);
    expect(draft.definitions.map((row) => [row.id, row.builtIn, row.formula])).toEqual([
      ['onlineRate', true, '网上受理件数 / 办结件数'],
      ['dueItems', false, '受理件数 + 上月结转在办件数?'],
      ['participation', false, '评价数 / 应办结件数'],
    ]);
    // English equal to Chinese is shown empty (the Chinese name is used).
    expect(draft.definitions[2]!.en).toBe('');
    expect(draft.reviewLevels).toMatchObject({ reviewsBasicallySatisfied: 'neither', reviewsVerySatisfied: 'good', reviewsDissatisfied: 'bad' });
    expect([draft.missingData, draft.talkAfterMonths]).toEqual(['leave-out', '3']);
    // The custom rate's floor and target are typed as percentages.
    expect(draft.indicators.at(-1)).toMatchObject({ indicatorId: 'participation', floor: '80', target: '95' });
    const { scheme, problems } = validateScheme(draftToInput(draft));
    expect(problems).toEqual([]);
    expect(scheme).toEqual(own);
    expect(draftMatches(draft, own)).toBe(true);
    expect(parseSchemeText(schemeJson(own))).toMatchObject({ ok: true, scheme: own });
  });

  test('rates are typed as percentages for a custom rate too, and counts as they are', () => {
    const draft = withOwn();
    draft.indicators.push({ ...newIndicatorDraft(draft), indicatorId: draft.definitions[0]!.id, floor: '80', target: '95' });
    const catalogue = draftCatalogue(draft);
    expect(isRateIndicator(draft.definitions[0]!.id, catalogue)).toBe(true);
    expect(isRateIndicator(draft.definitions[0]!.id)).toBe(false);
    const input = draftToInput(draft) as { indicators: { floor: unknown; target: unknown }[] };
    expect(input.indicators.at(-1)).toMatchObject({ floor: 0.8, target: 0.95 });
    draft.definitions[0] = { ...draft.definitions[0]!, formula: '评价数 + 办结件数', unit: 'items' };
    expect(isRateIndicator(draft.definitions[0]!.id, draftCatalogue(draft))).toBe(false);
    expect((draftToInput(draft) as { indicators: { floor: unknown }[] }).indicators.at(-1)).toMatchObject({ floor: 80, target: 95 });
  });

  test('a new definition is a rate for every kind under the default minimum, with an id nothing has; 修改口径 copies the built-in one', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    const row = newDefinitionDraft(draft);
    expect(row).toMatchObject({ id: 'custom1', builtIn: false, unit: 'rate', minDenominator: '10', appliesTo: ['region', 'department', 'township', 'village'] });
    const changed = builtInDefinitionDraft('completionRate', names(draft));
    expect(changed).toMatchObject({ id: 'completionRate', builtIn: true, zh: '办结率', formula: '办结件数 / (受理件数 + 上月结转在办件数?)', minDenominator: '10' });
    draft.definitions.push(changed);
    // Unchanged, it says the same as the built-in scheme.
    expect(draftMatches(draft, DEFAULT_SCHEME)).toBe(true);
  });

  test('renaming an indicator rewrites the formulas that use it', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    const due = { ...newDefinitionDraft(draft), zh: '应办结件数', formula: '受理件数 + 上月结转在办件数?', unit: 'items' as const };
    draft.definitions.push(due);
    const rate = { ...newDefinitionDraft(draft), zh: '结办比', formula: '办结件数 / 应办结件数' };
    draft.definitions.push(rate);
    const renamed = { ...due, zh: '应办件数' };
    const definitions = renameInFormulas(
      draft.definitions.map((row) => (row.key === due.key ? renamed : row)),
      renamed,
      names(draft),
      draftNames({ definitions: draft.definitions.map((row) => (row.key === due.key ? renamed : row)) }),
    );
    expect(definitions.map((row) => row.formula)).toEqual(['受理件数 + 上月结转在办件数?', '办结件数 / 应办件数']);
  });

  test('好评 and 差评 levels and fairness rules as chosen; the national practice by default', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    expect(draft.reviewLevels).toEqual(nationalLevelChoices());
    draft.reviewLevels = { ...draft.reviewLevels, reviewsBasicallySatisfied: 'neither' };
    draft.missingData = 'leave-out';
    draft.talkAfterMonths = '0';
    const { scheme } = validateScheme(draftToInput(draft));
    expect(scheme?.reviewLevels).toEqual({ good: ['reviewsVerySatisfied', 'reviewsSatisfied'], bad: ['reviewsDissatisfied', 'reviewsVeryDissatisfied'] });
    expect(scheme?.rules).toEqual({ missingData: 'leave-out', talkAfterMonths: 0 });
    draft.talkAfterMonths = '两';
    const { problems } = validateScheme(draftToInput(draft));
    expect(problems).toEqual([expect.objectContaining({ path: 'rules.talkAfterMonths', code: 'bad-talk-months' })]);
  });

  test('a version 1 file still imports, as the built-in definitions under the default rules', () => {
    const v1 = { version: 1, id: 'old', name: '旧方案', indicators: DEFAULT_SCHEME.indicators, cardRules: DEFAULT_SCHEME.cardRules };
    const result = parseSchemeText(JSON.stringify(v1));
    expect(result).toMatchObject({ ok: true, scheme: { ...DEFAULT_SCHEME, id: 'old', name: '旧方案' } });
    if (!result.ok) return;
    const draft = draftFromScheme(result.scheme);
    expect(draft.definitions).toEqual([]);
    expect(draftMatches(draft, result.scheme)).toBe(true);
  });

  describe('checked as typed', () => {
    const check = (draft: ReturnType<typeof draftFromScheme>, data?: EngineData) => checkDraft(draft, names(draft), data);
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
        expect.objectContaining({ path: `definitions[${DEFAULT_SCHEME.definitions.length}].formula`, code: 'formula-unknown-name', params: expect.objectContaining({ text: '办结件数量', position: 7 }) }),
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
      expect(said(draft, data)).toEqual(['指标定义（结转消化率）的公式：在已读取的数据中，结转消化率的分母始终为 0 或从未报送，这项指标不会有数值；请检查分母是否用对了字段']);
      // A warning: the scheme can still be saved.
      expect(result.scheme).not.toBeNull();
      expect(check(withOwn(), data).problems).toEqual([]);
    });

    test('a name already taken by a field is refused', () => {
      expect(said(withOwn({ zh: '受理件数' }))).toEqual(['指标定义（受理件数）的名称：“受理件数”已是字段或指标“受理件数”的名称，请换一个名称']);
    });
  });

  test('changing 缺报处理 to 不计入 changes the score of an office that left a field out', () => {
    const data = buildEngineData(FAIR_OFFICES, FAIR_RECORDS);
    const scoreOfB = (scheme: Scheme) => evaluatePeriod(data, scheme, monthPeriod('2025-11')).office('B')!.score;
    // 按时办结率 and 好评率 at 50 each: B sent no completedOnTime in November, and 98% good reviews (60 points).
    const draft = draftFromScheme(FAIR_SCHEME);
    const zero = checkDraft(draft, names(draft)).scheme!;
    expect(scoreOfB(zero)).toBeCloseTo(30, 9);
    draft.missingData = 'leave-out';
    const leaveOut = checkDraft(draft, names(draft)).scheme!;
    expect(leaveOut.rules.missingData).toBe('leave-out');
    expect(scoreOfB(leaveOut)).toBeCloseTo(60, 9);
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
    const rate = { ...own, id: 'doneRate', label: { zh: '办结比', en: 'Done' }, formula: { type: 'ratio', numerator: ['completed'], denominator: ['accepted'] } };
    const adds = { ...own, formula: { type: 'ratio', numerator: ['reviews'], denominator: ['doneRate'] } };
    const broken = parseSchemeText(JSON.stringify({ ...file, definitions: [rate, adds] }));
    if (broken.ok || broken.reason !== 'invalid') throw new Error('expected problems');
    expect(broken.problems).toEqual([expect.objectContaining({ code: 'not-a-sum', path: `definitions[${DEFAULT_SCHEME.definitions.length + 1}].formula` })]);
    const said = broken.problems.map((problem) => schemeProblemSentence(problem, broken.input, zh, 'zh-CN', 'file'));
    expect(said).toEqual(['指标定义（参评率）的公式：“办结比”是比率或差值，不能写进公式相加；公式只能引用件数或合计类的指标']);
  });
});
