import { isCountField, type CountField } from './counts';

/**
 * A term of a sum, as written in a scheme:
 * - "accepted": a contract field (or the id of another indicator that is a count or sum);
 * - "carriedOver?": optional: where a record did not send it, it adds 0 instead of leaving the
 *   record out of the figure (应办结 = 受理 + 上月结转, for sources that send the carry-over);
 * - "hotlineCompleted|hotlineTickets": the first of these the record sent (热线按时办结率 over
 *   办结 where the source sends it, over 工单 where it does not).
 */
export type Term = string;

/** Terms added together. */
export type Sum = readonly Term[];

/** A count or sum, a ratio of two sums, or a difference of two sums. */
export type Formula =
  { type: 'count'; terms: Sum } | { type: 'ratio'; numerator: Sum; denominator: Sum } | { type: 'difference'; minuend: Sum; subtrahend: Sum };

export interface ParsedTerm {
  /** One name, or several for "the first of". Names are fields or indicator ids. */
  names: string[];
  optional: boolean;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** null when the term is malformed (empty names, "?" on a "first of", stray characters). */
export function parseTerm(term: Term): ParsedTerm | null {
  const text = term.trim();
  const optional = text.endsWith('?');
  const body = optional ? text.slice(0, -1).trim() : text;
  const names = body.split('|').map((name) => name.trim());
  if (names.some((name) => !NAME.test(name))) return null;
  if (optional && names.length > 1) return null;
  return { names, optional };
}

export function formatTerm(term: ParsedTerm): Term {
  return term.names.join('|') + (term.optional ? '?' : '');
}

/** The sums of a formula: the one sum of a count, or its two sides. */
export function formulaSides(formula: Formula): readonly [Sum] | readonly [Sum, Sum] {
  switch (formula.type) {
    case 'count':
      return [formula.terms];
    case 'ratio':
      return [formula.numerator, formula.denominator];
    case 'difference':
      return [formula.minuend, formula.subtrahend];
  }
}

/** Every name a formula mentions (fields and indicator ids), each once, in order. */
export function formulaNames(formula: Formula): string[] {
  const names = new Set<string>();
  for (const sum of formulaSides(formula)) {
    for (const term of sum) for (const name of parseTerm(term)?.names ?? []) names.add(name);
  }
  return [...names];
}

/** The contract fields a formula names directly (not through other indicators). */
export function formulaFieldNames(formula: Formula): CountField[] {
  return formulaNames(formula).filter(isCountField);
}

/** A field-only formula in the shorthand of the built-in catalogue. */
export const ratioOf = (numerator: Sum, denominator: Sum): Formula => ({ type: 'ratio', numerator, denominator });
export const countOf = (...terms: Term[]): Formula => ({ type: 'count', terms });
export const differenceOf = (minuend: Sum, subtrahend: Sum): Formula => ({ type: 'difference', minuend, subtrahend });
