import type { CardLevel, Comparison, Direction, IndicatorCategory, IndicatorUnit, MissingDataRule, OfficeKind, ReviewLevel } from '../../../domain';

/**
 * The scheme as the editor holds it: numbers as the text being typed (so "99." or "" can sit
 * in a field while someone types), rates as percentages, formulas as the text staff type
 * (办结件数 / 受理件数), and a stable key per row for React. Nothing here is checked: draftToInput
 * turns it into the plain object validateScheme reads, and the engine's validation (with the
 * formula text's own reading, see check.ts) says what is wrong.
 */
export interface IndicatorDraft {
  key: string;
  indicatorId: string;
  weight: string;
  floor: string;
  target: string;
  appliesTo: OfficeKind[];
}

export interface RuleDraft {
  key: string;
  id: string;
  subject: string;
  comparison: Comparison;
  threshold: string;
  level: CardLevel;
  message: string;
  appliesTo: OfficeKind[];
}

/**
 * An indicator definition the scheme carries: one of its own, or a built-in one whose 口径 it
 * changes (builtIn). Built-in definitions the scheme leaves alone are not in the draft.
 */
export interface DefinitionDraft {
  key: string;
  id: string;
  builtIn: boolean;
  zh: string;
  /** Empty: the Chinese name is used in English too. */
  en: string;
  /** As typed: 评价数 / 办结件数. */
  formula: string;
  unit: IndicatorUnit;
  direction: Direction;
  category: IndicatorCategory;
  appliesTo: OfficeKind[];
  /** Rates only, as typed. */
  minDenominator: string;
}

/** Where a review level counts: 好评, 差评, or neither. */
export type LevelChoice = 'good' | 'bad' | 'neither';

export interface SchemeDraft {
  id: string;
  name: string;
  definitions: DefinitionDraft[];
  reviewLevels: Record<ReviewLevel, LevelChoice>;
  missingData: MissingDataRule;
  /** As typed; 0 = no 约谈提示. */
  talkAfterMonths: string;
  indicators: IndicatorDraft[];
  cardRules: RuleDraft[];
}

let nextKey = 0;
/** A key no row of this page has had: React's key for a row, kept while the row is edited. */
export function newKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
}
