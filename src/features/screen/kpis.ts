import { indicatorById, isRate, type Indicator, type IndicatorId } from '../../domain';
import type { OfficeEvaluation } from '../../engine';

/** The headline figures, in the order leadership reads them: volume, online, on time, reviews, hotline. */
export const KPI_INDICATORS: readonly IndicatorId[] = ['accepted', 'onlineRate', 'onTimeRate', 'goodReviewRate', 'hotlineSatisfactionRate'];

export type Tone = 'good' | 'bad' | 'flat' | 'none';

export interface KpiTile {
  indicator: Indicator;
  value: number | null;
  /** Month-on-month: relative for counts (+3.2% as 0.032), percentage points for rates (as a fraction). */
  change: number | null;
  changeKind: 'relative' | 'points';
  tone: Tone;
}

/**
 * Changes are shown as percentages with two decimals: anything that rounds to 0.00 reads as no
 * change, and must not be coloured or arrowed as a fall (a red ▼ beside "0.00" misleads).
 */
const SHOWN_RESOLUTION = 0.00005;

/** Whether a change is good news, by the indicator's direction; 'none' when there is no change to judge. */
export function changeTone(indicator: Indicator, change: number | null): Tone {
  if (change === null || !Number.isFinite(change)) return 'none';
  if (Math.abs(change) < SHOWN_RESOLUTION) return 'flat';
  return (change > 0) === (indicator.direction === 'higher') ? 'good' : 'bad';
}

/** The tiles of a scope's evaluation: values and their 环比 come from the engine, nothing is recomputed. */
export function kpiTiles(scope: OfficeEvaluation, indicatorIds: readonly IndicatorId[] = KPI_INDICATORS): KpiTile[] {
  return indicatorIds.map((id) => {
    const indicator = indicatorById(id);
    const mom = scope.deltas[id]?.mom;
    const rate = isRate(indicator);
    const change = (rate ? mom?.absolute : mom?.relative) ?? null;
    return {
      indicator,
      value: scope.values[id] ?? null,
      change,
      changeKind: rate ? 'points' : 'relative',
      tone: changeTone(indicator, change),
    };
  });
}
