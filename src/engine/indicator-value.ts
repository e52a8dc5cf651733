import {
  INDICATORS,
  indicatorById,
  type CountField,
  type Counts,
  type Formula,
  type Indicator,
  type IndicatorId,
} from '../domain';

export type IndicatorValues = Record<IndicatorId, number | null>;

/**
 * The value of one indicator over a set of counts. Missing is not zero: an absent field gives
 * null, and so does a ratio whose denominator is 0 (a rate of nothing is no rate, not 0 and not NaN).
 *
 * Right for one record. Counts summed over several office-months cannot say which of them
 * reported both sides of a rate, so this is NOT how a rolled-up rate is computed: the engine sums
 * both sides over the office-months that reported both (see pairs.ts and valueAt in rollup.ts);
 * read rolled-up rates from OfficeEvaluation.values, KindRollup.values or a TrendPoint.
 */
export function indicatorValue(indicator: Indicator | IndicatorId, counts: Counts): number | null {
  const formula = typeof indicator === 'string' ? indicatorById(indicator).formula : indicator.formula;
  return formulaValue(formula, (field) => counts[field]);
}

/** The same rule over any way of reading a field (one record's fields; see indicatorValue). */
export function formulaValue(formula: Formula, read: (field: CountField) => number | undefined): number | null {
  switch (formula.type) {
    case 'count': {
      const value = read(formula.field);
      return value === undefined ? null : value;
    }
    case 'ratio': {
      const numerator = read(formula.numerator);
      const denominator = read(formula.denominator);
      if (numerator === undefined || denominator === undefined || denominator === 0) return null;
      return numerator / denominator;
    }
    case 'difference': {
      const minuend = read(formula.minuend);
      const subtrahend = read(formula.subtrahend);
      if (minuend === undefined || subtrahend === undefined) return null;
      return minuend - subtrahend;
    }
  }
}

/** The count fields a formula reads. */
export function formulaFields(formula: Formula): CountField[] {
  switch (formula.type) {
    case 'count':
      return [formula.field];
    case 'ratio':
      return [formula.numerator, formula.denominator];
    case 'difference':
      return [formula.minuend, formula.subtrahend];
  }
}

/** Every registered indicator over one set of counts. */
export function indicatorValues(counts: Counts): IndicatorValues {
  const values = {} as IndicatorValues;
  for (const indicator of INDICATORS) values[indicator.id] = indicatorValue(indicator, counts);
  return values;
}
