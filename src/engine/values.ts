import { COUNT_FIELDS, type Counts } from '../domain';
import { FIELD_COUNT } from './fields';
import type { IndicatorValues } from './indicatorValue';
import { FormulaKind } from './layout/terms';
import type { CompiledFormula, SchemeLayout } from './layout/schemeLayout';
import type { MonthSpan, RollUp } from './rollup';

/** NaN is how the engine's typed arrays say "no value"; this names the test. */
export const isNoValue = (value: number): boolean => Number.isNaN(value);

function columnSum(roll: RollUp, local: number, columns: Int32Array): number {
  let sum = 0;
  const width = roll.layout.derivedWidth;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    sum += column < FIELD_COUNT ? roll.sums[local * FIELD_COUNT + column]! : roll.derivedSums[local * width + column - FIELD_COUNT]!;
  }
  return sum;
}

export function hasValue(roll: RollUp, local: number, formula: CompiledFormula): boolean {
  return ((formula.inCovered ? roll.covered[local]! : roll.present[local]!) & formula.bit) !== 0;
}

/**
 * A compiled formula over one office of the roll-up; NaN for no value (nothing reported that the
 * formula can count, or a zero denominator). Every rolled-up value of the engine comes through here.
 *
 * Both sides are summed over the same office-months: those that satisfied the formula's
 * requirement (reported every field it needs). An office-month that reported one side only still
 * counts in that field's own total (rolledCounts), not in the rate. See docs/engine.md.
 */
export function valueAt(roll: RollUp, local: number, formula: CompiledFormula): number {
  if (!hasValue(roll, local, formula)) return NaN;
  return combine(formula.kind, columnSum(roll, local, formula.a), formula.kind === FormulaKind.count ? 0 : columnSum(roll, local, formula.b));
}

/** A ratio's denominator over the office-months it counts (what 样本不足 is judged on); NaN otherwise. */
export function denominatorAt(roll: RollUp, local: number, formula: CompiledFormula): number {
  if (formula.kind !== FormulaKind.ratio || !hasValue(roll, local, formula)) return NaN;
  return columnSum(roll, local, formula.b);
}

/** A formula's value from its summed sides: the sum itself, the difference, or the ratio (NaN over 0). */
export function combine(kind: FormulaKind, x: number, y: number): number {
  if (kind === FormulaKind.count) return x;
  if (kind === FormulaKind.difference) return x - y;
  return y === 0 ? NaN : x / y;
}

/** The raw fields summed: each over every office-month that reported it (好评 and 差评 with their levels). */
export function rolledCounts(roll: RollUp, office: number): Counts {
  const counts: Counts = {};
  const local = office - roll.start;
  const bits = roll.present[local]!;
  if (bits === 0) return counts;
  const columns = roll.layout.fieldColumns;
  for (let f = 0; f < FIELD_COUNT; f++) {
    if (!((bits >>> f) & 1)) continue;
    let sum = 0;
    for (const column of columns[f]!) sum += roll.sums[local * FIELD_COUNT + column]!;
    counts[COUNT_FIELDS[f]!] = sum;
  }
  return counts;
}

/** Every definition's value for one office, in layout order, NaN = no value, written into `out` from `at`. */
export function rolledValuesInto(roll: RollUp, office: number, out: Float64Array, at: number): void {
  const formulas = roll.layout.formulas;
  const local = office - roll.start;
  for (let i = 0; i < formulas.length; i++) out[at + i] = valueAt(roll, local, formulas[i]!);
}

const templates = new WeakMap<SchemeLayout, IndicatorValues>();

/** Every definition's value for one office of the roll-up (see valueAt), null = no value. */
export function rolledValues(roll: RollUp, office: number): IndicatorValues {
  const layout = roll.layout;
  let template = templates.get(layout);
  if (!template) {
    template = Object.fromEntries(layout.ids.map((id) => [id, null]));
    templates.set(layout, template);
  }
  // Copying a template with every key keeps one object shape for all offices.
  const values: IndicatorValues = { ...template };
  const local = office - roll.start;
  if (roll.present[local] === 0) return values;
  const formulas = layout.formulas;
  for (let i = 0; i < formulas.length; i++) {
    const value = valueAt(roll, local, formulas[i]!);
    if (!isNoValue(value)) values[layout.ids[i]!] = value;
  }
  return values;
}

/**
 * A few compiled formulas over office ranges, month by month, by valueAt's rule, adding only the
 * columns they read: a trend of three indicators over 36 months need not add every field. Each
 * month is its own period, so a level is that month's. Writes each value (NaN = no value) into
 * `out`, in the order of `formulas`.
 */
export function formulaValuesInMonth(
  layout: SchemeLayout,
  formulas: readonly CompiledFormula[],
  ranges: readonly (readonly [number, number])[],
  month: number,
  out: Float64Array,
): Float64Array {
  const data = layout.data;
  const n = data.offices.length;
  const count = formulas.length;
  const width = layout.derivedWidth;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const seen = new Uint8Array(count);
  const read = (cell: number, columns: Int32Array) => {
    let sum = 0;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      sum += column < FIELD_COUNT ? data.counts[cell * FIELD_COUNT + column]! : layout.derived[cell * width + column - FIELD_COUNT]!;
    }
    return sum;
  };
  if (month >= 0 && month < data.monthCount) {
    for (const [from, to] of ranges) {
      for (let cell = month * n + from; cell < month * n + to; cell++) {
        const bits = data.present[cell]!;
        if (bits === 0) continue;
        const covered = layout.covered[cell]!;
        for (let i = 0; i < count; i++) {
          const formula = formulas[i]!;
          if (((formula.inCovered ? covered : bits) & formula.bit) === 0) continue;
          seen[i] = 1;
          x[i] = x[i]! + read(cell, formula.a);
          if (formula.kind !== FormulaKind.count) y[i] = y[i]! + read(cell, formula.b);
        }
      }
    }
  }
  for (let i = 0; i < count; i++) out[i] = seen[i] ? combine(formulas[i]!.kind, x[i]!, y[i]!) : NaN;
  return out;
}

export type { MonthSpan };
