import {
  CARD_LEVELS,
  INDICATOR_CATEGORIES,
  OFFICE_KINDS,
  lookupIndicator,
  type Card,
  type CardLevel,
  type IndicatorCategory,
  type OfficeKind,
  type Scheme,
} from '../../domain';
import type { MonthSummary } from '../../engine/monthHistory';
import type { CardsMonth } from '../../charts/options/cardsOverTimeOption';

/** Which cards are listed; 'all' lets everything through. Kept in the URL. */
export interface AlertFilters {
  level: CardLevel | 'all';
  officeKind: OfficeKind | 'all';
  category: IndicatorCategory | 'all';
  /** A child region of the scope (its id), the scope's own offices (OWN_AREA), or all. */
  area: string | 'all';
  /** One card rule (its id), or all. */
  rule: string | 'all';
}

export const FILTER_PARAMS = { level: 'level', officeKind: 'officeKind', category: 'category', area: 'area', rule: 'rule' } as const;

/** The area filter's value for the scope's own offices (市直部门, townships directly under it). */
export const OWN_AREA = 'own';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | 'all' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : 'all';
}

/** Unknown values fall back to 'all', so a mistyped link lists every card rather than none. */
export function parseAlertFilters(params: URLSearchParams): AlertFilters {
  return {
    level: oneOf(params.get(FILTER_PARAMS.level), CARD_LEVELS),
    officeKind: oneOf(params.get(FILTER_PARAMS.officeKind), OFFICE_KINDS),
    category: oneOf(params.get(FILTER_PARAMS.category), INDICATOR_CATEGORIES),
    area: params.get(FILTER_PARAMS.area) || 'all',
    rule: params.get(FILTER_PARAMS.rule) || 'all',
  };
}

export function isFiltered(filters: AlertFilters): boolean {
  return filters.level !== 'all' || filters.officeKind !== 'all' || filters.category !== 'all' || filters.area !== 'all' || filters.rule !== 'all';
}

/** The office kinds the scheme's card rules can fire for, in the domain's order. */
export function cardKinds(scheme: Scheme): OfficeKind[] {
  const kinds = new Set(scheme.cardRules.flatMap((rule) => rule.appliesTo));
  return OFFICE_KINDS.filter((kind) => kinds.has(kind));
}

/** The indicator categories the scheme's card rules watch, in the domain's order. */
export function cardCategories(scheme: Scheme): IndicatorCategory[] {
  const categories = new Set(scheme.cardRules.map((rule) => lookupIndicator(scheme.definitions, rule.subject)?.category));
  return INDICATOR_CATEGORIES.filter((category) => categories.has(category));
}

/**
 * `areaOf` gives the child region of the scope an office is in (OWN_AREA for the scope's own); an
 * area filter that names no area of this scope (a link from another scope) lets everything through.
 */
export function cardMatcher(
  filters: AlertFilters,
  kindOf: (officeId: string) => OfficeKind | undefined,
  areaOf: (officeId: string) => string = () => OWN_AREA,
  areas?: ReadonlySet<string>,
): (card: Card) => boolean {
  const area = filters.area !== 'all' && (!areas || areas.has(filters.area)) ? filters.area : 'all';
  return (card) =>
    (filters.level === 'all' || card.level === filters.level) &&
    (filters.officeKind === 'all' || kindOf(card.officeId) === filters.officeKind) &&
    (filters.category === 'all' || card.indicator.category === filters.category) &&
    (filters.rule === 'all' || card.ruleId === filters.rule) &&
    (area === 'all' || areaOf(card.officeId) === area);
}

/** Red and yellow cards per month that pass the filters: the same cards the list would show for that month. */
export function cardsPerMonth(history: readonly MonthSummary[], matches: (card: Card) => boolean): CardsMonth[] {
  return history.map((summary) => {
    let red = 0;
    let yellow = 0;
    for (const card of summary.cards) {
      if (!matches(card)) continue;
      if (card.level === 'red') red++;
      else yellow++;
    }
    return { month: summary.month, red, yellow, partial: summary.partial };
  });
}
