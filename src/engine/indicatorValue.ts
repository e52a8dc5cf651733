import {
  BUILT_IN_INDICATORS,
  NATIONAL_REVIEW_LEVELS,
  effectiveReviews,
  formulaSides,
  isCountField,
  parseTerm,
  type CountField,
  type Counts,
  type Formula,
  type Indicator,
  type IndicatorId,
  type ReviewLevels,
} from '../domain';

export type IndicatorValues = Record<IndicatorId, number | null>;

/** Where a formula's names are looked up: other indicators, and the scheme's 好评/差评 levels. */
export interface FormulaContext {
  definitions: readonly Indicator[];
  reviewLevels: ReviewLevels;
}

const BUILT_IN: FormulaContext = { definitions: BUILT_IN_INDICATORS, reviewLevels: NATIONAL_REVIEW_LEVELS };

/**
 * The value of one indicator over ONE record's counts. Missing is not zero: a required field that
 * is absent gives null, and so does a ratio whose denominator is 0.
 *
 * Counts summed over several office-months cannot say which of them reported every field, so this
 * is NOT how a rolled-up rate is computed (see valueAt in values.ts and docs/engine.md); read
 * rolled-up rates from OfficeEvaluation.values, KindRollup.values or a TrendPoint.
 */
export function indicatorValue(indicator: Indicator | IndicatorId, counts: Counts, context: FormulaContext = BUILT_IN): number | null {
  const definition = typeof indicator === 'string' ? context.definitions.find((d) => d.id === indicator) : indicator;
  if (!definition) throw new RangeError(`unknown indicator: ${String(indicator)}`);
  const { good, bad } = effectiveReviews(counts, context.reviewLevels);
  const read = (field: CountField) => (field === 'goodReviews' ? good : field === 'badReviews' ? bad : counts[field]);
  return formulaValue(definition.formula, read, context, [definition.id]);
}

/** A sum's value over one record, undefined when a required term is absent. */
function sumValue(
  sum: readonly string[],
  read: (field: CountField) => number | undefined,
  context: FormulaContext,
  path: readonly string[],
): number | undefined {
  let total = 0;
  for (const text of sum) {
    const term = parseTerm(text);
    if (!term) return undefined;
    let value: number | undefined;
    for (const name of term.names) {
      value = isCountField(name) ? read(name) : referenced(name, read, context, path);
      if (value !== undefined) break;
    }
    if (value === undefined && !term.optional) return undefined;
    total += value ?? 0;
  }
  return total;
}

function referenced(name: string, read: (field: CountField) => number | undefined, context: FormulaContext, path: readonly string[]): number | undefined {
  const other = context.definitions.find((d) => d.id === name);
  if (!other || other.formula.type !== 'count' || path.includes(name)) return undefined;
  return sumValue(other.formula.terms, read, context, [...path, name]);
}

/** The same rule over any way of reading a field (one record's fields; see indicatorValue). */
export function formulaValue(
  formula: Formula,
  read: (field: CountField) => number | undefined,
  context: FormulaContext = BUILT_IN,
  path: readonly string[] = [],
): number | null {
  const [first, second] = formulaSides(formula).map((sum) => sumValue(sum, read, context, path));
  if (first === undefined) return null;
  if (formula.type === 'count') return first;
  if (second === undefined) return null;
  if (formula.type === 'difference') return first - second;
  return second === 0 ? null : first / second;
}

/** Every indicator of a context over one record's counts. */
export function indicatorValues(counts: Counts, context: FormulaContext = BUILT_IN): IndicatorValues {
  const values: IndicatorValues = {};
  for (const indicator of context.definitions) values[indicator.id] = indicatorValue(indicator, counts, context);
  return values;
}
