import { INDICATOR_UNITS, type IndicatorUnit } from '../../../domain';
import type { FormulaTextResult } from '../../../domain/formulaTextErrors';
import type { DefinitionDraft } from './draft';
import { defaultMinDenominator } from './newRows';

// What a change to one field of a definition row does to the others, so they cannot disagree.

/** The units of a count or a sum (all but rate). */
export const COUNT_UNITS = INDICATOR_UNITS.filter((unit) => unit !== 'rate');

/** A count's unit by its category: reviews in 条, hotline tickets in 件 (工单), disclosures in 条, items otherwise. */
function countUnitOf(category: DefinitionDraft['category']): IndicatorUnit {
  return category === 'reviews' ? 'reviews' : category === 'hotline' ? 'tickets' : category === 'disclosure' ? 'entries' : 'items';
}

/**
 * A row with a new formula: the unit follows what the formula is once it reads (a ratio is a
 * rate, anything else a count), so the two cannot disagree by accident.
 */
export function withFormula(row: DefinitionDraft, formula: string, parsed: FormulaTextResult): DefinitionDraft {
  const next = { ...row, formula };
  if (!parsed.ok) return next;
  if (parsed.formula.type === 'ratio' && row.unit !== 'rate') {
    return { ...next, unit: 'rate', minDenominator: row.minDenominator.trim() === '' ? String(defaultMinDenominator(row.category)) : row.minDenominator };
  }
  if (parsed.formula.type !== 'ratio' && row.unit === 'rate') return { ...next, unit: countUnitOf(row.category) };
  return next;
}

/** A row in another category: a minimum denominator still at the old category's default moves to the new one's. */
export function withCategory(row: DefinitionDraft, category: DefinitionDraft['category']): DefinitionDraft {
  const next = { ...row, category };
  if (row.minDenominator.trim() === String(defaultMinDenominator(row.category))) next.minDenominator = String(defaultMinDenominator(category));
  return next;
}
