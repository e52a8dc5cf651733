import { addMonths, compareMonths, monthPeriod, type MonthKey, type Period } from '../../domain';
import { latestCompleteMonth, monthCoverage, type EngineData } from '../../engine';
import type { MonthRule } from './params';

/** How far back the screen looks for a month every office has reported before it settles for the newest one. */
export const COMPLETE_LOOKBACK_MONTHS = 3;

export interface ScreenMonth {
  period: Period;
  /**
   * A newer month that has data but is not shown because some office has not reported it yet
   * (the header says 11月数据尚未报齐); null when the newest month is shown.
   */
  pending: MonthKey | null;
}

/**
 * The month a screen opens on without a period in its link.
 *
 * - complete (the default): the newest month before the calendar month whose reporting is
 *   complete in the scope — every office due to report did. A public wall does not open on a
 *   provisional ranking. When none of the last COMPLETE_LOOKBACK_MONTHS months is complete (an
 *   office that stopped reporting for good), the newest month before the calendar month is shown,
 *   marked incomplete as every screen marks it.
 * - current: the newest month with any data, the month in progress included.
 */
export function screenMonth(engine: EngineData, rule: MonthRule, scopeId: string | undefined, now: Date): ScreenMonth | null {
  if (rule === 'current') return engine.lastMonth ? { period: monthPeriod(engine.lastMonth), pending: null } : null;
  const newest = latestCompleteMonth(engine, now);
  if (!newest) return engine.lastMonth ? { period: monthPeriod(engine.lastMonth), pending: null } : null;
  for (let back = 0; back < COMPLETE_LOOKBACK_MONTHS; back++) {
    const month = addMonths(newest, -back);
    if (engine.firstMonth && compareMonths(month, engine.firstMonth) < 0) break;
    if (!monthCoverage(engine, month, scopeId).partial) return { period: monthPeriod(month), pending: back > 0 ? newest : null };
  }
  return { period: monthPeriod(newest), pending: null };
}
