import { formulaSides } from '../../../domain';
import { parseFormulaText } from '../../../domain/formulaText';
import { printFormula } from '../../../domain/formulaTextPrint';
import type { DefinitionDraft } from './draft';
import type { FormulaNames } from './formulaNames';

/**
 * A row's names changed: formulas of other rows that name it (read with the old names) are
 * written again with the new ones, so a rename never breaks the formulas that use it.
 */
export function renameInFormulas(rows: readonly DefinitionDraft[], renamed: DefinitionDraft, before: FormulaNames, after: FormulaNames): DefinitionDraft[] {
  return rows.map((row) => {
    if (row.key === renamed.key) return renamed;
    const parsed = parseFormulaText(row.formula, before.toId);
    if (!parsed.ok) return row;
    const names = formulaSides(parsed.formula).flatMap((sum) => sum.flatMap((term) => term.replace(/\?$/, '').split('|')));
    return names.includes(renamed.id) ? { ...row, formula: printFormula(parsed.formula, after.nameOf) } : row;
  });
}
