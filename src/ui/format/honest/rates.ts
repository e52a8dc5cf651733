import { indicatorById, isIndicatorId, isRate, type Indicator, type IndicatorId } from '../../../domain';
import { RATE_STEPS, rateSteps } from '../rateSteps';
import { finite, type Words } from './words';

// Rates as displayed: a rate's change is the difference of the two rates as shown (two decimals
// of a per cent), so that shown(current) − shown(previous) = shown(change), always; and a rate
// above 100% is never shown without its reason beside it.

/** The rate as it is displayed, as a fraction: 0.99967 → 0.9997. */
export function displayedRate(rate: number | null | undefined): number | null {
  return finite(rate) ? rateSteps(rate) / RATE_STEPS : null;
}

/**
 * current − previous in percentage points, from the two rates as displayed, as a fraction
 * (0.0005 = 0.05 个百分点): 99.97% − 99.95% is +0.02 个百分点 whatever the digits behind them.
 */
export function displayedPointChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (!finite(current) || !finite(previous)) return null;
  return (rateSteps(current) - rateSteps(previous)) / RATE_STEPS;
}

/** Above 100.00% as displayed (100.004% shows as 100.00% and needs no reason). */
export function isOverHundred(rate: number | null | undefined): boolean {
  return finite(rate) && rateSteps(rate) > RATE_STEPS;
}

export interface RateReason {
  /** Beside the figure: 含以前月份受理的件. */
  short: string;
  /** The full reason, for a title or a footnote. */
  long: string;
}

/**
 * Why a rate shows above 100%, or null when it does not. 办结率 passes 100% where a source does
 * not send 上月结转在办件数 (carriedOver): items accepted in earlier months are completed now.
 */
export function overHundredReason(indicator: Indicator | IndicatorId, value: number | null | undefined, { t }: Pick<Words, 't'>): RateReason | null {
  const definition = typeof indicator === 'string' ? (isIndicatorId(indicator) ? indicatorById(indicator) : null) : indicator;
  // Only a rate is a per cent: 32,917 items are not "above 100%".
  if (!definition || !isRate(definition) || !isOverHundred(value)) return null;
  const id = definition.id;
  if (id === 'completionRate') return { short: t('figure.over100.completionRate'), long: t('figure.over100.completionRateHint') };
  return { short: t('figure.over100.other'), long: t('figure.over100.otherHint') };
}

/**
 * An indicator's value as plain text, a rate above 100% with its reason beside it:
 * "102.35%（含以前月份受理的件）". For tables, tooltips, exports: anywhere one string is shown.
 */
export function indicatorText(indicator: Indicator, value: number | null | undefined, words: Pick<Words, 't' | 'formatIndicator'>): string {
  const text = words.formatIndicator(indicator, value);
  if (!isRate(indicator)) return text;
  const reason = overHundredReason(indicator, value, words);
  return reason ? words.t('figure.withReason', { value: text, reason: reason.short }) : text;
}
