import { monthIndex, type Period } from '../domain';
import { NEVER_EXPECTED, type EngineData } from './engineData';
import { CLOSING_BITS, CLOSING_FIELDS, FIELD_COUNT, FLOW_BITS, OPENING_BITS, OPENING_FIELDS } from './fields';
import { addCells } from './addCells';
import type { SchemeLayout } from './layout/schemeLayout';

/** A period as month offsets relative to data.baseMonthIndex; may reach outside the data. */
export interface MonthSpan {
  from: number;
  to: number;
}

export function spanOf(data: EngineData, period: Period): MonthSpan {
  return { from: monthIndex(period.from) - data.baseMonthIndex, to: monthIndex(period.to) - data.baseMonthIndex };
}

/**
 * Counts of every office in a subtree range over a span of months, own records plus all
 * descendants; offices are indexed by office − start. Flows are summed over the span's months,
 * month-end levels taken at its last month and month-start levels at its first (FIELD_NATURE).
 */
export interface RollUp {
  readonly layout: SchemeLayout;
  readonly start: number;
  readonly end: number;
  readonly span: MonthSpan;
  /** [(office − start) * FIELD_COUNT + field]; meaningful only where the present bit is set. */
  readonly sums: Float64Array;
  /** [(office − start) * layout.derivedWidth + d]: the derived columns summed. */
  readonly derivedSums: Float64Array;
  /** Bit `field` set where someone in the office's subtree reported that field (for a level: in its month). */
  readonly present: Uint32Array;
  /** Bits of the formula requirements some office-month of the subtree satisfied. */
  readonly covered: Uint32Array;
  /** Bits of the scored requirements some reporting unit's office-month of the subtree failed. */
  readonly lacking: Uint32Array;
  /** Office-months with a record in the subtree (reporting units only). */
  readonly reported: Int32Array;
  /** Office-months that should have had one. */
  readonly expected: Int32Array;
}

/** The month a level is read at, or −1 outside the data or for an empty span (no level then: absent, not 0). */
function levelMonth(data: EngineData, span: MonthSpan, offset: number): number {
  return span.from <= span.to && offset >= 0 && offset < data.monthCount ? offset : -1;
}

/** Adds `block` into the start of `sums`, or copies it there for the first month. */
function addBlock(sums: Float64Array, block: Float64Array, first: boolean): void {
  if (first) sums.set(block);
  else for (let i = 0; i < block.length; i++) sums[i] = sums[i]! + block[i]!;
}

/**
 * The months of the span are added block by block (a month of the scope is one contiguous block),
 * levels are then set from their month, and one backward pass adds each office into its parent:
 * pre-order puts every child after its parent, so when an office is added upward it already holds
 * its whole subtree.
 */
export function rollUp(layout: SchemeLayout, start: number, end: number, span: MonthSpan): RollUp {
  const data = layout.data;
  const size = end - start;
  const n = data.offices.length;
  const width = layout.derivedWidth;
  const firstMonth = Math.max(span.from, 0);
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  const roll: RollUp = {
    layout,
    start,
    end,
    span,
    sums: new Float64Array(size * FIELD_COUNT),
    derivedSums: new Float64Array(size * width),
    present: new Uint32Array(size),
    covered: new Uint32Array(size),
    lacking: new Uint32Array(size),
    reported: new Int32Array(size),
    expected: new Int32Array(size),
  };
  const { sums, derivedSums, present, covered, lacking, reported, expected } = roll;
  const coverFlow = layout.coveredBits.flow;
  const lackFlow = layout.lackingBits.flow;
  for (let m = firstMonth; m <= lastMonth; m++) {
    const row = m * n + start;
    addBlock(sums, data.counts.subarray(row * FIELD_COUNT, (row + size) * FIELD_COUNT), m === firstMonth);
    if (width > 0) addBlock(derivedSums, layout.derived.subarray(row * width, (row + size) * width), m === firstMonth);
    for (let o = 0; o < size; o++) {
      present[o] = present[o]! | (data.present[row + o]! & FLOW_BITS);
      covered[o] = covered[o]! | (layout.covered[row + o]! & coverFlow);
      lacking[o] = lacking[o]! | (layout.lacking[row + o]! & lackFlow);
      reported[o] = reported[o]! + data.reported[row + o]!;
    }
  }
  setLevels(roll, levelMonth(data, span, span.to), levelMonth(data, span, span.from));
  for (let o = 0; o < size; o++) {
    const from = data.startMonth[start + o]!;
    if (from !== NEVER_EXPECTED) expected[o] = Math.max(0, span.to - Math.max(span.from, from) + 1);
  }
  const parent = data.parentIndex;
  for (let o = size - 1; o > 0; o--) {
    const p = parent[start + o]! - start;
    for (let f = 0; f < FIELD_COUNT; f++) sums[p * FIELD_COUNT + f] = sums[p * FIELD_COUNT + f]! + sums[o * FIELD_COUNT + f]!;
    for (let d = 0; d < width; d++) derivedSums[p * width + d] = derivedSums[p * width + d]! + derivedSums[o * width + d]!;
    present[p] = present[p]! | present[o]!;
    covered[p] = covered[p]! | covered[o]!;
    lacking[p] = lacking[p]! | lacking[o]!;
    reported[p] = reported[p]! + reported[o]!;
    expected[p] = expected[p]! + expected[o]!;
  }
  return roll;
}

