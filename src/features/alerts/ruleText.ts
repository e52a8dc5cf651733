import { indicatorById, type Card, type Comparison, type Locale } from '../../domain';
import type { Formatters } from '../../ui';

const SYMBOLS: Record<Comparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

export function subjectName(card: Pick<Card, 'subject'>, locale: Locale): string {
  const indicator = indicatorById(card.subject);
  return locale === 'zh-CN' ? indicator.label.zh : indicator.label.en;
}

/** "< 99.50%": the rule's line, in the unit of the indicator it watches. */
export function conditionText(card: Pick<Card, 'subject' | 'comparison' | 'threshold'>, format: Pick<Formatters, 'formatIndicator'>): string {
  return `${SYMBOLS[card.comparison]} ${format.formatIndicator(indicatorById(card.subject), card.threshold)}`;
}

export function actualText(card: Pick<Card, 'subject' | 'actual'>, format: Pick<Formatters, 'formatIndicator'>): string {
  return format.formatIndicator(indicatorById(card.subject), card.actual);
}
