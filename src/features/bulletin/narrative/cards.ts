import { isRate } from '../../../domain';
import type { BulletinCard, BulletinFacts } from '../../../engine';
import { cardRuleName } from '../../../ui';
import { conditionText } from '../../../ui/format/cardRuleText';
import { indicatorIn, joinNames, monthWord, sentence, type NarrativeContext } from './context';
import { countWithUnit, rateText } from './figures';
import { kindWord } from './kinds';

/** Past this many offices under one rule, a sentence names them by area (or the first few) and the annex lists them all. */
export const NAMED_PER_RULE = 8;

/** A rule as staff know it: 超期办结, 按时办结率低于预警线 (never its id). */
export function ruleName(ctx: NarrativeContext, card: BulletinCard): string {
  return cardRuleName(card, { t: ctx.t, locale: ctx.locale, formatIndicator: ctx.f.formatIndicator }, (rule) => conditionText(rule, ctx.f));
}

/** The number that raised the card: 3件, 98.20%. */
export function cardValue(ctx: NarrativeContext, card: BulletinCard): string {
  const indicator = card.indicator ?? indicatorIn(ctx, card.subject);
  return isRate(indicator) ? rateText(ctx, card.subject, card.actual) : countWithUnit(ctx, card.actual, indicator.unit);
}

/** "县公安局3件（自8月起连续3个月）". */
function namedItem(ctx: NarrativeContext, card: BulletinCard): string {
  const since =
    card.consecutiveMonths > 1 ? ctx.t('bulletin.n.cards.since', { since: monthWord(ctx, card.since), count: ctx.f.formatCount(card.consecutiveMonths) }) : '';
  return ctx.t('bulletin.n.cards.item', { name: ctx.naming.name(card), actual: cardValue(ctx, card), since });
}

/** Cards of one rule, in the order the evaluation gives them (red first, then the scheme's rule order). */
function byRule(cards: readonly BulletinCard[]): BulletinCard[][] {
  const groups = new Map<string, BulletinCard[]>();
  for (const card of cards) {
    const key = `${card.level}:${card.ruleId}`;
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  return [...groups.values()];
}

/**
 * Where the offices of one rule are: "松源县3个、青岚县2个、市直部门1个" for a few areas; for many,
 * how many areas and those with more than one ("分布在9个县，其中丰禾县、松源县各2个").
 */
function byArea(ctx: NarrativeContext, cards: readonly BulletinCard[], ownWord: string, regionWord: string): string {
  const counts = new Map<string, number>();
  for (const office of new Set(cards.map((card) => card.officeId))) {
    const area = ctx.naming.area(office)?.name ?? ownWord;
    counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (sorted.length <= 4)
    return joinNames(
      ctx,
      sorted.map(([area, count]) => ctx.t('bulletin.n.cards.areaCount', { area, count: ctx.f.formatCount(count) })),
    );
  const regions = sorted.filter(([area]) => area !== ownWord).length;
  const spread = ctx.t(sorted.some(([area]) => area === ownWord) ? 'bulletin.n.cards.spreadOwn' : 'bulletin.n.cards.spread', {
    count: ctx.f.formatCount(regions),
    kind: regionWord,
    own: ownWord,
  });
  const byCount = new Map<number, string[]>();
  for (const [area, count] of sorted) if (count > 1) byCount.set(count, [...(byCount.get(count) ?? []), area]);
  if (byCount.size === 0) return spread;
  const more = [...byCount.entries()].map(([count, areas]) =>
    ctx.t(areas.length > 1 ? 'bulletin.n.cards.eachCount' : 'bulletin.n.cards.areaCount', { area: joinNames(ctx, areas), count: ctx.f.formatCount(count) }),
  );
  return ctx.t('bulletin.n.cards.spreadMost', { spread, list: joinNames(ctx, more) });
}

/**
 * One sentence per rule: the rule by name, its level, how many offices, and who — by name with
 * the number that raised each card, or, for a prefecture or a long list, by county with the names
 * left to the annex's table. Never the rule's indicator used as a noun with a number ("超期件数2件").
 */
function ruleSentence(ctx: NarrativeContext, facts: BulletinFacts, cards: readonly BulletinCard[], ownWord: string): string {
  const first = cards[0]!;
  const offices = new Set(cards.map((card) => card.officeId)).size;
  const params = {
    rule: ruleName(ctx, first),
    level: ctx.t(first.level === 'red' ? 'bulletin.card.red' : 'bulletin.card.yellow'),
    count: ctx.f.formatCount(offices),
  };
  const indicator = first.indicator ?? indicatorIn(ctx, first.subject);
  // A count's total says something only when several offices share the rule.
  const total = isRate(indicator) || offices < 2 ? null : cards.reduce((sum, card) => sum + card.actual, 0);
  const totalText = total === null ? '' : ctx.t('bulletin.n.cards.total', { value: countWithUnit(ctx, total, indicator.unit) });
  const byCounty = facts.rankings.region.rows.length > 0;
  if (byCounty || offices > NAMED_PER_RULE) {
    const where = byCounty
      ? byArea(ctx, cards, ownWord, kindWord(ctx, 'region'))
      : joinNames(
          ctx,
          cards.slice(0, 3).map((card) => ctx.naming.name(card)),
        );
    return sentence(ctx, [[ctx.t(byCounty ? 'bulletin.n.cards.ruleByArea' : 'bulletin.n.cards.ruleMany', { ...params, where, total: totalText })]]);
  }
  return sentence(ctx, [
    [
      ctx.t('bulletin.n.cards.rule', {
        ...params,
        list: joinNames(
          ctx,
          cards.map((card) => namedItem(ctx, card)),
        ),
        total: totalText,
      }),
    ],
  ]);
}

/**
 * Zero is the normal state; every card is news. How many offices carry a red / yellow card, then
 * one sentence per rule; the detail of every card (number, line, since when) is in the annex.
 */
export function cardsParagraph(ctx: NarrativeContext, facts: BulletinFacts, ownWord: string): string {
  const { red, yellow } = facts.cards;
  const month = monthWord(ctx, facts.month);
  if (red.length === 0 && yellow.length === 0) return sentence(ctx, [[ctx.t('bulletin.n.cards.none', { month })]]);
  const offices = (cards: readonly BulletinCard[]) => ctx.f.formatCount(new Set(cards.map((card) => card.officeId)).size);
  const params = {
    month,
    redOffices: offices(red),
    red: ctx.f.formatCount(red.length),
    yellowOffices: offices(yellow),
    yellow: ctx.f.formatCount(yellow.length),
  };
  const key = yellow.length === 0 ? 'bulletin.n.cards.summaryRed' : red.length === 0 ? 'bulletin.n.cards.summaryYellow' : 'bulletin.n.cards.summary';
  const parts = [sentence(ctx, [[ctx.t(key, params)]])];
  for (const group of byRule([...red, ...yellow])) parts.push(ruleSentence(ctx, facts, group, ownWord));
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ');
}