/** Sets each office's levels (own records only, before the upward pass) from their month's row. */
function setLevels(roll: RollUp, closingMonth: number, openingMonth: number): void {
  const { layout, start, sums, derivedSums } = roll;
  const data = layout.data;
  const n = data.offices.length;
  const width = layout.derivedWidth;
  const size = roll.end - start;
  const closingRow = closingMonth < 0 ? -1 : closingMonth * n + start;
  const openingRow = openingMonth < 0 ? -1 : openingMonth * n + start;
  copyLevels(sums, data.counts, FIELD_COUNT, CLOSING_FIELDS, closingRow, size);
  copyLevels(sums, data.counts, FIELD_COUNT, OPENING_FIELDS, openingRow, size);
  copyLevels(derivedSums, layout.derived, width, layout.derivedClosing, closingRow, size);
  copyLevels(derivedSums, layout.derived, width, layout.derivedOpening, openingRow, size);
  if (closingRow >= 0) orMasks(roll, closingRow, CLOSING_BITS, layout.coveredBits.closing, layout.lackingBits.closing);
  if (openingRow >= 0) orMasks(roll, openingRow, OPENING_BITS, layout.coveredBits.opening, layout.lackingBits.opening);
}

/** Each office's `columns` of `sums` set from the level row (or 0 without one). */
function copyLevels(sums: Float64Array, source: Float64Array, stride: number, columns: readonly number[], row: number, size: number): void {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (row < 0) for (let o = 0; o < size; o++) sums[o * stride + column] = 0;
    else for (let o = 0; o < size; o++) sums[o * stride + column] = source[(row + o) * stride + column]!;
  }
}

function orMasks(roll: RollUp, row: number, fieldBits: number, coverBits: number, lackBits: number): void {
  const { layout, present, covered, lacking } = roll;
  const data = layout.data;
  const size = roll.end - roll.start;
  for (let o = 0; o < size; o++) {
    present[o] = present[o]! | (data.present[row + o]! & fieldBits);
    covered[o] = covered[o]! | (layout.covered[row + o]! & coverBits);
    lacking[o] = lacking[o]! | (layout.lacking[row + o]! & lackBits);
  }
}

/** A roll-up of one office, to be filled again and again by subtreeInto without allocating. */
export function subtreeScratch(layout: SchemeLayout): RollUp {
  return {
    layout,
    start: 0,
    end: 1,
    span: { from: 0, to: -1 },
    sums: new Float64Array(FIELD_COUNT),
    derivedSums: new Float64Array(layout.derivedWidth),
    present: new Uint32Array(1),
    covered: new Uint32Array(1),
    lacking: new Uint32Array(1),
    reported: new Int32Array(1),
    expected: new Int32Array(1),
  };
}

function clear(scratch: RollUp): RollUp {
  scratch.sums.fill(0);
  scratch.derivedSums.fill(0);
  scratch.present[0] = 0;
  scratch.covered[0] = 0;
  scratch.lacking[0] = 0;
  scratch.reported[0] = 0;
  scratch.expected[0] = 0;
  return scratch;
}

/**
 * Fills `scratch` with the roll-up of a single office (its whole subtree) over a span, straight
 * from the raw counts, without rolling up the scope: what previous-period ranks, a card's run or
 * an office's deltas need. Costs the size of the subtree. Read it at local index 0.
 */
export function subtreeInto(layout: SchemeLayout, office: number, span: MonthSpan, scratch: RollUp): RollUp {
  return addRange(layout, office, layout.data.subtreeEnd[office]!, span, clear(scratch));
}

/**
 * Fills `scratch` with several office ranges taken as one (all townships of a scope, each with
 * its villages): what a kind's totals and trends need, by the same rules as any roll-up.
 */
export function rangesInto(layout: SchemeLayout, ranges: readonly (readonly [number, number])[], span: MonthSpan, scratch: RollUp): RollUp {
  clear(scratch);
  for (const [from, to] of ranges) addRange(layout, from, to, span, scratch);
  return scratch;
}

