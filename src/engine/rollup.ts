import { COUNT_FIELDS, monthIndex, type CountField, type Counts, type Indicator, type IndicatorId, type Period } from '../domain';
import { FIELD_INDEX, NEVER_EXPECTED, type EngineData } from './engine-data';
import { formulaValue } from './indicator-value';

/** A period as month offsets relative to data.baseMonthIndex; may reach outside the data. */
export interface MonthSpan {
  from: number;
  to: number;
}

export function spanOf(data: EngineData, period: Period): MonthSpan {
  return { from: monthIndex(period.from) - data.baseMonthIndex, to: monthIndex(period.to) - data.baseMonthIndex };
}

/**
 * Counts of every office in a subtree range summed over a span of months, own records plus all
 * descendants. Arrays are indexed by office - start.
 */
export interface RollUp {
  readonly start: number;
  readonly end: number;
  readonly span: MonthSpan;
  /** Per COUNT_FIELDS index; NaN where nobody in the office's subtree reported the field. */
  readonly sums: readonly (Float64Array | null)[];
  /** Office-months with a record in the subtree (reporting units only). */
  readonly reported: Int32Array;
  /** Office-months that should have had one. */
  readonly expected: Int32Array;
  /** Indicator values computed so far, one column per indicator (see valueColumn). */
  readonly columns: Map<IndicatorId, Float64Array>;
}

/**
 * One pass per field over the months of the span (contiguous rows), then one backward pass adding
 * each office into its parent: pre-order puts every child after its parent, so when an office is
 * added upward it already holds its whole subtree.
 */
export function rollUp(
  data: EngineData,
  start: number,
  end: number,
  span: MonthSpan,
  only?: ReadonlySet<CountField>,
): RollUp {
  const size = end - start;
  const n = data.offices.length;
  const parent = data.parentIndex;
  const firstMonth = Math.max(span.from, 0);
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  const has = new Uint8Array(size);
  const sums: (Float64Array | null)[] = [];

  for (let f = 0; f < COUNT_FIELDS.length; f++) {
    const column = data.fields[f];
    if (!column || (only && !only.has(COUNT_FIELDS[f]!))) {
      sums.push(null);
      continue;
    }
    const acc = new Float64Array(size);
    has.fill(0);
    for (let m = firstMonth; m <= lastMonth; m++) {
      const base = m * n + start;
      for (let o = 0; o < size; o++) {
        const value = column[base + o]!;
        // NaN is the only value not equal to itself: an office-month without the field.
        if (value === value) {
          acc[o] = acc[o]! + value;
          has[o] = 1;
        }
      }
    }
    for (let o = size - 1; o > 0; o--) {
      const p = parent[start + o]! - start;
      acc[p] = acc[p]! + acc[o]!;
      has[p] = has[p]! | has[o]!;
    }
    for (let o = 0; o < size; o++) if (!has[o]) acc[o] = NaN;
    sums.push(acc);
  }

  const reported = new Int32Array(size);
  const expected = new Int32Array(size);
  for (let m = firstMonth; m <= lastMonth; m++) {
    const base = m * n + start;
    for (let o = 0; o < size; o++) reported[o] = reported[o]! + data.reported[base + o]!;
  }
  for (let o = 0; o < size; o++) {
    const from = data.startMonth[start + o]!;
    if (from !== NEVER_EXPECTED) expected[o] = Math.max(0, span.to - Math.max(span.from, from) + 1);
  }
  for (let o = size - 1; o > 0; o--) {
    const p = parent[start + o]! - start;
    reported[p] = reported[p]! + reported[o]!;
    expected[p] = expected[p]! + expected[o]!;
  }
  return { start, end, span, sums, reported, expected, columns: new Map() };
}

/** A field's rolled-up value for one office of the roll-up; undefined when absent. */
export function rolledField(roll: RollUp, field: number, office: number): number | undefined {
  const column = roll.sums[field];
  if (!column) return undefined;
  const value = column[office - roll.start]!;
  return value === value ? value : undefined;
}

export function rolledCounts(roll: RollUp, office: number): Counts {
  const counts: Counts = {};
  for (let f = 0; f < COUNT_FIELDS.length; f++) {
    const value = rolledField(roll, f, office);
    if (value !== undefined) counts[COUNT_FIELDS[f]!] = value;
  }
  return counts;
}

/**
 * One field summed over contiguous office ranges and a span: the roll-up of a single office
 * (its subtree is one range) or of several (all townships of a scope). NaN when nobody reported it.
 */
export function sumRanges(data: EngineData, field: number, ranges: readonly (readonly [number, number])[], span: MonthSpan): number {
  const column = data.fields[field];
  if (!column) return NaN;
  const n = data.offices.length;
  let total = 0;
  let any = false;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
    const base = m * n;
    for (const [from, to] of ranges) {
      for (let o = base + from; o < base + to; o++) {
        const value = column[o]!;
        if (value === value) {
          total += value;
          any = true;
        }
      }
    }
  }
  return any ? total : NaN;
}

/** Reporting coverage of office ranges over a span (reporting units only). */
export function reportingOfRanges(
  data: EngineData,
  ranges: readonly (readonly [number, number])[],
  span: MonthSpan,
): { reported: number; expected: number } {
  const n = data.offices.length;
  let reported = 0;
  let expected = 0;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (const [from, to] of ranges) {
    for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
      const base = m * n;
      for (let o = base + from; o < base + to; o++) reported += data.reported[o]!;
    }
    for (let o = from; o < to; o++) {
      const start = data.startMonth[o]!;
      if (start !== NEVER_EXPECTED) expected += Math.max(0, span.to - Math.max(span.from, start) + 1);
    }
  }
  return { reported, expected };
}

/** An indicator's value for one office of the roll-up, by the same rule as indicatorValue. */
export function rolledValue(roll: RollUp, indicator: Indicator, office: number): number | null {
  return formulaValue(indicator.formula, (field) => rolledField(roll, FIELD_INDEX[field], office));
}

/**
 * An indicator's value for every office of the roll-up at once (NaN = no value), computed on first
 * use and kept: scores, cards and tables read the same column. Same rules as indicatorValue:
 * an absent field or a zero denominator gives no value.
 */
export function valueColumn(roll: RollUp, indicator: Indicator): Float64Array {
  const cached = roll.columns.get(indicator.id);
  if (cached) return cached;
  const size = roll.end - roll.start;
  const formula = indicator.formula;
  let column: Float64Array;
  if (formula.type === 'count') {
    column = roll.sums[FIELD_INDEX[formula.field]] ?? new Float64Array(size).fill(NaN);
  } else {
    const a = roll.sums[FIELD_INDEX[formula.type === 'ratio' ? formula.numerator : formula.minuend]];
    const b = roll.sums[FIELD_INDEX[formula.type === 'ratio' ? formula.denominator : formula.subtrahend]];
    column = new Float64Array(size);
    if (!a || !b) column.fill(NaN);
    else if (formula.type === 'ratio') {
      for (let o = 0; o < size; o++) {
        const denominator = b[o]!;
        column[o] = denominator === 0 ? NaN : a[o]! / denominator;
      }
    } else {
      for (let o = 0; o < size; o++) column[o] = a[o]! - b[o]!;
    }
  }
  roll.columns.set(indicator.id, column);
  return column;
}
