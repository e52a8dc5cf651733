import { addMonths, compareMonths, type MonthKey } from '../../domain';
import type { EngineData, MonthRange } from '../../engine';

/** How many months a trend looks back: the `months` URL parameter means one thing on every screen. */
export const MONTH_SPANS = [12, 24, 36] as const;
export type MonthSpan = (typeof MONTH_SPANS)[number];
export const DEFAULT_MONTH_SPAN: MonthSpan = 12;

export function parseMonthSpan(value: string | null): MonthSpan {
  const span = Number(value);
  return (MONTH_SPANS as readonly number[]).includes(span) ? (span as MonthSpan) : DEFAULT_MONTH_SPAN;
}

/**
 * The months a trend of `span` months ending at `to` can show: never before the first month with
 * data nor after the last (a period picked past the data still shows the months there are); null
 * when none are left.
 */
export function monthSpanRange(engine: EngineData, to: MonthKey, span: number): MonthRange | null {
  if (!engine.firstMonth || !engine.lastMonth) return null;
  const end = compareMonths(to, engine.lastMonth) > 0 ? engine.lastMonth : to;
  const wanted = addMonths(end, -(span - 1));
  const start = compareMonths(wanted, engine.firstMonth) < 0 ? engine.firstMonth : wanted;
  return compareMonths(start, end) <= 0 ? { from: start, to: end } : null;
}
