import {
  REVIEW_LEVELS,
  type CardRule,
  type Formula,
  type Indicator,
  type ReviewLevel,
  type ReviewLevels,
  type Scheme,
  type SchemeIndicator,
} from '../../../domain';
import type { LevelChoice } from './draft';
import { levelChoices } from './draftFromScheme';

// A scheme in the shape of its JSON file, the plain object validateScheme reads: what the editor
// exports, and what a draft is compared with.

/** A definition in the file's shape. */
export function definitionInput(definition: Indicator): Record<string, unknown> {
  return {
    id: definition.id,
    label: { zh: definition.label.zh, en: definition.label.en },
    formula: formulaInput(definition.formula),
    unit: definition.unit,
    direction: definition.direction,
    category: definition.category,
    appliesTo: [...definition.appliesTo],
    minDenominator: definition.minDenominator,
  };
}

/** A formula in the file's shape: fresh arrays, nothing shared with the scheme. */
export function formulaInput(formula: Formula): Record<string, unknown> {
  switch (formula.type) {
    case 'count':
      return { type: 'count', terms: [...formula.terms] };
    case 'ratio':
      return { type: 'ratio', numerator: [...formula.numerator], denominator: [...formula.denominator] };
    case 'difference':
      return { type: 'difference', minuend: [...formula.minuend], subtrahend: [...formula.subtrahend] };
  }
}

/** The levels chosen as 好评 and 差评, in the five levels' order. */
export function reviewLevelsInput(choices: Record<ReviewLevel, LevelChoice>): ReviewLevels {
  return { good: REVIEW_LEVELS.filter((level) => choices[level] === 'good'), bad: REVIEW_LEVELS.filter((level) => choices[level] === 'bad') };
}

/** A scheme in the shape of its JSON file (version 2: every definition it holds, 好评/差评, fairness rules). */
export function schemeAsInput(scheme: Scheme): Record<string, unknown> {
  const indicator = (item: SchemeIndicator) => ({
    indicatorId: item.indicatorId,
    weight: item.weight,
    floor: item.floor,
    target: item.target,
    appliesTo: item.appliesTo,
  });
  const rule = (item: CardRule) => ({
    id: item.id,
    subject: item.subject,
    comparison: item.comparison,
    threshold: item.threshold,
    level: item.level,
    message: item.message,
    appliesTo: item.appliesTo,
  });
  return {
    version: 2,
    id: scheme.id,
    name: scheme.name,
    rules: { missingData: scheme.rules.missingData, talkAfterMonths: scheme.rules.talkAfterMonths },
    reviewLevels: reviewLevelsInput(levelChoices(scheme.reviewLevels)),
    indicators: scheme.indicators.map(indicator),
    cardRules: scheme.cardRules.map(rule),
    definitions: scheme.definitions.map(definitionInput),
  };
}

/** The scheme as a file: pretty JSON in the contract's field order, ending with a newline. */
export function schemeJson(scheme: Scheme): string {
  return `${JSON.stringify(schemeAsInput(scheme), null, 2)}\n`;
}
