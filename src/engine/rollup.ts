import { COUNT_FIELDS, INDICATORS, monthIndex, type Counts, type Formula, type Period } from '../domain';
import { FIELD_COUNT, FIELD_INDEX, NEVER_EXPECTED, type EngineData } from './engine-data';
import type { IndicatorValues } from './indicator-value';

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
 * descendants. Offices are indexed by office − start.
 */
export interface RollUp {
  readonly start: number;
  readonly end: number;
  readonly span: MonthSpan;
  /** [(office − start) * FIELD_COUNT + field]; meaningful only where the present bit is set. */
  readonly sums: Float64Array;
  /** Bit `field` set where someone in the office's subtree reported that field in the span. */
  readonly present: Uint32Array;
  /** Office-months with a record in the subtree (reporting units only). */
  readonly reported: Int32Array;
  /** Office-months that should have had one. */
  readonly expected: Int32Array;
}

/**
 * The months of the span are added block by block (a month of the scope is one contiguous block),
 * then one backward pass adds each office into its parent: pre-order puts every child after its
 * parent, so when an office is added upward it already holds its whole subtree.
 */
export function rollUp(data: EngineData, start: number, end: number, span: MonthSpan): RollUp {
  const size = end - start;
  const n = data.offices.length;
  const parent = data.parentIndex;
  const firstMonth = Math.max(span.from, 0);
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  const sums = new Float64Array(size * FIELD_COUNT);
  const present = new Uint32Array(size);
  const reported = new Int32Array(size);
  const expected = new Int32Array(size);
  const width = size * FIELD_COUNT;

  for (let m = firstMonth; m <= lastMonth; m++) {
    const row = m * n + start;
    const block = data.counts.subarray(row * FIELD_COUNT, row * FIELD_COUNT + width);
    if (m === firstMonth) sums.set(block);
    else for (let i = 0; i < width; i++) sums[i] = sums[i]! + block[i]!;
    for (let o = 0; o < size; o++) {
      present[o] = present[o]! | data.present[row + o]!;
      reported[o] = reported[o]! + data.reported[row + o]!;
    }
  }
  for (let o = 0; o < size; o++) {
    const from = data.startMonth[start + o]!;
    if (from !== NEVER_EXPECTED) expected[o] = Math.max(0, span.to - Math.max(span.from, from) + 1);
  }
  for (let o = size - 1; o > 0; o--) {
    const p = parent[start + o]! - start;
    const to = p * FIELD_COUNT;
    const from = o * FIELD_COUNT;
    for (let f = 0; f < FIELD_COUNT; f++) sums[to + f] = sums[to + f]! + sums[from + f]!;
    present[p] = present[p]! | present[o]!;
    reported[p] = reported[p]! + reported[o]!;
    expected[p] = expected[p]! + expected[o]!;
  }
  return { start, end, span, sums, present, reported, expected };
}

/** A roll-up of one office, to be filled again and again by subtreeInto without allocating. */
export function subtreeScratch(): RollUp {
  return {
    start: 0,
    end: 1,
    span: { from: 0, to: -1 },
    sums: new Float64Array(FIELD_COUNT),
    present: new Uint32Array(1),
    reported: new Int32Array(1),
    expected: new Int32Array(1),
  };
}

/**
 * Fills `scratch` with the roll-up of a single office (its whole subtree) over a span, straight
 * from the raw counts, without rolling up the scope: what previous-period ranks, a card's run or
 * an office's deltas need. Costs the size of the subtree. Read it at local index 0 (valueAt).
 */
export function subtreeInto(data: EngineData, office: number, span: MonthSpan, scratch: RollUp): RollUp {
  const n = data.offices.length;
  const end = data.subtreeEnd[office]!;
  const counts = data.counts;
  const sums = scratch.sums;
  sums.fill(0);
  let present = 0;
  let reported = 0;
  let expected = 0;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
    const row = m * n;
    for (let cell = row + office; cell < row + end; cell++) {
      const bits = data.present[cell]!;
      reported += data.reported[cell]!;
      if (bits === 0) continue;
      present |= bits;
      const base = cell * FIELD_COUNT;
      for (let f = 0; f < FIELD_COUNT; f++) sums[f] = sums[f]! + counts[base + f]!;
    }
  }
  for (let o = office; o < end; o++) {
    const from = data.startMonth[o]!;
    if (from !== NEVER_EXPECTED) expected += Math.max(0, span.to - Math.max(span.from, from) + 1);
  }
  scratch.present[0] = present;
  scratch.reported[0] = reported;
  scratch.expected[0] = expected;
  return scratch;
}

/** A fresh roll-up of a single office, indexed like a scope roll-up (start = the office). */
export function subtreeRollUp(data: EngineData, office: number, span: MonthSpan): RollUp {
  const filled = subtreeInto(data, office, span, subtreeScratch());
  return { ...filled, start: office, end: office + 1, span };
}

