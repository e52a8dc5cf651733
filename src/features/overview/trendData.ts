import type { IndicatorId } from '../../domain';
import type { TrendPoint } from '../../engine';

/** One indicator's values month by month, null where the month has none. */
export function seriesValues(points: readonly TrendPoint[], id: IndicatorId): (number | null)[] {
  return points.map((point) => point.values[id] ?? null);
}
