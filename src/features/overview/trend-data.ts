import { addMonths, compareMonths, type IndicatorId, type MonthKey } from '../../domain';
import type { EngineData, MonthRange, TrendPoint } from '../../engine';

/**
 * The months a trend of `span` months ending at `to` can show: never before the first month with
 * data nor after the last (a period picked past the data still shows the months there are).
 */
export function trendRange(engine: EngineData, to: MonthKey, span: number): MonthRange | null {
  if (!engine.firstMonth || !engine.lastMonth) return null;
  const end = compareMonths(to, engine.lastMonth) > 0 ? engine.lastMonth : to;
  const wanted = addMonths(end, -(span - 1));
  const start = compareMonths(wanted, engine.firstMonth) < 0 ? engine.firstMonth : wanted;
  return compareMonths(start, end) <= 0 ? { from: start, to: end } : null;
}

/** One indicator's values month by month, null where the month has none. */
export function seriesValues(points: readonly TrendPoint[], id: IndicatorId): (number | null)[] {
  return points.map((point) => point.values[id] ?? null);
}
