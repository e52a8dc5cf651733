import {
  INDICATOR_CATEGORIES,
  MIN_ITEMS,
  MIN_REVIEWS,
  MIN_TICKETS,
  OFFICE_KINDS,
  type IndicatorCategory,
  type IndicatorId,
  type OfficeKind,
  type ReviewLevel,
} from '../../../domain';
import { newKey, type DefinitionDraft, type IndicatorDraft, type LevelChoice, type RuleDraft, type SchemeDraft } from './draft';
import { BUILT_IN_BY_ID, draftCatalogue } from './draftCatalogue';
import { definitionDraft, levelChoices } from './draftFromScheme';
import type { FormulaNames } from './formulaNames';

// What the editor's 添加 buttons put in a draft: rows that are valid as they come.

const SCORED_KINDS: OfficeKind[] = ['department', 'township'];

/**
 * A new row for the first indicator the scheme does not score yet, at weight 0 so the weights
 * that already add up to 100 still do; floor and target in the indicator's direction.
 */
export function newIndicatorDraft(draft: SchemeDraft): IndicatorDraft {
  const used = new Set(draft.indicators.map((item) => item.indicatorId));
  const entries = draftCatalogue(draft).entries;
  const indicator = entries.find((candidate) => !used.has(candidate.id)) ?? entries[0]!;
  const rate = indicator.unit === 'rate';
  const [low, high] = rate ? ['90', '100'] : ['0', '10'];
  return {
    key: newKey('indicator'),
    indicatorId: indicator.id,
    weight: '0',
    floor: indicator.direction === 'higher' ? low : high,
    target: indicator.direction === 'higher' ? high : low,
    appliesTo: SCORED_KINDS.filter((kind) => indicator.appliesTo.includes(kind)),
  };
}

/** A new rule with an id no other rule has: overdue items raise a yellow card until edited. */
export function newRuleDraft(draft: SchemeDraft): RuleDraft {
  const ids = new Set(draft.cardRules.map((rule) => rule.id));
  let n = draft.cardRules.length + 1;
  while (ids.has(`rule-${n}`)) n += 1;
  const subject: IndicatorId = 'overdue';
  return {
    key: newKey('rule'),
    id: `rule-${n}`,
    subject,
    comparison: 'gt',
    threshold: '0',
    level: 'yellow',
    message: '',
    appliesTo: [...SCORED_KINDS],
  };
}

/** The default scheme's minimum denominators: 20 reviews, 10 hotline tickets, 10 items (and entries). */
export function defaultMinDenominator(category: IndicatorCategory): number {
  return category === 'reviews' ? MIN_REVIEWS : category === 'hotline' ? MIN_TICKETS : MIN_ITEMS;
}

/**
 * A new indicator of the scheme's own: a rate (the usual kind staff add) with no name or formula
 * yet, for every kind of office, under the default minimum denominator. Its id (used in files and
 * links, never shown alone) is the first "customN" no definition has.
 */
export function newDefinitionDraft(draft: SchemeDraft): DefinitionDraft {
  const ids = new Set(draftCatalogue(draft).entries.map((entry) => entry.id));
  let n = draft.definitions.filter((row) => !row.builtIn).length + 1;
  while (ids.has(`custom${n}`)) n += 1;
  const category: IndicatorCategory = INDICATOR_CATEGORIES[0];
  return {
    key: newKey('definition'),
    id: `custom${n}`,
    builtIn: false,
    zh: '',
    en: '',
    formula: '',
    unit: 'rate',
    direction: 'higher',
    category,
    appliesTo: [...OFFICE_KINDS],
    minDenominator: String(defaultMinDenominator(category)),
  };
}

/** 修改口径: a built-in definition copied into the draft to be changed there. */
export function builtInDefinitionDraft(id: IndicatorId, names: FormulaNames): DefinitionDraft {
  const definition = BUILT_IN_BY_ID.get(id);
  if (!definition) throw new RangeError(`not a built-in indicator: ${id}`);
  return definitionDraft(definition, names);
}

/** The national 好差评 practice: 好评 = 非常满意 + 满意 + 基本满意, 差评 = 不满意 + 非常不满意. */
export function nationalLevelChoices(): Record<ReviewLevel, LevelChoice> {
  return levelChoices({
    good: ['reviewsVerySatisfied', 'reviewsSatisfied', 'reviewsBasicallySatisfied'],
    bad: ['reviewsDissatisfied', 'reviewsVeryDissatisfied'],
  });
}
