import type { DefinitionDraft } from './draft';
import type { ParsedFormulas } from './draftToInput';
import type { FormulaNames } from './formulaNames';
import type { ShownProblem } from './problemIndex';

/** What the definitions section and each of its forms are given by the scheme editor. */
export interface DefinitionsSectionProps {
  rows: readonly DefinitionDraft[];
  /** Each row's place among the scheme's definitions (its problems' "definitions[i]"), by row key. */
  places: ReadonlyMap<string, number>;
  problems: readonly ShownProblem[];
  parsed: ParsedFormulas;
  names: FormulaNames;
  /** The object the problems were found in (describes their places). */
  input: unknown;
  /** The ids of counts and sums a formula may add (ratios and differences cannot be added). */
  summable: readonly string[];
  /** Where an indicator is scored or carded ("第1项计分指标"), by id: a definition in use cannot be removed. */
  usedBy: ReadonlyMap<string, readonly string[]>;
  onChange: (index: number, row: DefinitionDraft) => void;
  onFormula: (index: number, formula: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onModify: (id: string) => void;
}
