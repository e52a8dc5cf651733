import { indicatorById, isRate, type Card, type Comparison } from '../../domain';
import type { Formatters } from './formatters';
import type { Translate } from '../i18n/translate';
import { overHundredReason } from './honest';

const SYMBOLS: Record<Comparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** "< 99.50%": the rule's line, in the unit of the indicator it watches. */
export function conditionText(card: Pick<Card, 'subject' | 'comparison' | 'threshold'>, format: Pick<Formatters, 'formatIndicator'>): string {
  return `${SYMBOLS[card.comparison]} ${format.formatIndicator(indicatorById(card.subject), card.threshold)}`;
}

/**
 * The actual value, with as many decimals as it takes to differ from the line it crossed:
 * "99.797% < 99.80%", never "99.80% < 99.80%".
 */
export function actualText(card: Pick<Card, 'subject' | 'actual' | 'threshold'>, format: Pick<Formatters, 'formatIndicator'>): string {
  const indicator = indicatorById(card.subject);
  const shown = format.formatIndicator(indicator, card.actual);
  if (!isRate(indicator) || card.actual === card.threshold || shown !== format.formatIndicator(indicator, card.threshold)) return shown;
  for (let digits = 3; digits <= 6; digits++) {
    const text = (card.actual * 100).toFixed(digits);
    if (text !== (card.threshold * 100).toFixed(digits)) return `${text}%`;
  }
  return shown;
}

/** actualText, and for a rate above 100% its reason beside it. */
export function actualWithReason(
  card: Pick<Card, 'subject' | 'actual' | 'threshold'>,
  format: Pick<Formatters, 'formatIndicator'> & { t: Translate },
): string {
  const text = actualText(card, format);
  const reason = isRate(indicatorById(card.subject)) ? overHundredReason(card.subject, card.actual, format) : null;
  return reason ? format.t('figure.withReason', { value: text, reason: reason.short }) : text;
}
