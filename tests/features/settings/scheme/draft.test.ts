import { describe, expect, test } from 'vitest';
import type { Scheme } from '../../../../src/domain';
import { DEFAULT_SCHEME } from '../../../../src/engine';
import { validateScheme } from '../../../../src/engine/validateScheme';
import type { DefinitionDraft } from '../../../../src/features/settings/scheme/draft';
import { draftCatalogue, isRateIndicator } from '../../../../src/features/settings/scheme/draftCatalogue';
import { draftFromScheme } from '../../../../src/features/settings/scheme/draftFromScheme';
import { draftMatches, draftToInput } from '../../../../src/features/settings/scheme/draftToInput';
import { nationalLevelChoices, newDefinitionDraft, newIndicatorDraft } from '../../../../src/features/settings/scheme/newRows';
import { schemeJson } from '../../../../src/features/settings/scheme/schemeInput';
import { parseSchemeText } from '../../../../src/features/settings/scheme/schemeFile';

// A scheme goes into the editor's draft (draftFromScheme) and back (draftToInput, validateScheme)
// unchanged: rates typed as percentages and stored as fractions, formulas as staff read them.

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

  test('text that is not a number reaches validation as text, so the field is reported', () => {
    const draft = draftFromScheme(DEFAULT_SCHEME);
    draft.indicators[2] = { ...draft.indicators[2]!, weight: '十' };
    const { problems } = validateScheme(draftToInput(draft));
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ path: 'indicators[2].weight', code: 'not-finite' })]);
  });
});

describe('indicator definitions in the draft', () => {
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
          definition.id === 'onlineRate'
            ? { ...definition, formula: { type: 'ratio' as const, numerator: ['onlineAccepted'], denominator: ['completed'] } }
            : definition,
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
});
