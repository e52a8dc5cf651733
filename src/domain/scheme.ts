import type { IndicatorId } from './indicators';
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

export interface Scheme {
  version: 1;
  id: string;
  name: string;
  indicators: SchemeIndicator[];
  cardRules: CardRule[];
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
