import type { IndicatorId, Scheme } from '../domain';
import type { EngineData } from './engineData';
import { FIELD_COUNT } from './fields';
import { FormulaKind } from './layout/terms';
import { schemeLayout } from './layout/schemeLayout';

/**
 * The ratios of a scheme whose denominator is 0 (or never reported) in every office-month of the
 * data: they would never have a value, which is almost always a formula written over the wrong
 * field. The scheme editor warns about them as it is typed; they are not an error (next month's
 * data may carry the field).
 */
export function ratiosAlwaysZero(data: EngineData, scheme: Scheme): IndicatorId[] {
  const layout = schemeLayout(data, scheme);
  const width = layout.derivedWidth;
  const found: IndicatorId[] = [];
  layout.formulas.forEach((formula, i) => {
    if (formula.kind !== FormulaKind.ratio) return;
    for (let cell = 0; cell < data.present.length; cell++) {
      if (((formula.inCovered ? layout.covered[cell]! : data.present[cell]!) & formula.bit) === 0) continue;
      let denominator = 0;
      for (const column of formula.b) {
        denominator += column < FIELD_COUNT ? data.counts[cell * FIELD_COUNT + column]! : layout.derived[cell * width + column - FIELD_COUNT]!;
      }
      if (denominator > 0) return;
    }
    // Only worth saying where there are records at all.
    if (data.recordsUsed > 0) found.push(layout.ids[i]!);
  });
  return found;
}
