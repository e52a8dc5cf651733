import { monthFromIndex, monthIndex, type Counts, type IndicatorId, type MonthKey, type OfficeKind, type Scheme } from '../domain';
import { reportingOfRanges } from './coverage';
import { DEFAULT_SCHEME } from './defaultScheme';
import { KIND_CODE, type EngineData } from './engineData';
import type { Reporting } from './evaluationTypes';
import type { IndicatorValues } from './indicatorValue';
import { formulaOf, schemeLayout } from './layout/schemeLayout';
import { rangesInto, subtreeScratch } from './rollup';
import { officeIndexOf, scopeIndexOf } from './tree';
import { formulaValuesInMonth, isNoValue, rolledCounts, rolledValues } from './values';

type Ranges = readonly (readonly [number, number])[];

export interface MonthRange {
  from: MonthKey;
  to: MonthKey;
}

export interface TrendPoint {
  month: MonthKey;
  values: Partial<Record<IndicatorId, number | null>>;
  reporting: Reporting;
  /** Some office-month due in this month had no record. */
  partial: boolean;
}

export interface KindRollup {
  kind: OfficeKind;
  /** How many offices of the kind the roll-up covers. */
  offices: number;
  /** Each field summed over every office-month that reported it. */
  counts: Counts;
  /**
   * Every indicator of the offices taken as one. A rate's two sides are summed over the
   * office-months that reported both, so it is not indicatorValue(counts) when some reported one
   * side only (villages: accepted without onlineAccepted).
   */
  values: IndicatorValues;
  reporting: Reporting;
}

/** The subtree ranges of the topmost offices of a kind inside a scope (nested ones are inside them already). */
function kindRanges(data: EngineData, scope: number, kind: OfficeKind): Ranges {
  const code = KIND_CODE[kind];
  const ranges: [number, number][] = [];
  const end = data.subtreeEnd[scope]!;
  for (let o = scope; o < end;) {
    if (data.kindCodes[o] === code) {
      ranges.push([o, data.subtreeEnd[o]!]);
      o = data.subtreeEnd[o]!;
    } else o++;
  }
  return ranges;
}

function seriesOver(data: EngineData, scheme: Scheme, ranges: Ranges, indicatorIds: readonly IndicatorId[], months: MonthRange): TrendPoint[] {
  const layout = schemeLayout(data, scheme);
  const formulas = indicatorIds.map((id) => formulaOf(layout, id));
  const out = new Float64Array(formulas.length);
  const points: TrendPoint[] = [];
  const last = monthIndex(months.to);
  for (let month = monthIndex(months.from); month <= last; month++) {
    const offset = month - data.baseMonthIndex;
    formulaValuesInMonth(layout, formulas, ranges, offset, out);
    const values: TrendPoint['values'] = {};
    indicatorIds.forEach((id, i) => (values[id] = isNoValue(out[i]!) ? null : out[i]!));
    const reporting = reportingOfRanges(data, ranges, { from: offset, to: offset });
    points.push({ month: monthFromIndex(month), values, reporting, partial: reporting.reported < reporting.expected });
  }
  return points;
}

/**
 * One office's indicators month by month (12–36 months for charts), each month rolled up over
 * its whole subtree from counts, exactly as evaluatePeriod does for a month.
 */
export function trend(
  data: EngineData,
  officeId: string,
  indicatorIds: readonly IndicatorId[],
  months: MonthRange,
  scheme: Scheme = DEFAULT_SCHEME,
): TrendPoint[] {
  const office = officeIndexOf(data, officeId);
  return seriesOver(data, scheme, [[office, data.subtreeEnd[office]!]], indicatorIds, months);
}

/**
 * All offices of a kind inside a scope taken as one (e.g. "all townships of the county"):
 * the sum of their counts, so a rate is the rate of the summed counts (over the office-months
 * reporting both sides), never a mean of rates.
 */
export function kindTrend(
  data: EngineData,
  scopeId: string | undefined,
  kind: OfficeKind,
  indicatorIds: readonly IndicatorId[],
  months: MonthRange,
  scheme: Scheme = DEFAULT_SCHEME,
): TrendPoint[] {
  return seriesOver(data, scheme, kindRanges(data, scopeIndexOf(data, scopeId), kind), indicatorIds, months);
}

/** The summed counts and the indicators of all offices of a kind inside a scope over a range of months. */
export function kindRollup(data: EngineData, scopeId: string | undefined, kind: OfficeKind, months: MonthRange, scheme: Scheme = DEFAULT_SCHEME): KindRollup {
  const layout = schemeLayout(data, scheme);
  const ranges = kindRanges(data, scopeIndexOf(data, scopeId), kind);
  const span = { from: monthIndex(months.from) - data.baseMonthIndex, to: monthIndex(months.to) - data.baseMonthIndex };
  const roll = rangesInto(layout, ranges, span, subtreeScratch(layout));
  return {
    kind,
    offices: ranges.length,
    counts: rolledCounts(roll, 0),
    values: rolledValues(roll, 0),
    reporting: { reported: roll.reported[0]!, expected: roll.expected[0]! },
  };
}
