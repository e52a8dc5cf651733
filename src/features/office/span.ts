import { addMonths, compareMonths, type MonthKey } from '../../domain';
import type { EngineData, MonthRange } from '../../engine';

export const SPANS = [12, 24, 36] as const;
export type Span = (typeof SPANS)[number];
/** The same default as the overview's trends: the `months` parameter means one thing on every screen. */
export const DEFAULT_SPAN: Span = 12;

export function parseSpan(value: string | null): Span {
  const span = Number(value);
  return (SPANS as readonly number[]).includes(span) ? (span as Span) : DEFAULT_SPAN;
}

/** `span` months ending at `to`, clipped to the months with data; null when none are left. */
export function spanRange(engine: EngineData, to: MonthKey, span: number): MonthRange | null {
  if (!engine.firstMonth || !engine.lastMonth) return null;
  const end = compareMonths(to, engine.lastMonth) > 0 ? engine.lastMonth : to;
  const wanted = addMonths(end, -(span - 1));
  const start = compareMonths(wanted, engine.firstMonth) < 0 ? engine.firstMonth : wanted;
  return compareMonths(start, end) <= 0 ? { from: start, to: end } : null;
}
