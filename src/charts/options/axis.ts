/** How a value axis reads: rates are fractions shown as percentages, counts are plain numbers. */
export type AxisUnit = 'rate' | 'count';

export interface AxisExtent {
  min: number;
  max: number | undefined;
}

/** The finest step a rate axis can label: 0.01 percentage point. */
const RATE_RESOLUTION = 0.0001;

function finite(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const value of values) if (typeof value === 'number' && Number.isFinite(value)) out.push(value);
  return out;
}

function roundDown(value: number, step: number): number {
  // Through integers of the step so 0.9993 does not come out as 0.99929999.
  return Math.floor(Math.round((value / step) * 1e6) / 1e6) * step;
}

function roundUp(value: number, step: number): number {
  return Math.ceil(Math.round((value / step) * 1e6) / 1e6) * step;
}

function tidy(value: number): number {
  return Number(value.toFixed(6));
}

/**
 * The value-axis range for the values drawn. Counts start at 0 (a bar of volume is read by its
 * length). Rates cluster just under 100%, so their axis starts a little below the lowest value:
 * 99.91% and 99.97% must look different. A rate axis never runs past 100% unless a value does
 * (completed can exceed accepted) and never below 0.
 */
export function valueAxisExtent(values: Iterable<number | null | undefined>, unit: AxisUnit): AxisExtent {
  const data = finite(values);
  if (unit === 'count' || data.length === 0) return { min: 0, max: undefined };
  const lo = Math.min(...data);
  const hi = Math.max(...data);
  const pad = Math.max((hi - lo) * 0.15, 5 * RATE_RESOLUTION);
  const step = Math.max(RATE_RESOLUTION, 10 ** Math.floor(Math.log10(pad)));
  const min = Math.max(0, roundDown(lo - pad, step));
  const top = roundUp(hi + pad, step);
  const max = hi <= 1 ? Math.min(1, top) : top;
  return { min: tidy(min), max: tidy(Math.max(max, hi)) };
}

/** 0.99967 → "99.97%": a rate on an axis, always two decimals. */
export function percentAxisLabel(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}
