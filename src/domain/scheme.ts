import { NATIONAL_REVIEW_LEVELS, type ReviewLevels } from './counts';
import { BUILT_IN_INDICATORS, type Indicator, type IndicatorId } from './indicators';
import type { OfficeKind } from './office';

/**
 * One scored indicator of an evaluation scheme (考核方案). Floor scores 0, target scores 100,
 * linear between and clamped outside; for a lower-is-better indicator the floor is above the target.
 * Rates are fractions here too (0.95, not 95).
 */
export interface SchemeIndicator {
  indicatorId: IndicatorId;
  weight: number;
  floor: number;
  target: number;
  appliesTo: OfficeKind[];
}

export const COMPARISONS = ['lt', 'lte', 'gt', 'gte'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const CARD_LEVELS = ['yellow', 'red'] as const;
/** yellow warns, red reprimands (行政效能电子监察). */
export type CardLevel = (typeof CARD_LEVELS)[number];

/** "subject comparison threshold" raises a card, e.g. overdue gt 0 → red. */
export interface CardRule {
  id: string;
  subject: IndicatorId;
  comparison: Comparison;
  threshold: number;
  level: CardLevel;
  /** Written by staff, shown with the card. */
  message: string;
  appliesTo: OfficeKind[];
}

export const MISSING_DATA_RULES = ['zero', 'leave-out'] as const;
/**
 * An office that did not report a field an indicator needs (an indicator that applies to its
 * kind): 'zero' scores that indicator 0 and keeps its weight — missing is never better than
 * reporting; 'leave-out' drops the indicator from that office's weights.
 */
export type MissingDataRule = (typeof MISSING_DATA_RULES)[number];

/** The fairness settings of a scheme, each the scheme's choice. */
export interface SchemeRules {
  missingData: MissingDataRule;
  /** 约谈提示: this many consecutive months last in its kind (months only); 0 = never. */
  talkAfterMonths: number;
}

export const DEFAULT_SCHEME_RULES: SchemeRules = { missingData: 'zero', talkAfterMonths: 2 };

export const SCHEME_VERSION = 2;

export interface Scheme {
  /** 2 since indicators are data; a version 1 scheme is read as one with the built-in definitions. */
  version: typeof SCHEME_VERSION;
  id: string;
  name: string;
  /** Every indicator this scheme knows (built-in ones, possibly redefined, and its own), by id. */
  definitions: Indicator[];
  /** Which of the five review levels are 好评 and 差评. */
  reviewLevels: ReviewLevels;
  indicators: SchemeIndicator[];
  cardRules: CardRule[];
  rules: SchemeRules;
}

export function compare(actual: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case 'lt':
      return actual < threshold;
    case 'lte':
      return actual <= threshold;
    case 'gt':
      return actual > threshold;
    case 'gte':
      return actual >= threshold;
  }
}

/** The scheme's definition of an indicator, or undefined. */
export function definitionOf(scheme: Pick<Scheme, 'definitions'>, id: IndicatorId): Indicator | undefined {
  return scheme.definitions.find((definition) => definition.id === id);
}

/** A scheme as version 1 wrote it: scored indicators and card rules over the built-in catalogue. */
export interface SchemeV1 {
  version: 1;
  id: string;
  name: string;
  indicators: SchemeIndicator[];
  cardRules: CardRule[];
}

/**
 * A version 1 scheme as version 2: the built-in definitions, the national 好差评 levels and the
 * default fairness rules (validateScheme reads a v1 file the same way).
 */
export function schemeFromV1(v1: SchemeV1): Scheme {
  return {
    version: SCHEME_VERSION,
    id: v1.id,
    name: v1.name,
    definitions: BUILT_IN_INDICATORS.map((definition) => ({ ...definition, appliesTo: [...definition.appliesTo] })),
    reviewLevels: { good: [...NATIONAL_REVIEW_LEVELS.good], bad: [...NATIONAL_REVIEW_LEVELS.bad] },
    indicators: v1.indicators,
    cardRules: v1.cardRules,
    rules: { ...DEFAULT_SCHEME_RULES },
  };
}
