import { indicatorById, type Indicator, type OfficeKind, type Scheme } from '../domain';
import { KIND_CODE } from './engine-data';

/** 0 at the floor, 100 at the target, linear between, clamped outside; works for either direction. */
export function indicatorScore(value: number, floor: number, target: number): number {
  const share = (value - floor) / (target - floor);
  if (!(share > 0)) return 0;
  return share >= 1 ? 100 : share * 100;
}

/** A scheme indicator made ready for tight loops. */
export interface ScoredIndicator {
  readonly indicator: Indicator;
  readonly weight: number;
  readonly floor: number;
  readonly target: number;
  /** Bit KIND_CODE[kind] set for every kind it applies to. */
  readonly kindMask: number;
  /** Counts are scored per month, so a quarter is held to three times a month's target. */
  readonly perMonth: boolean;
}

export function kindMask(kinds: readonly OfficeKind[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= 1 << KIND_CODE[kind];
  return mask;
}

export function scoredIndicators(scheme: Scheme): ScoredIndicator[] {
  return scheme.indicators.map((item) => {
    const indicator = indicatorById(item.indicatorId);
    return {
      indicator,
      weight: item.weight,
      floor: item.floor,
      target: item.target,
      kindMask: kindMask(item.appliesTo),
      perMonth: indicator.unit !== 'rate',
    };
  });
}

/**
 * The composite score of one office from (indicator score, weight) pairs.
 *
 * An indicator without a value (no bad reviews, so no rectification rate; a field the office does
 * not report) is left out and the remaining weights are scaled back up to 100. Counting it as 0
 * would punish an office for having nothing to rectify; counting it as 100 would reward missing
 * data. With no scorable indicator at all the score is null, never 0.
 */
export function compositeScore(parts: readonly { score: number | null; weight: number }[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const part of parts) {
    if (part.score === null || part.weight <= 0) continue;
    weighted += part.weight * part.score;
    weights += part.weight;
  }
  return weights > 0 ? clampScore(weighted / weights) : null;
}

/** A weighted mean of scores in [0, 100] is in [0, 100]; this only removes rounding (100.00000000000001). */
export function clampScore(score: number): number {
  return score < 0 ? 0 : score > 100 ? 100 : score;
}
