import { definitionOf, indicatorById, isIndicatorId, periodLength, type Indicator, type Period, type Scheme } from '../../domain';
import type { IndicatorScore, OfficeEvaluation } from '../../engine/evaluationTypes';

export interface BreakdownRow {
  indicator: Indicator;
  /** How the indicator stood for the office: scored, missing (数据不全), small-sample (样本不足), no-value. */
  detail: IndicatorScore;
  /** The value over the period; counts are scored per month, so this is what the floor and target compare with. */
  value: number | null;
  /** Counts only: the value divided by the months of the period. */
  perMonth: number | null;
  floor: number;
  target: number;
  weight: number;
  /** 0–100; 0 for a missing field under the scheme's default rule; null when the indicator is left out. */
  score: number | null;
  /** Points earned toward the composite (out of 100): the points of an office add up to its score. */
  points: number | null;
  /** Its full share of the composite minus its points: what it lost. */
  lost: number | null;
  /** Points now − points in the comparison period (OfficeEvaluation.scoreChange); null without one. */
  change: number | null;
  /**
   * zero: scored 0 (under its floor, or 数据不全 under the default rule); most: lost the most
   * points of the office's indicators (and did not score 0); null otherwise.
   */
  highlight: 'zero' | 'most' | null;
}

function indicatorOf(scheme: Scheme, id: string): Indicator | null {
  return (scheme.definitions ? definitionOf(scheme, id) : undefined) ?? (isIndicatorId(id) ? indicatorById(id) : null);
}

/**
 * How an office's composite score is made, as the engine scored it (OfficeEvaluation.scoreDetails):
 * each scheme indicator that applies to its kind, in scheme order, its value against floor and
 * target, how it stood (样本不足 and 无数值 are left out of the weights; a field not reported is
 * 数据不全: 0 points under the scheme's default rule), its score, the points it earned and lost.
 */
export function scoreBreakdown(scheme: Scheme, office: OfficeEvaluation, period: Period): BreakdownRow[] {
  const months = periodLength(period);
  const details = new Map((office.scoreDetails ?? []).map((detail) => [detail.indicatorId, detail]));
  const items = scheme.indicators.filter((item) => item.appliesTo.includes(office.kind));
  const seen = new Set<string>();
  const changes = new Map((office.scoreChange?.byIndicator ?? []).map((entry) => [entry.indicatorId, entry.change]));
  const compared = office.scoreChange?.total !== null && office.scoreChange?.total !== undefined;
  const rows: BreakdownRow[] = [];
  for (const item of items) {
    if (seen.has(item.indicatorId)) continue;
    seen.add(item.indicatorId);
    const indicator = indicatorOf(scheme, item.indicatorId);
    if (!indicator) continue;
    const value = office.values[item.indicatorId] ?? null;
    const score = office.indicatorScores[item.indicatorId] ?? null;
    const detail: IndicatorScore = details.get(item.indicatorId) ?? {
      indicatorId: item.indicatorId,
      status: score === null ? 'no-value' : 'scored',
      value,
      score,
      weight: item.weight,
      points: null,
      lost: null,
      missingFields: [],
      denominator: null,
      minDenominator: indicator.minDenominator,
    };
    rows.push({
      indicator,
      detail,
      value,
      perMonth: indicator.unit !== 'rate' && value !== null ? value / months : null,
      floor: item.floor,
      target: item.target,
      weight: item.weight,
      score: detail.score,
      points: detail.points,
      lost: detail.lost,
      change: compared ? (changes.get(item.indicatorId) ?? 0) : null,
      highlight: detail.score === 0 && detail.weight > 0 ? 'zero' : null,
    });
  }
  // The one that lost most (when not already marked as scoring 0): what to fix first.
  const most = rows.reduce<BreakdownRow | null>(
    (best, row) => (row.lost !== null && row.lost >= 0.005 && (best === null || row.lost > best.lost!) ? row : best),
    null,
  );
  if (most && most.highlight === null) most.highlight = 'most';
  return rows;
}
