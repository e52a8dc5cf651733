import { indicatorById, periodLength, type Indicator, type Period, type Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine';

export interface BreakdownRow {
  indicator: Indicator;
  /** The value over the period; counts are scored per month, so this is what the floor and target compare with. */
  value: number | null;
  /** Counts only: the value divided by the months of the period. */
  perMonth: number | null;
  floor: number;
  target: number;
  weight: number;
  /** 0–100; null when the indicator has no value this period (it then drops out of the composite). */
  score: number | null;
  /** The share of the composite this indicator carries after missing ones drop out (weights renormalised). */
  weightShare: number | null;
  /** weightShare × score: the points it adds to the composite. The contributions sum to the composite. */
  contribution: number | null;
}

/**
 * How an office's composite score is made: each scheme indicator that applies to its kind, its
 * value against floor and target, its score, and the points it contributes. Indicators without a
 * value drop out and the others' weights are scaled back up, exactly as the engine scores.
 */
export function scoreBreakdown(scheme: Scheme, office: OfficeEvaluation, period: Period): BreakdownRow[] {
  const months = periodLength(period);
  const items = scheme.indicators.filter((item) => item.appliesTo.includes(office.kind));
  const scored = items.filter((item) => item.weight > 0 && (office.indicatorScores[item.indicatorId] ?? null) !== null);
  const totalWeight = scored.reduce((sum, item) => sum + item.weight, 0);
  return items.map((item) => {
    const indicator = indicatorById(item.indicatorId);
    const value = office.values[item.indicatorId] ?? null;
    const score = office.indicatorScores[item.indicatorId] ?? null;
    const counted = score !== null && item.weight > 0 && totalWeight > 0;
    const weightShare = counted ? item.weight / totalWeight : null;
    return {
      indicator,
      value,
      perMonth: indicator.unit !== 'rate' && value !== null ? value / months : null,
      floor: item.floor,
      target: item.target,
      weight: item.weight,
      score,
      weightShare,
      contribution: weightShare !== null && score !== null ? weightShare * score : null,
    };
  });
}
