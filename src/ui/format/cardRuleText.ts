import { isRate, lookupIndicator, type Card, type Comparison, type Indicator } from '../../domain';
import type { Formatters } from './formatters';
import type { Translate } from '../i18n/translate';
import { overHundredReason } from './honest/rates';

const SYMBOLS: Record<Comparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

type Watched = Pick<Card, 'subject'> & { indicator?: Indicator };

/** The indicator a card watches: its own definition (a scheme's indicator included), else the built-in one. */
export function cardIndicator(card: Watched): Indicator {
  return (
    card.indicator ??
    lookupIndicator(undefined, card.subject) ?? {
      id: card.subject,
      label: { zh: card.subject, en: card.subject },
      formula: { type: 'count', terms: [] },
      unit: 'items',
      direction: 'higher',
      category: 'handling',
      appliesTo: [],
      minDenominator: 0,
    }
  );
}

/** "< 99.50%": the rule's line, in the unit of the indicator it watches. */
export function conditionText(card: Watched & Pick<Card, 'comparison' | 'threshold'>, format: Pick<Formatters, 'formatIndicator'>): string {
  return `${SYMBOLS[card.comparison]} ${format.formatIndicator(cardIndicator(card), card.threshold)}`;
}

/**
 * The actual value, with as many decimals as it takes to differ from the line it crossed:
 * "99.797% < 99.80%", never "99.80% < 99.80%".
 */
export function actualText(card: Watched & Pick<Card, 'actual' | 'threshold'>, format: Pick<Formatters, 'formatIndicator'>): string {
  const indicator = cardIndicator(card);
  const shown = format.formatIndicator(indicator, card.actual);
  if (!isRate(indicator) || card.actual === card.threshold || shown !== format.formatIndicator(indicator, card.threshold)) return shown;
  for (let digits = 3; digits <= 6; digits++) {
    const text = (card.actual * 100).toFixed(digits);
    if (text !== (card.threshold * 100).toFixed(digits)) return `${text}%`;
  }
  return shown;
}

/** actualText, and for a rate above 100% its reason beside it. */
export function actualWithReason(card: Watched & Pick<Card, 'actual' | 'threshold'>, format: Pick<Formatters, 'formatIndicator'> & { t: Translate }): string {
  const text = actualText(card, format);
  const indicator = cardIndicator(card);
  const reason = isRate(indicator) ? overHundredReason(indicator, card.actual, format) : null;
  return reason ? format.t('figure.withReason', { value: text, reason: reason.short }) : text;
}
