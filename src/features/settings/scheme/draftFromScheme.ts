import {
  REVIEW_LEVELS,
  formulaSides,
  type Formula,
  type Indicator,
  type Locale,
  type OfficeKind,
  type ReviewLevel,
  type ReviewLevels,
  type Scheme,
} from '../../../domain';
import { printFormula } from '../../../domain/formulaTextPrint';
import { newKey, type DefinitionDraft, type LevelChoice, type SchemeDraft } from './draft';
import { BUILT_IN_BY_ID, draftCatalogue, isRateIndicator } from './draftCatalogue';
import { formulaNames, type FormulaNames } from './formulaNames';
import { shownValue } from './typedNumbers';

// A scheme as the editor's draft: the rows staff edit, numbers and formulas as text.

const sameKinds = (a: readonly OfficeKind[], b: readonly OfficeKind[]) => a.length === b.length && a.every((kind, i) => kind === b[i]);
const sameSum = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((term, i) => term === b[i]);

function sameFormula(a: Formula, b: Formula): boolean {
  const x = formulaSides(a);
  const y = formulaSides(b);
  return a.type === b.type && x.length === y.length && x.every((sum, i) => sameSum(sum, y[i]!));
}

/** Whether a scheme's definition says the same as the built-in one of its id (so the editor shows it as built-in). */
export function isBuiltInAsIs(definition: Indicator): boolean {
  const builtIn = BUILT_IN_BY_ID.get(definition.id);
  return (
    builtIn !== undefined &&
    builtIn.label.zh === definition.label.zh &&
    builtIn.label.en === definition.label.en &&
    sameFormula(builtIn.formula, definition.formula) &&
    builtIn.unit === definition.unit &&
    builtIn.direction === definition.direction &&
    builtIn.category === definition.category &&
    sameKinds(builtIn.appliesTo, definition.appliesTo) &&
    builtIn.minDenominator === definition.minDenominator
  );
}

/** A definition as an editable row, its formula written with the draft's names. */
export function definitionDraft(definition: Indicator, names: FormulaNames): DefinitionDraft {
  return {
    key: newKey('definition'),
    id: definition.id,
    builtIn: BUILT_IN_BY_ID.has(definition.id),
    zh: definition.label.zh,
    en: definition.label.en === definition.label.zh ? '' : definition.label.en,
    formula: printFormula(definition.formula, names.nameOf),
    unit: definition.unit,
    direction: definition.direction,
    category: definition.category,
    appliesTo: [...definition.appliesTo],
    minDenominator: definition.unit === 'rate' ? String(definition.minDenominator) : '',
  };
}

/** Where each review level counts (好评, 差评 or neither) in a scheme's reviewLevels. */
export function levelChoices(levels: ReviewLevels): Record<ReviewLevel, LevelChoice> {
  const choices = {} as Record<ReviewLevel, LevelChoice>;
  for (const level of REVIEW_LEVELS) choices[level] = levels.good.includes(level) ? 'good' : levels.bad.includes(level) ? 'bad' : 'neither';
  return choices;
}

export interface DraftOptions {
  /** The language formulas are written in (names in it). */
  locale?: Locale;
  /** Other names staff know a field by (the dictionary's), understood in formulas. */
  aliases?: Iterable<readonly [string, string]>;
}

export function draftFromScheme(scheme: Scheme, options: DraftOptions = {}): SchemeDraft {
  const names = formulaNames(scheme.definitions, options.locale ?? 'zh-CN', options.aliases);
  const definitions = scheme.definitions.filter((definition) => !isBuiltInAsIs(definition)).map((definition) => definitionDraft(definition, names));
  const catalogue = draftCatalogue({ definitions });
  return {
    id: scheme.id,
    name: scheme.name,
    definitions,
    reviewLevels: levelChoices(scheme.reviewLevels),
    missingData: scheme.rules.missingData,
    talkAfterMonths: String(scheme.rules.talkAfterMonths),
    indicators: scheme.indicators.map((item) => {
      const rate = isRateIndicator(item.indicatorId, catalogue);
      return {
        key: newKey('indicator'),
        indicatorId: item.indicatorId,
        weight: String(item.weight),
        floor: shownValue(item.floor, rate),
        target: shownValue(item.target, rate),
        appliesTo: [...item.appliesTo],
      };
    }),
    cardRules: scheme.cardRules.map((rule) => ({
      key: newKey('rule'),
      id: rule.id,
      subject: rule.subject,
      comparison: rule.comparison,
      threshold: shownValue(rule.threshold, isRateIndicator(rule.subject, catalogue)),
      level: rule.level,
      message: rule.message,
      appliesTo: [...rule.appliesTo],
    })),
  };
}
