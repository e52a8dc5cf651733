import type { Formula } from './formula';

// What can be wrong with a formula as typed (parseFormulaText, formulaText.ts), each with its place.

export const FORMULA_TEXT_ERROR_CODES = [
  /** Nothing typed. */
  'empty',
  /** A character that has no place in a formula (×, *, =, a comma …). */
  'unexpected-character',
  /** An operator or a parenthesis with nothing on one side: "受理件数 +", "/ 办结件数", "()". */
  'missing-operand',
  /** Two names or groups side by side: "受理件数 办结件数". */
  'missing-operator',
  /** A second "/" or "-": a formula is one ratio or one difference. */
  'two-operators',
  /** "(" never closed, or ")" never opened. */
  'unbalanced-parenthesis',
  /** "/" or "-" inside parentheses: parentheses hold a sum. */
  'operator-in-parentheses',
  /** A sum of several terms beside "/" or after "-" without parentheses. */
  'needs-parentheses',
  /** "?" or "|" where no name stands before or after it. */
  'misplaced-mark',
  /** "?" on a "first of" (a|b?): the first of several is not optional. */
  'optional-first-of',
  /** A name that is neither a field nor an indicator. */
  'unknown-name',
] as const;
export type FormulaTextErrorCode = (typeof FORMULA_TEXT_ERROR_CODES)[number];

export interface FormulaTextError {
  code: FormulaTextErrorCode;
  /** Where in the text, in UTF-16 code units as String.prototype.slice counts them; end is exclusive. */
  start: number;
  end: number;
  /** The name or the character concerned, as typed (for unknown-name and unexpected-character). */
  text?: string;
}

export type FormulaTextResult = { ok: true; formula: Formula } | { ok: false; errors: FormulaTextError[] };
