import { parseTerm, type Formula, type Sum, type Term } from './formula';

/** A formula back as text, the way parseFormulaText (formulaText.ts) reads it. */

function printTerm(term: Term, nameOf: (id: string) => string): string {
  const parsed = parseTerm(term);
  if (!parsed) return term;
  return parsed.names.map(nameOf).join('|') + (parsed.optional ? '?' : '');
}

function printSum(sum: Sum, nameOf: (id: string) => string, grouped: boolean): string {
  const text = sum.map((term) => printTerm(term, nameOf)).join(' + ');
  return grouped && sum.length > 1 ? `(${text})` : text;
}

/**
 * A formula as staff read and type it: `nameOf` gives the name to show for an id (by default the
 * id). For parseFormulaText to read it back, every name shown must map back to its id.
 */
export function printFormula(formula: Formula, nameOf: (id: string) => string = (id) => id): string {
  switch (formula.type) {
    case 'count':
      return printSum(formula.terms, nameOf, false);
    case 'ratio':
      return `${printSum(formula.numerator, nameOf, true)} / ${printSum(formula.denominator, nameOf, true)}`;
    case 'difference':
      return `${printSum(formula.minuend, nameOf, false)} - ${printSum(formula.subtrahend, nameOf, true)}`;
  }
}
