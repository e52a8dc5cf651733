import {
  COUNT_FIELDS,
  indicatorById,
  monthFromIndex,
  monthIndex,
  type CountField,
  type Counts,
  type IndicatorId,
  type MonthKey,
  type OfficeKind,
} from '../domain';
import { FIELD_INDEX, KIND_CODE, type EngineData } from './engine-data';
import type { Reporting } from './evaluation-types';
import { formulaFields, formulaValue } from './indicator-value';
import { reportingOfRanges, sumRanges, type MonthSpan } from './rollup';
import { officeIndexOf, scopeIndexOf } from './tree';

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
  counts: Counts;
  reporting: Reporting;
}

/** The subtree ranges of the topmost offices of a kind inside a scope (nested ones are inside them already). */
function kindRanges(data: EngineData, scope: number, kind: OfficeKind): Ranges {
  const code = KIND_CODE[kind];
  const ranges: [number, number][] = [];
  const end = data.subtreeEnd[scope]!;
  for (let o = scope; o < end; ) {
    if (data.kindCodes[o] === code) {
      ranges.push([o, data.subtreeEnd[o]!]);
      o = data.subtreeEnd[o]!;
    } else o++;
  }
  return ranges;
}

function countsOver(data: EngineData, ranges: Ranges, span: MonthSpan, fields: readonly CountField[]): Counts {
  const counts: Counts = {};
  for (const field of fields) {
    const value = sumRanges(data, FIELD_INDEX[field], ranges, span);
    if (value === value) counts[field] = value;
  }
  return counts;
}

function seriesOver(data: EngineData, ranges: Ranges, indicatorIds: readonly IndicatorId[], months: MonthRange): TrendPoint[] {
  const indicators = indicatorIds.map(indicatorById);
  const fields = [...new Set(indicators.flatMap((indicator) => formulaFields(indicator.formula)))];
  const points: TrendPoint[] = [];
  const last = monthIndex(months.to);
  for (let month = monthIndex(months.from); month <= last; month++) {
    const offset = month - data.baseMonthIndex;
    const span = { from: offset, to: offset };
    const counts = countsOver(data, ranges, span, fields);
    const values: TrendPoint['values'] = {};
    for (const indicator of indicators) values[indicator.id] = formulaValue(indicator.formula, (field) => counts[field]);
    const reporting = reportingOfRanges(data, ranges, span);
    points.push({ month: monthFromIndex(month), values, reporting, partial: reporting.reported < reporting.expected });
  }
  return points;
}

/**
 * One office's indicators month by month (12–36 months for charts), each month rolled up over
 * its whole subtree from counts, exactly as evaluatePeriod does for a month.
 */
export function trend(data: EngineData, officeId: string, indicatorIds: readonly IndicatorId[], months: MonthRange): TrendPoint[] {
  const office = officeIndexOf(data, officeId);
  return seriesOver(data, [[office, data.subtreeEnd[office]!]], indicatorIds, months);
}

/**
 * All offices of a kind inside a scope taken as one (e.g. "all townships of the county"):
 * the sum of their counts, so a rate is the rate of the summed counts, never a mean of rates.
 */
export function kindTrend(
  data: EngineData,
  scopeId: string | undefined,
  kind: OfficeKind,
  indicatorIds: readonly IndicatorId[],
  months: MonthRange,
): TrendPoint[] {
  return seriesOver(data, kindRanges(data, scopeIndexOf(data, scopeId), kind), indicatorIds, months);
}

/** The summed counts of all offices of a kind inside a scope over a range of months. */
export function kindRollup(data: EngineData, scopeId: string | undefined, kind: OfficeKind, months: MonthRange): KindRollup {
  const ranges = kindRanges(data, scopeIndexOf(data, scopeId), kind);
  const span = { from: monthIndex(months.from) - data.baseMonthIndex, to: monthIndex(months.to) - data.baseMonthIndex };
  return {
    kind,
    offices: ranges.length,
    counts: countsOver(data, ranges, span, COUNT_FIELDS),
    reporting: reportingOfRanges(data, ranges, span),
  };
}
