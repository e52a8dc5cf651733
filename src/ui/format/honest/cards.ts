import { indicatorById, isIndicatorId, type Card, type Indicator } from '../../../domain';
import { DEFAULT_SCHEME } from '../../../engine';
import { isMessageKey } from '../../i18n/translate';
import type { Words } from './words';

// Red and yellow cards as screens count and name them: offices first, then cards; a rule by its
// name, never its id.

export interface CardCount {
  offices: number;
  cards: number;
}

/** How many offices carry a red / yellow card, and how many cards. */
export function cardCounts(cards: readonly Pick<Card, 'level' | 'officeId'>[]): { red: CardCount; yellow: CardCount; offices: number } {
  const count = (level: Card['level']): CardCount => {
    const of = cards.filter((card) => card.level === level);
    return { offices: new Set(of.map((card) => card.officeId)).size, cards: of.length };
  };
  return { red: count('red'), yellow: count('yellow'), offices: new Set(cards.map((card) => card.officeId)).size };
}

/** "3 个单位（4 张）". */
export function cardCountText(count: CardCount, { t, formatCount }: Pick<Words, 't' | 'formatCount'>): string {
  return t('cards.offices', { offices: formatCount(count.offices), cards: formatCount(count.cards) });
}

const BUILT_IN_RULES = new Map(DEFAULT_SCHEME.cardRules.map((rule) => [rule.id, rule.subject]));

/**
 * What a card rule is called on screen, never its id: a rule of the built-in scheme by its Chinese
 * name (when it still watches what the built-in rule watches), a staff-made one by its message,
 * and one without a message by what it says ("按时办结率 < 99.50%").
 */
export function cardRuleName(
  rule: Pick<Card, 'ruleId' | 'subject' | 'message' | 'comparison' | 'threshold'> & { indicator?: Indicator },
  words: Pick<Words, 't' | 'locale' | 'formatIndicator'>,
  conditionText: (rule: Pick<Card, 'subject' | 'comparison' | 'threshold'>) => string,
): string {
  const key = `cardRule.${rule.ruleId}`;
  if (BUILT_IN_RULES.get(rule.ruleId) === rule.subject && isMessageKey(key)) return words.t(key);
  const message = rule.message.trim();
  if (message !== '') return message;
  const indicator = rule.indicator ?? (isIndicatorId(rule.subject) ? indicatorById(rule.subject) : null);
  const name = indicator ? (words.locale === 'zh-CN' ? indicator.label.zh : indicator.label.en) : rule.subject;
  return words.t('cardRule.described', { indicator: name, condition: conditionText(rule) });
}