export function rolledCounts(roll: RollUp, office: number): Counts {
  const counts: Counts = {};
  const local = office - roll.start;
  const bits = roll.present[local]!;
  if (bits === 0) return counts;
  const base = local * FIELD_COUNT;
  for (let f = 0; f < FIELD_COUNT; f++) if ((bits >>> f) & 1) counts[COUNT_FIELDS[f]!] = roll.sums[base + f]!;
  return counts;
}

const IDS = INDICATORS.map((indicator) => indicator.id);

/** A formula as field numbers, for tight loops: kind 0 count, 1 ratio, 2 difference. */
export interface CompiledFormula {
  kind: 0 | 1 | 2;
  a: number;
  b: number;
  /** The present bits both fields need. */
  bits: number;
}

export function compileFormula(formula: Formula): CompiledFormula {
  const [kind, a, b] =
    formula.type === 'count'
      ? ([0, FIELD_INDEX[formula.field], FIELD_INDEX[formula.field]] as const)
      : formula.type === 'ratio'
        ? ([1, FIELD_INDEX[formula.numerator], FIELD_INDEX[formula.denominator]] as const)
        : ([2, FIELD_INDEX[formula.minuend], FIELD_INDEX[formula.subtrahend]] as const);
  return { kind, a, b, bits: (1 << a) | (1 << b) };
}

const FORMULAS = INDICATORS.map(({ formula }) => compileFormula(formula));

/** A compiled formula over one office of the roll-up; NaN for no value (absent field, zero denominator). */
export function valueAt(roll: RollUp, local: number, formula: CompiledFormula): number {
  if ((roll.present[local]! & formula.bits) !== formula.bits) return NaN;
  const x = roll.sums[local * FIELD_COUNT + formula.a]!;
  if (formula.kind === 0) return x;
  const y = roll.sums[local * FIELD_COUNT + formula.b]!;
  if (formula.kind === 2) return x - y;
  return y === 0 ? NaN : x / y;
}

const NO_VALUES = Object.fromEntries(IDS.map((id) => [id, null])) as IndicatorValues;

/** Every registered indicator for one office, in INDICATORS order, NaN = no value. */
export function rolledValueArray(roll: RollUp, office: number): Float64Array {
  const values = new Float64Array(FORMULAS.length);
  const local = office - roll.start;
  for (let i = 0; i < FORMULAS.length; i++) values[i] = valueAt(roll, local, FORMULAS[i]!);
  return values;
}

/**
 * Every registered indicator for one office of the roll-up, by the same rules as indicatorValue,
 * read straight from the sums (cheaper than whole columns when a screen builds a few thousand offices).
 */
export function rolledValues(roll: RollUp, office: number): IndicatorValues {
  // Copying a template with every key keeps one object shape for all offices.
  const values: IndicatorValues = { ...NO_VALUES };
  const local = office - roll.start;
  if (roll.present[local] === 0) return values;
  for (let i = 0; i < FORMULAS.length; i++) {
    const value = valueAt(roll, local, FORMULAS[i]!);
    if (value === value) values[IDS[i]!] = value;
  }
  return values;
}

/**
 * One field summed over contiguous office ranges and a span: the roll-up of a single office
 * (its subtree is one range) or of several (all townships of a scope). NaN when nobody reported it.
 */
export function sumRanges(data: EngineData, field: number, ranges: readonly (readonly [number, number])[], span: MonthSpan): number {
  const n = data.offices.length;
  const counts = data.counts;
  const present = data.present;
  const bit = 1 << field;
  let total = 0;
  let any = false;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
    const row = m * n;
    for (const [from, to] of ranges) {
      for (let cell = row + from; cell < row + to; cell++) {
        if (present[cell]! & bit) {
          total += counts[cell * FIELD_COUNT + field]!;
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
      const row = m * n;
      for (let o = row + from; o < row + to; o++) reported += data.reported[o]!;
    }
    for (let o = from; o < to; o++) {
      const start = data.startMonth[o]!;
      if (start !== NEVER_EXPECTED) expected += Math.max(0, span.to - Math.max(span.from, start) + 1);
    }
  }
  return { reported, expected };
}

/** Offices of a range that were due to send their own record in some month of the span and did not. */
export function ownRecordGaps(data: EngineData, start: number, end: number, span: MonthSpan): number[] {
  const n = data.offices.length;
  const gaps: number[] = [];
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (let o = start; o < end; o++) {
    const due = data.startMonth[o]!;
    if (due === NEVER_EXPECTED) continue;
    const from = Math.max(span.from, due);
    if (from > span.to) continue;
    // Months after the last month with data are due and, having no data, missing.
    let missing = span.to > lastMonth;
    for (let m = Math.max(from, 0); !missing && m <= lastMonth; m++) missing = !data.reported[m * n + o];
    if (missing) gaps.push(o);
  }
  return gaps;
}
