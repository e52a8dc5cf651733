import { expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../../src/engine';
import { validateScheme } from '../../../../src/engine/validateScheme';
import { draftNames } from '../../../../src/features/settings/scheme/draftCatalogue';
import { draftFromScheme } from '../../../../src/features/settings/scheme/draftFromScheme';
import { draftMatches, draftToInput } from '../../../../src/features/settings/scheme/draftToInput';
import { builtInDefinitionDraft, newDefinitionDraft, newIndicatorDraft, newRuleDraft } from '../../../../src/features/settings/scheme/newRows';

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

test('a new definition is a rate for every kind under the default minimum, with an id nothing has; 修改口径 copies the built-in one', () => {
  const draft = draftFromScheme(DEFAULT_SCHEME);
  const row = newDefinitionDraft(draft);
  expect(row).toMatchObject({ id: 'custom1', builtIn: false, unit: 'rate', minDenominator: '10', appliesTo: ['region', 'department', 'township', 'village'] });
  const changed = builtInDefinitionDraft('completionRate', draftNames(draft));
  expect(changed).toMatchObject({
    id: 'completionRate',
    builtIn: true,
    zh: '办结率',
    formula: '办结件数 / (受理件数 + 上月结转在办件数?)',
    minDenominator: '10',
  });
  draft.definitions.push(changed);
  // Unchanged, it says the same as the built-in scheme.
  expect(draftMatches(draft, DEFAULT_SCHEME)).toBe(true);
});
