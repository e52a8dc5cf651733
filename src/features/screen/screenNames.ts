import type { Card, Comparison } from '../../domain';
import type { EngineData } from '../../engine';
import { cardRuleName, indicatorText, qualifiedNames, type I18n, type Qualify } from '../../ui';
import { conditionText } from '../../ui/format/cardRuleText';
import type { TickerItem } from './AlarmTicker';
import { cardKey, type CardTracker } from './cardTracker';

/** How the screen names an office: qualified (城东街道（松源县）) where the name repeats in the scope. */
export type NameOf = (officeId: string) => string;

/**
 * Every office of the scope named as boards, cards, the ticker and the map show them: a name that
 * repeats among the scope's offices carries its county (qualifiedNames, the one naming function).
 * Built from the tree alone, once per data and scope.
 */
export function scopeNames(engine: EngineData, scopeId: string, qualify: Qualify): NameOf {
  const start = engine.officeIndex.get(scopeId);
  if (start === undefined) return (id) => id;
  const offices = engine.offices
    .slice(start, engine.subtreeEnd[start])
    .map((office) => ({ officeId: office.id, name: office.name, parentId: office.parentId }));
  const names = qualifiedNames(engine, offices, qualify);
  return (id) => names.get(id) ?? engine.offices[engine.officeIndex.get(id) ?? -1]?.name ?? id;
}

export const COMPARISON_SIGN: Record<Comparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

type Words = Pick<I18n, 't' | 'locale' | 'formatIndicator' | 'formatCount'>;

/** "实际 2（> 0 亮牌）": the number that fired the card against its threshold. */
export function cardFigure(card: Card, words: Words): string {
  return words.t('screen.cards.actual', {
    actual: indicatorText(card.indicator, card.actual, words),
    comparison: COMPARISON_SIGN[card.comparison],
    threshold: words.formatIndicator(card.indicator, card.threshold),
  });
}

/** The ticker's lines: red cards first seen within the last hour, newest first. */
export function tickerItems(cards: readonly Card[], tracker: CardTracker, fresh: ReadonlySet<string>, nameOf: NameOf, words: Words): TickerItem[] {
  return cards
    .filter((card) => fresh.has(cardKey(card)))
    .map((card) => ({
      key: cardKey(card),
      office: nameOf(card.officeId),
      rule: cardRuleName(card, words, (rule) => conditionText(rule, words)),
      figure: cardFigure(card, words),
      seenAt: tracker.firstSeen.get(cardKey(card)) ?? 0,
    }))
    .sort((a, b) => b.seenAt - a.seenAt || a.office.localeCompare(b.office));
}
