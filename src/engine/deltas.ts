import { INDICATOR_IDS, type IndicatorId } from '../domain';
import type { IndicatorValues } from './indicator-value';

/**
 * A change against a comparison period. absolute is current − previous (for a rate that is the
 * change in percentage points, as a fraction); relative is absolute / previous.
 */
export interface Delta {
  previous: number | null;
  absolute: number | null;
  /** null when either side is missing or the previous value is 0 (a change from nothing has no ratio). */
  relative: number | null;
  /** Why there is no comparison at all: a cumulative (year-to-date) figure has no 环比. */
  gap?: 'cumulative';
}

/** 环比 (month-on-month, or the span just before) and 同比 (the same months a year earlier). */
export interface IndicatorDeltas {
  mom: Delta;
  yoy: Delta;
}

export function delta(current: number | null, previous: number | null): Delta {
  if (current === null || previous === null) return { previous, absolute: null, relative: null };
  const absolute = current - previous;
  return { previous, absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}

/** The change of every indicator between two sets of values. */
export function deltas(current: Partial<IndicatorValues>, previous: Partial<IndicatorValues>): Record<IndicatorId, Delta> {
  const result = {} as Record<IndicatorId, Delta>;
  for (const id of INDICATOR_IDS) result[id] = delta(current[id] ?? null, previous[id] ?? null);
  return result;
}

export function indicatorDeltas(
  current: Partial<IndicatorValues>,
  previous: Partial<IndicatorValues>,
  yearAgo: Partial<IndicatorValues>,
): Record<IndicatorId, IndicatorDeltas> {
  const result = {} as Record<IndicatorId, IndicatorDeltas>;
  for (const id of INDICATOR_IDS) {
    const value = current[id] ?? null;
    result[id] = { mom: delta(value, previous[id] ?? null), yoy: delta(value, yearAgo[id] ?? null) };
  }
  return result;
}

function deltaOf(current: number, previous: number): Delta {
  if (previous !== previous) return { previous: null, absolute: null, relative: null };
  if (current !== current) return { previous, absolute: null, relative: null };
  const absolute = current - previous;
  return { previous, absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}

const WIDTH = INDICATOR_IDS.length;

/**
 * deltasAt's record: an indicator's 环比 and 同比 are built when that indicator is read, from the
 * three value rows (current, previous, year-ago: INDICATOR_IDS order, NaN = no value) stored one
 * after another at `at`. A ranking by one indicator reads one of ~25 per office; building every
 * one made a province's ranking table allocate ~220,000 objects. Each read builds a fresh pair, so
 * keep what you read rather than reading it in a loop. toJSON gives the plain record; a spread or
 * structuredClone would not carry the getters.
 */
class ArrayDeltas {
  constructor(
    readonly values: Float64Array,
    readonly at: number,
  ) {}

  toJSON(): Record<IndicatorId, IndicatorDeltas> {
    return plainDeltas(this as unknown as Record<IndicatorId, IndicatorDeltas>);
  }
}

INDICATOR_IDS.forEach((id, i) =>
  Object.defineProperty(ArrayDeltas.prototype, id, {
    enumerable: true,
    get(this: ArrayDeltas): IndicatorDeltas {
      const values = this.values;
      const value = values[this.at + i]!;
      return { mom: deltaOf(value, values[this.at + WIDTH + i]!), yoy: deltaOf(value, values[this.at + 2 * WIDTH + i]!) };
    },
  }),
);

/**
 * Room for the value rows of many offices' deltas in a few large buffers. V8 keeps a typed array
 * of more than 64 bytes off the heap, so three Float64Array(~30) per office were three mallocs each
 * (a province's ranking table: ~9,000), and their external memory set off full collections.
 */
export class DeltaRows {
  private block = new Float64Array(0);
  private used = 0;

  /** Where the next office's three rows go; fill values[at, at + 3 × indicators) then call deltasAt. */
  take(): { values: Float64Array; at: number } {
    const size = 3 * WIDTH;
    if (this.used + size > this.block.length) {
      this.block = new Float64Array(size * 256);
      this.used = 0;
    }
    const at = this.used;
    this.used += size;
    return { values: this.block, at };
  }
}

/** indicatorDeltas over three value rows stored one after another at `at` (see ArrayDeltas): the engine's fast path. */
export function deltasAt(values: Float64Array, at: number): Record<IndicatorId, IndicatorDeltas> {
  return new ArrayDeltas(values, at) as unknown as Record<IndicatorId, IndicatorDeltas>;
}

/** Any deltas record (built at once or on read) as plain data, every indicator an own property. */
export function plainDeltas(deltas: Record<IndicatorId, IndicatorDeltas>): Record<IndicatorId, IndicatorDeltas> {
  const plain = {} as Record<IndicatorId, IndicatorDeltas>;
  for (const id of INDICATOR_IDS) plain[id] = deltas[id];
  return plain;
}
