import { indicatorById, type Indicator, type IndicatorId } from '../../domain';
import type { OfficeEvaluation } from '../../engine';
import { describeChange, type ChangeView } from '../../ui';

/** The headline figures, in the order leadership reads them: volume, online, on time, reviews, hotline. */
export const KPI_INDICATORS: readonly IndicatorId[] = ['accepted', 'onlineRate', 'onTimeRate', 'goodReviewRate', 'hotlineSatisfactionRate'];

export interface KpiTile {
  indicator: Indicator;
  value: number | null;
  /**
   * 环比 as every screen states it (src/ui/format/honest.ts): a rate's change between the rates as
   * displayed, a count's relative change or, on a base under 10, in units; none without a previous
   * figure; gap for a year-to-date (累计数不作环比). Anything that shows as 0.00 is flat, never a red ▼.
   */
  mom: ChangeView;
}

/** The tiles of a scope's evaluation: values and their 环比 come from the engine, nothing is recomputed. */
export function kpiTiles(scope: OfficeEvaluation, indicatorIds: readonly IndicatorId[] = KPI_INDICATORS): KpiTile[] {
  return indicatorIds.map((id) => {
    const indicator = indicatorById(id);
    const value = scope.values[id] ?? null;
    return { indicator, value, mom: describeChange(indicator, value, scope.deltas[id]?.mom) };
  });
}
