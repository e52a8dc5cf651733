import { isRate, type Indicator, type IndicatorUnit } from '../../../domain';
import type { Delta } from '../../../engine';
import { NO_VALUE } from '../formatters';
import { displayedPointChange } from './rates';
import { finite, type Words } from './words';

// Changes against a comparison period: a rate's in 个百分点 between the rates as displayed, a
// count's relative unless its base is under 10 (then absolute, +21件, never "+2,100.00%"), and a
// cumulative (year-to-date) figure has none — shown as —, with that reason.

/** A count whose previous value is under this changes in units, not per cent. */
export const SMALL_BASE = 10;

export type ChangeMeasure = 'points' | 'relative' | 'absolute';
export type ChangeMovement = 'up' | 'down' | 'flat' | 'none' | 'gap';
/** good/bad by the indicator's direction: for a lower-is-better indicator a rise is bad. */
export type ChangeTone = 'good' | 'bad' | 'flat' | 'none';

export interface ChangeView {
  /** none: no comparable figure; gap: no comparison by rule (累计数不作环比). */
  movement: ChangeMovement;
  tone: ChangeTone;
  /** points for a rate (as displayed), relative for a count, absolute for a count on a base under 10. */
  measure: ChangeMeasure;
  /** points and relative as fractions (0.0005 = 0.05 个百分点, 0.032 = 3.20%); absolute in units. */
  value: number | null;
}

/** A count's change: relative, or absolute when the base is under SMALL_BASE (0 included). */
export function countChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): { measure: 'relative' | 'absolute'; value: number } | null {
  if (!finite(current) || !finite(previous)) return null;
  if (Math.abs(previous) < SMALL_BASE) return { measure: 'absolute', value: current - previous };
  return { measure: 'relative', value: (current - previous) / Math.abs(previous) };
}

/** Below this a relative change shows as 0.00% and reads as no change. */
const RELATIVE_FLAT = 0.00005;

/**
 * How a change against a comparison period reads: from the current value and the delta's
 * previous one (never its absolute: a rate's change is taken between the displayed rates).
 */
export function describeChange(indicator: Indicator, current: number | null | undefined, delta: Delta | undefined): ChangeView {
  const rate = isRate(indicator);
  const measure: ChangeMeasure = rate ? 'points' : 'relative';
  if (delta?.gap === 'cumulative') return { movement: 'gap', tone: 'none', measure, value: null };
  const previous = delta?.previous;
  let value: number | null;
  let shownMeasure: ChangeMeasure = measure;
  if (rate) value = displayedPointChange(current, previous);
  else {
    const change = countChange(current, previous);
    value = change?.value ?? null;
    shownMeasure = change?.measure ?? measure;
  }
  if (value === null) return { movement: 'none', tone: 'none', measure: shownMeasure, value: null };
  const flat = shownMeasure === 'relative' ? Math.abs(value) < RELATIVE_FLAT : value === 0;
  if (flat) return { movement: 'flat', tone: 'flat', measure: shownMeasure, value };
  const movement = value > 0 ? 'up' : 'down';
  const better = (movement === 'up') === (indicator.direction === 'higher');
  return { movement, tone: better ? 'good' : 'bad', measure: shownMeasure, value };
}

export type CountUnitWord = IndicatorUnit | 'cards';

/** A signed count with its unit: +21件, -3条, +1张. */
export function countChangeText(value: number, unit: CountUnitWord, { t, formatCountChange }: Pick<Words, 't' | 'formatCountChange'>): string {
  const key = unit === 'rate' ? 'figure.unit.items' : (`figure.unit.${unit}` as const);
  return t(key, { value: formatCountChange(value) });
}

/** The change as shown: +0.05个百分点, +3.20%, +21件; — when there is none (see changeReason). */
export function changeText(
  indicator: Indicator,
  view: ChangeView,
  words: Pick<Words, 't' | 'formatPointChange' | 'formatRelativeChange' | 'formatCountChange'>,
): string {
  if (view.value === null) return NO_VALUE;
  switch (view.measure) {
    case 'points':
      return words.formatPointChange(view.value);
    case 'relative':
      return words.formatRelativeChange(view.value);
    case 'absolute':
      return countChangeText(view.value, indicator.unit, words);
  }
}

/** Why a change shows as —, or why it is in units: for a title, a tooltip or a screen reader. */
export function changeReason(view: ChangeView, { t }: Pick<Words, 't'>): string | null {
  if (view.movement === 'gap') return t('figure.change.cumulative');
  if (view.movement === 'none') return t('figure.change.none');
  if (view.measure === 'absolute') return t('figure.change.smallBase');
  return null;
}

/** One string for a table cell or an export: the change, or — with its reason. */
export function changeCellText(indicator: Indicator, current: number | null | undefined, delta: Delta | undefined, words: Words): string {
  const view = describeChange(indicator, current, delta);
  if (view.movement === 'gap') return words.t('figure.withReason', { value: NO_VALUE, reason: words.t('figure.change.cumulative') });
  return changeText(indicator, view, words);
}
