import type { IndicatorId } from '../domain';
import type { SchemeLayout } from './layout/schemeLayout';
import { isNoValue } from './values';

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
export function deltas(
  current: Partial<Record<IndicatorId, number | null>>,
  previous: Partial<Record<IndicatorId, number | null>>,
): Record<IndicatorId, Delta> {
  const result: Record<IndicatorId, Delta> = {};
  for (const id of Object.keys(current)) result[id] = delta(current[id] ?? null, previous[id] ?? null);
  return result;
}

const CUMULATIVE: Delta = Object.freeze({ previous: null, absolute: null, relative: null, gap: 'cumulative' as const });

function deltaOf(current: number, previous: number): Delta {
  if (isNoValue(previous)) return { previous: null, absolute: null, relative: null };
  if (isNoValue(current)) return { previous, absolute: null, relative: null };
  const absolute = current - previous;
  return { previous, absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}

/**
 * An office's 环比 and 同比, built per indicator when that indicator is read, from three value
 * rows (current, previous, year-ago: the layout's order, NaN = no value) stored one after another
 * at `at`. A ranking by one indicator reads one of ~40 per office; building every one made a
 * province's ranking table allocate ~220,000 objects. Each read builds a fresh pair, so keep what
 * you read rather than reading it in a loop. toJSON gives the plain record; a spread or
 * structuredClone would not carry the getters.
 */
export interface DeltaView {
  readonly values: Float64Array;
  readonly at: number;
  /** No 环比 (a year-to-date): every mom is the cumulative gap. */
  readonly noMom: boolean;
  toJSON(): Record<IndicatorId, IndicatorDeltas>;
}

type DeltaClass = new (values: Float64Array, at: number, noMom: boolean) => DeltaView;

const classes = new WeakMap<SchemeLayout, DeltaClass>();

/** The class whose instances read a layout's indicators (one getter per indicator on its prototype). */
function deltaClass(layout: SchemeLayout): DeltaClass {
  const known = classes.get(layout);
  if (known) return known;
  const width = layout.ids.length;
  const ids = layout.ids;
  class LayoutDeltas implements DeltaView {
    constructor(
      readonly values: Float64Array,
      readonly at: number,
      readonly noMom: boolean,
    ) {}

    toJSON(): Record<IndicatorId, IndicatorDeltas> {
      const plain: Record<IndicatorId, IndicatorDeltas> = {};
      for (const id of ids) plain[id] = (this as unknown as Record<IndicatorId, IndicatorDeltas>)[id]!;
      return plain;
    }
  }
  ids.forEach((id, i) =>
    Object.defineProperty(LayoutDeltas.prototype, id, {
      enumerable: true,
      get(this: LayoutDeltas): IndicatorDeltas {
        const value = this.values[this.at + i]!;
        return {
          mom: this.noMom ? CUMULATIVE : deltaOf(value, this.values[this.at + width + i]!),
          yoy: deltaOf(value, this.values[this.at + 2 * width + i]!),
        };
      },
    }),
  );
  classes.set(layout, LayoutDeltas);
  return LayoutDeltas;
}

/** The deltas record over three value rows stored one after another at `at` (see DeltaView). */
export function deltasAt(layout: SchemeLayout, values: Float64Array, at: number, noMom: boolean): Record<IndicatorId, IndicatorDeltas> {
  const View = deltaClass(layout);
  return new View(values, at, noMom) as unknown as Record<IndicatorId, IndicatorDeltas>;
}

/** Any deltas record (built at once or on read) as plain data, every indicator an own property. */
export function plainDeltas(record: Record<IndicatorId, IndicatorDeltas>): Record<IndicatorId, IndicatorDeltas> {
  const view = record as unknown as Partial<DeltaView>;
  return typeof view.toJSON === 'function' ? view.toJSON() : { ...record };
}

/**
 * Room for the value rows of many offices' deltas in a few large buffers. V8 keeps a typed array
 * of more than 64 bytes off the heap, so three Float64Array(~40) per office were three mallocs each
 * (a province's ranking table: ~9,000), and their external memory set off full collections.
 */
export class DeltaRows {
  private block = new Float64Array(0);
  private used = 0;

  constructor(private readonly width: number) {}

  /** Where the next office's three rows go; fill values[at, at + 3 × width) then call deltasAt. */
  take(): { values: Float64Array; at: number } {
    const size = 3 * this.width;
    if (this.used + size > this.block.length) {
      this.block = new Float64Array(size * 256);
      this.used = 0;
    }
    const at = this.used;
    this.used += size;
    return { values: this.block, at };
  }
}
