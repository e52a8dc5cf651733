import type { CountField, Indicator, OfficeKind } from '../domain';
import type { IndicatorScore, IndicatorStanding } from './evaluationTypes';
import { FormulaKind, lackingFields } from './layout/terms';
import type { CompiledFormula, SchemeLayout } from './layout/schemeLayout';
import { KIND_CODE } from './officeTree';
import type { RollUp } from './rollup';
import { denominatorAt, isNoValue, valueAt } from './values';

/** 0 at the floor, 100 at the target, linear between, clamped outside; works for either direction. */
export function indicatorScore(value: number, floor: number, target: number): number {
  const share = (value - floor) / (target - floor);
  if (!(share > 0)) return 0;
  return share >= 1 ? 100 : share * 100;
}

/** A scheme indicator made ready for tight loops. */
export interface ScoredIndicator {
  readonly indicator: Indicator;
  readonly formula: CompiledFormula;
  readonly weight: number;
  readonly floor: number;
  readonly target: number;
  /** Bit KIND_CODE[kind] set for every kind it applies to. */
  readonly kindMask: number;
  /** Counts are scored per month, so a quarter is held to three times a month's target. */
  readonly perMonth: boolean;
  /** Its bit in the roll-ups' `lacking` masks; 0 when nothing it needs can be missing. */
  readonly lackBit: number;
  readonly minDenominator: number;
  /** 'zero': missing data scores 0 and keeps its weight; otherwise it is left out. */
  readonly missingScoresZero: boolean;
}

export function kindMask(kinds: readonly OfficeKind[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= 1 << KIND_CODE[kind];
  return mask;
}

const compiled = new WeakMap<SchemeLayout, ScoredIndicator[]>();

/** The scheme's scored indicators over the layout, in scheme order (indicators the scheme does not define are skipped). */
export function scoredIndicators(layout: SchemeLayout): ScoredIndicator[] {
  let items = compiled.get(layout);
  if (items) return items;
  const scheme = layout.scheme;
  items = [];
  scheme.indicators.forEach((item, position) => {
    const at = layout.index.get(item.indicatorId);
    if (at === undefined) return;
    const indicator = layout.definitions[at]!;
    items!.push({
      indicator,
      formula: layout.formulas[at]!,
      weight: item.weight,
      floor: item.floor,
      target: item.target,
      kindMask: kindMask(item.appliesTo),
      perMonth: indicator.unit !== 'rate',
      lackBit: layout.lackBit[position]!,
      minDenominator: indicator.minDenominator,
      missingScoresZero: scheme.rules.missingData === 'zero',
    });
  });
  compiled.set(layout, items);
  return items;
}

/** Standing codes for the hot loop; IndicatorStanding names them for screens. */
export const Standing = { scored: 0, missing: 1, smallSample: 2, noValue: 3 } as const;
type StandingCode = (typeof Standing)[keyof typeof Standing];
const STANDING_NAMES: readonly IndicatorStanding[] = ['scored', 'missing', 'small-sample', 'no-value'];

/**
 * How an indicator stands for one office of a roll-up, written into `out` ([score, value]):
 * missing data first (a field it needs was not reported by the office or an office below it of a
 * kind the indicator applies to), then no value, then a denominator under the minimum.
 */
export function standingOf(item: ScoredIndicator, roll: RollUp, local: number, months: number, out: Float64Array): StandingCode {
  const value = valueAt(roll, local, item.formula);
  out[1] = value;
  out[0] = NaN;
  if (roll.lacking[local]! & item.lackBit) {
    if (item.missingScoresZero) out[0] = 0;
    return Standing.missing;
  }
  if (isNoValue(value)) return Standing.noValue;
  if (item.formula.kind === FormulaKind.ratio && denominatorAt(roll, local, item.formula) < item.minDenominator) return Standing.smallSample;
  out[0] = indicatorScore(item.perMonth ? value / months : value, item.floor, item.target);
  return Standing.scored;
}

const scratch = new Float64Array(2);

/**
 * The composite score of one office: weighted mean of its indicators' scores over those counted —
 * scored ones, and missing ones at 0 under the 'zero' rule. Small samples and indicators with no
 * value are left out and the other weights renormalise; so are indicators that do not apply to
 * the office's kind (the caller passes only those that do). NaN when nothing counts.
 */
export function compositeOf(items: readonly ScoredIndicator[], roll: RollUp, local: number, months: number): number {
  let weighted = 0;
  let weights = 0;
  for (const item of items) {
    if (item.weight <= 0) continue;
    standingOf(item, roll, local, months, scratch);
    const score = scratch[0]!;
    if (isNoValue(score)) continue;
    weighted += item.weight * score;
    weights += item.weight;
  }
  return weights > 0 ? clampScore(weighted / weights) : NaN;
}

/** A weighted mean of scores in [0, 100] is in [0, 100]; this only removes rounding (100.00000000000001). */
export function clampScore(score: number): number {
  return score < 0 ? 0 : score > 100 ? 100 : score;
}

/**
 * Every applicable indicator's standing and points for one office, in scheme order: what a score
 * breakdown, 数据不全 and 失分项 show. `missingFieldsOf` names the fields missing for a lacking item.
 */
export function scoreDetails(
  items: readonly ScoredIndicator[],
  roll: RollUp,
  local: number,
  months: number,
  missingFieldsOf: (item: ScoredIndicator) => CountField[],
): IndicatorScore[] {
  const out = new Float64Array(2);
  const rows = items.map((item) => {
    const code = standingOf(item, roll, local, months, out);
    const value = out[1]!;
    const denominator = denominatorAt(roll, local, item.formula);
    return {
      indicatorId: item.indicator.id,
      status: STANDING_NAMES[code]!,
      value: isNoValue(value) ? null : value,
      score: isNoValue(out[0]!) ? null : out[0]!,
      weight: item.weight,
      points: null as number | null,
      lost: null as number | null,
      missingFields: code === Standing.missing ? missingFieldsOf(item) : [],
      denominator: isNoValue(denominator) ? null : denominator,
      minDenominator: item.minDenominator,
    };
  });
  const counted = rows.reduce((sum, row) => (row.score === null || row.weight <= 0 ? sum : sum + row.weight), 0);
  if (counted > 0) {
    for (const row of rows) {
      if (row.score === null || row.weight <= 0) continue;
      const share = (row.weight / counted) * 100;
      row.points = (row.weight * row.score) / counted;
      row.lost = share - row.points;
    }
  }
  return rows;
}

/** The fields a lacking item misses in some office-month of a subtree and span (reporting units' records only). */
export function missingFieldsIn(layout: SchemeLayout, item: ScoredIndicator, start: number, end: number, from: number, to: number): CountField[] {
  const data = layout.data;
  const n = data.offices.length;
  const position = layout.lackBit.indexOf(item.lackBit);
  const byKind = layout.lackRequirement[position];
  if (!byKind) return [];
  const found = new Set<CountField>();
  for (let m = Math.max(from, 0); m <= Math.min(to, data.monthCount - 1); m++) {
    for (let cell = m * n + start; cell < m * n + end; cell++) {
      if (!(layout.lacking[cell]! & item.lackBit)) continue;
      for (const field of lackingFields(data.present[cell]!, byKind[data.kindCodes[cell % n]!]!)) found.add(field);
    }
  }
  return [...found];
}
