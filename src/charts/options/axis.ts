/** How a value axis reads: rates are fractions shown as percentages, counts are plain numbers. */
export type AxisUnit = 'rate' | 'count';

export interface AxisExtent {
  min: number;
  max: number | undefined;
  /** Tick step for a rate axis, so every label (the lowest included) sits on a round value. */
  interval: number | undefined;
}

/** The finest step a rate axis can label: 0.01 percentage point. */
const RATE_RESOLUTION = 0.0001;

function finite(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const value of values) if (typeof value === 'number' && Number.isFinite(value)) out.push(value);
  return out;
}

/** 1, 2 or 5 times a power of ten, at least `raw` (2.5 would need a third decimal on a percent label). */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return Math.max(RATE_RESOLUTION, nice * power);
}

function tidy(value: number): number {
  return Number(value.toFixed(8));
}

/**
 * The value-axis range for the values drawn. Counts start at 0 (a bar of volume is read by its
 * length). Rates cluster just under 100%, so their axis starts about half a tick below the lowest
 * value, on a round step: 99.91% and 99.97% must look different. A rate axis never runs past 100%
 * unless a value does (completed can exceed accepted) and never below 0.
 */
export function valueAxisExtent(values: Iterable<number | null | undefined>, unit: AxisUnit): AxisExtent {
  const data = finite(values);
  if (unit === 'count' || data.length === 0) return { min: 0, max: undefined, interval: undefined };
  const lo = Math.min(...data);
  const hi = Math.max(...data);
  const step = niceStep(Math.max(hi - lo, 10 * RATE_RESOLUTION) / 4);
  // Through whole steps, so 0.9993 does not come out as 0.99929999.
  const steps = (value: number) => Math.round((value / step) * 1e6) / 1e6;
  const min = Math.max(0, Math.floor(steps(lo - step / 2)) * step);
  const top = Math.ceil(steps(hi)) * step;
  const max = hi <= 1 ? Math.min(1, Math.max(top, min + step)) : top;
  return { min: tidy(min), max: tidy(max), interval: tidy(step) };
}

/** 0.99967 → "99.97%": a rate on an axis, always two decimals. */
export function percentAxisLabel(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}
