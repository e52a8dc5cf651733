/**
 * Why an office's score is what it is (失分项), as every screen that shows a rank or a score
 * states it: "好评率 99.33%（起评线 99.50%）−15.00分" (what moved it since the comparison period is
 * worded by scoreChange.ts, which the first screen does not load). Pure functions over the engine's facts
 * (OfficeEvaluation.scoreDetails and scoreChange) and the scheme the evaluation was computed under.
 */
import { indicatorOrPlaceholder, isRate, type Indicator, type IndicatorId, type OfficeKind, type Scheme, type SchemeIndicator } from '../../domain';
import type { IndicatorScore, OfficeEvaluation } from '../../engine/evaluationTypes';
import { indicatorName } from '../naming/indicatorName';
import type { Words } from './honest/words';

/** Points are shown with two decimals: a loss or a change that rounds to 0.00 is none. */
export const POINTS_SHOWN = 0.005;

/** How many lost-point items a ranking row and the overview name. */
export const LOST_ITEMS_SHOWN = 2;

export interface LostItem {
  indicator: Indicator;
  /** scored: the value fell short; missing: a field it needs was not reported (数据不全). */
  status: 'scored' | 'missing';
  /** The value the scheme scored: a rate, or a count per month (counts are scored per month). */
  value: number | null;
  perMonth: boolean;
  /** The scheme row's floor (起评线, scores 0) and target (满分线, scores 100); null without a row. */
  floor: number | null;
  target: number | null;
  /** Points lost out of 100. */
  lost: number;
}

/** The scheme row that scores an indicator for an office of this kind (the first one, as the engine does). */
export function schemeRow(scheme: Pick<Scheme, 'indicators'>, id: IndicatorId, kind: OfficeKind): SchemeIndicator | undefined {
  return (
    scheme.indicators.find((item) => item.indicatorId === id && item.appliesTo.includes(kind)) ?? scheme.indicators.find((item) => item.indicatorId === id)
  );
}

/** The indicator an id names under the scheme (its own definitions first), never a crash. */
export function schemeIndicator(scheme: Pick<Scheme, 'definitions'>, id: IndicatorId): Indicator {
  return indicatorOrPlaceholder(scheme.definitions, id);
}

/**
 * The indicators that lost the office points, most first (ties in scheme order): a value short of
 * its target, or 数据不全 scored 0 at its full weight. 样本不足 and 无数值 are left out of the
 * weights, so they lose nothing and are not listed here (see leftOutDetails).
 */
export function lostItems(
  office: Pick<OfficeEvaluation, 'kind' | 'scoreDetails'>,
  scheme: Pick<Scheme, 'indicators' | 'definitions'>,
  months: number,
): LostItem[] {
  const details = office.scoreDetails ?? [];
  const items: (LostItem & { order: number })[] = [];
  details.forEach((detail, order) => {
    if ((detail.status !== 'scored' && detail.status !== 'missing') || detail.lost === null || !(detail.lost >= POINTS_SHOWN)) return;
    const indicator = schemeIndicator(scheme, detail.indicatorId);
    const row = schemeRow(scheme, detail.indicatorId, office.kind);
    const perMonth = !isRate(indicator);
    const value = detail.value === null || !Number.isFinite(detail.value) ? null : perMonth ? detail.value / Math.max(1, months) : detail.value;
    items.push({ indicator, status: detail.status, value, perMonth, floor: row?.floor ?? null, target: row?.target ?? null, lost: detail.lost, order });
  });
  items.sort((a, b) => b.lost - a.lost || a.order - b.order);
  return items.map(({ order: _order, ...item }) => item);
}

/** The scheme indicators an office was not scored on for a small sample (样本不足). */
export function smallSampleDetails(office: Pick<OfficeEvaluation, 'scoreDetails'>): IndicatorScore[] {
  return (office.scoreDetails ?? []).filter((detail) => detail.status === 'small-sample');
}

/** "−15.00分" (a true minus sign), "+2.60": points with their sign. */
export function signedPoints(value: number, words: Pick<Words, 't'> & { formatScore: (value: number) => string }): string {
  const shown = words.formatScore(Math.abs(value));
  if (Math.abs(value) < POINTS_SHOWN) return shown;
  return `${value < 0 ? '−' : '+'}${shown}`;
}

export type LostWords = Pick<Words, 't' | 'locale' | 'formatIndicator' | 'formatCount'> & { formatScore: (value: number) => string };

function valueText(item: Pick<LostItem, 'indicator' | 'perMonth'>, value: number, words: LostWords): string {
  if (!item.perMonth) return words.formatIndicator(item.indicator, value);
  // A month's share of a quarter can be fractional: one decimal, never a rounded-away shortfall.
  const shown = Number.isInteger(value) ? words.formatCount(value) : (Math.round(value * 10) / 10).toLocaleString(words.locale === 'zh-CN' ? 'zh-CN' : 'en-US');
  return words.t('lost.perMonth', { value: shown });
}

/** At or beyond the floor: the indicator scored 0, so the floor is the yardstick; else the target. */
function belowFloor(item: LostItem): boolean {
  if (item.value === null || item.floor === null) return false;
  return item.indicator.direction === 'lower' ? item.value >= item.floor : item.value <= item.floor;
}

/**
 * One lost-point item as a line: "好评率 99.33%（起评线 99.50%）−15.00分" under the floor,
 * "网上办理率 86.20%（满分线 90.00%）−2.60分" between floor and target, "好评率 数据不全 −15.00分"
 * for a field not reported.
 */
export function lostItemText(item: LostItem, words: LostWords): string {
  const name = indicatorName(item.indicator, words.locale);
  const points = words.t('lost.points', { points: signedPoints(-item.lost, words) });
  if (item.status === 'missing' || item.value === null) return words.t('lost.missing', { indicator: name, points });
  const floor = belowFloor(item);
  const bound = floor ? item.floor : item.target;
  if (bound === null) return words.t('lost.plain', { indicator: name, value: valueText(item, item.value, words), points });
  return words.t(floor ? 'lost.underFloor' : 'lost.underTarget', {
    indicator: name,
    value: valueText(item, item.value, words),
    bound: valueText(item, bound, words),
    points,
  });
}
