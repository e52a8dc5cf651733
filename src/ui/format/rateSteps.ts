/** Rates show two decimals of a per cent: one step is 1/10,000 (0.01 个百分点). */
export const RATE_STEPS = 10_000;

/**
 * A rate as displayed, in hundredths of a per cent: 0.99967 → 9997. The one rounding every rate
 * on screen goes through (formatRate, formatPointChange, displayedPointChange), half away from
 * zero on the decimal value (0.99965 → 9997, not the 9996 its binary neighbour would give).
 */
export function rateSteps(rate: number): number {
  const scaled = Number((Math.abs(rate) * RATE_STEPS).toPrecision(12));
  const steps = Math.round(scaled);
  return rate < 0 ? 0 - steps : steps + 0;
}