/** Room to keep a one-office roll-up's level columns while its months are added (no allocation per call). */
let saved = new Float64Array(16);

/** Adds the cells [row + from, row + to) of `columns` of `source` to `into`, each on top of `saved` from `at`. */
function addLevels(
  into: Float64Array,
  source: Float64Array,
  stride: number,
  columns: readonly number[],
  row: number,
  from: number,
  to: number,
  at: number,
): void {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    let sum = 0;
    if (row >= 0) for (let o = from; o < to; o++) sum += source[(row + o) * stride + column]!;
    into[column] = saved[at + i]! + sum;
  }
}

/** Adds the offices [from, to) over a span into the one-office roll-up `into`, at local index 0. */
function addRange(layout: SchemeLayout, from: number, to: number, span: MonthSpan, into: RollUp): RollUp {
  const data = layout.data;
  const n = data.offices.length;
  const width = layout.derivedWidth;
  const derived = layout.derived;
  const derivedSums = into.derivedSums;
  const closingFields = CLOSING_FIELDS;
  const openingFields = OPENING_FIELDS;
  const derivedClosing = layout.derivedClosing;
  const derivedOpening = layout.derivedOpening;
  // Levels are added from their month only: keep what `into` holds of them before the months' sums.
  const levels = closingFields.length + openingFields.length + derivedClosing.length + derivedOpening.length;
  if (saved.length < levels) saved = new Float64Array(levels * 2);
  let k = 0;
  for (let i = 0; i < closingFields.length; i++) saved[k++] = into.sums[closingFields[i]!]!;
  for (let i = 0; i < openingFields.length; i++) saved[k++] = into.sums[openingFields[i]!]!;
  for (let i = 0; i < derivedClosing.length; i++) saved[k++] = derivedSums[derivedClosing[i]!]!;
  for (let i = 0; i < derivedOpening.length; i++) saved[k++] = derivedSums[derivedOpening[i]!]!;
  let present = into.present[0]!;
  let covered = into.covered[0]!;
  let lacking = into.lacking[0]!;
  let reported = into.reported[0]!;
  let expected = into.expected[0]!;
  const coverFlow = layout.coveredBits.flow;
  const lackFlow = layout.lackingBits.flow;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
    const first = m * n + from;
    const last = m * n + to;
    for (let cell = first; cell < last; cell++) {
      present |= data.present[cell]! & FLOW_BITS;
      covered |= layout.covered[cell]! & coverFlow;
      lacking |= layout.lacking[cell]! & lackFlow;
      reported += data.reported[cell]!;
    }
    // Absent fields hold 0 (EngineData.counts), so every cell is added without asking which.
    addCells(data.counts, first, last, into.sums);
    for (let d = 0; d < width; d++) {
      let sum = 0;
      for (let cell = first; cell < last; cell++) sum += derived[cell * width + d]!;
      derivedSums[d] = derivedSums[d]! + sum;
    }
  }
  const closingRow = levelMonth(data, span, span.to) < 0 ? -1 : span.to * n;
  const openingRow = levelMonth(data, span, span.from) < 0 ? -1 : span.from * n;
  k = 0;
  addLevels(into.sums, data.counts, FIELD_COUNT, closingFields, closingRow, from, to, k);
  k += closingFields.length;
  addLevels(into.sums, data.counts, FIELD_COUNT, openingFields, openingRow, from, to, k);
  k += openingFields.length;
  addLevels(derivedSums, derived, width, derivedClosing, closingRow, from, to, k);
  k += derivedClosing.length;
  addLevels(derivedSums, derived, width, derivedOpening, openingRow, from, to, k);
  if (closingRow >= 0) {
    for (let o = from; o < to; o++) {
      present |= data.present[closingRow + o]! & CLOSING_BITS;
      covered |= layout.covered[closingRow + o]! & layout.coveredBits.closing;
      lacking |= layout.lacking[closingRow + o]! & layout.lackingBits.closing;
    }
  }
  if (openingRow >= 0) {
    for (let o = from; o < to; o++) {
      present |= data.present[openingRow + o]! & OPENING_BITS;
      covered |= layout.covered[openingRow + o]! & layout.coveredBits.opening;
      lacking |= layout.lacking[openingRow + o]! & layout.lackingBits.opening;
    }
  }
  for (let o = from; o < to; o++) {
    const start = data.startMonth[o]!;
    if (start !== NEVER_EXPECTED) expected += Math.max(0, span.to - Math.max(span.from, start) + 1);
  }
  into.present[0] = present;
  into.covered[0] = covered;
  into.lacking[0] = lacking;
  into.reported[0] = reported;
  into.expected[0] = expected;
  return into;
}
