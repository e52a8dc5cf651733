import { isRate } from '../../../domain';
import type { BulletinCard, BulletinFacts } from '../../../engine';
import { indicatorIn, sentence, type NarrativeContext } from './context';
import { countWithUnit, indicatorName, rateText } from './figures';

/** "县市场监督管理局超期件数4件（有超期办结事项，自2026年8月起连续3个月）". */
export function cardClause(ctx: NarrativeContext, card: BulletinCard): string {
  const indicator = card.indicator ?? indicatorIn(ctx, card.subject);
  const actual = isRate(indicator) ? rateText(ctx, card.subject, card.actual) : countWithUnit(ctx, card.actual, indicator.unit);
  const since =
    card.consecutiveMonths > 1
      ? ctx.t('bulletin.n.cards.since', { since: ctx.f.formatMonth(card.since), count: ctx.f.formatCount(card.consecutiveMonths) })
      : ctx.t('bulletin.n.cards.new');
  return ctx.t('bulletin.n.cards.item', { name: card.name, label: indicatorName(ctx, card.subject), actual, message: card.message, since });
}

/**
 * Zero is the normal state; every card is news and is named: office, rule, number, since when.
 * The count says how many offices carry a red / yellow card, then how many cards.
 */
export function cardsParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const { red, yellow } = facts.cards;
  if (red.length === 0 && yellow.length === 0) return sentence(ctx, [[ctx.t('bulletin.n.cards.none')]]);
  const offices = (cards: readonly BulletinCard[]) => ctx.f.formatCount(new Set(cards.map((card) => card.officeId)).size);
  const separator = ctx.locale === 'zh-CN' ? '；' : '; ';
  const params = {
    redOffices: offices(red),
    red: ctx.f.formatCount(red.length),
    yellowOffices: offices(yellow),
    yellow: ctx.f.formatCount(yellow.length),
  };
  const key = yellow.length === 0 ? 'bulletin.n.cards.summaryRed' : red.length === 0 ? 'bulletin.n.cards.summaryYellow' : 'bulletin.n.cards.summary';
  const parts = [sentence(ctx, [[ctx.t(key, params)]])];
  if (red.length > 0) parts.push(sentence(ctx, [[ctx.t('bulletin.n.cards.red', { list: red.map((card) => cardClause(ctx, card)).join(separator) })]]));
  if (yellow.length > 0) {
    parts.push(sentence(ctx, [[ctx.t('bulletin.n.cards.yellow', { list: yellow.map((card) => cardClause(ctx, card)).join(separator) })]]));
  }
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ');
}
