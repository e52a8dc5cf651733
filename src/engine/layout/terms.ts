import {
  COUNT_FIELDS,
  FIELD_NATURE,
  formulaSides,
  isCountField,
  parseTerm,
  type CountField,
  type Formula,
  type Indicator,
  type ReviewLevels,
} from '../../domain';
import { FIELD_INDEX } from '../fields';

/** A scheme's formulas could not be compiled (validateScheme reports the same with a path). */
export class SchemeLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemeLayoutError';
  }
}

export const FormulaKind = { count: 0, ratio: 1, difference: 2 } as const;
export type FormulaKind = (typeof FormulaKind)[keyof typeof FormulaKind];

const KIND_OF: Record<Formula['type'], FormulaKind> = { count: FormulaKind.count, ratio: FormulaKind.ratio, difference: FormulaKind.difference };

/**
 * One physical column added into a side of a formula, in the cells that satisfy the formula's
 * requirement and report none of `unless` (the earlier choices of a "first of" term).
 */
export interface Contribution {
  column: number;
  unless: number;
}

/**
 * Which cells (office-months) a formula counts: those that reported every `required` field and
 * at least one field of each `anyOf` group. Both sides of a ratio are summed over the same cells,
 * so a record that sent one side only never tilts a rate; see docs/engine.md.
 */
export interface Requirement {
  required: number;
  anyOf: readonly number[];
}

export interface ResolvedFormula {
  kind: FormulaKind;
  /** Fields of optional terms: required of an office only where its kind's source sends them (see lackRequirement). */
  optional: number;
  /** Side a: the count, numerator or minuend; side b: the denominator or subtrahend (empty for a count). */
  a: Contribution[];
  b: Contribution[];
  requirement: Requirement;
}

/** The physical columns of a field as a formula reads it: 好评 and 差评 add the scheme's review levels. */
export function columnsOf(field: CountField, levels: ReviewLevels): number[] {
  if (field === 'goodReviews') return [FIELD_INDEX.goodReviews, ...levels.good.map((level) => FIELD_INDEX[level])];
  if (field === 'badReviews') return [FIELD_INDEX.badReviews, ...levels.bad.map((level) => FIELD_INDEX[level])];
  return [FIELD_INDEX[field]];
}

interface FieldTerm {
  /** Alternatives, first reported wins; one field for a plain term. */
  fields: CountField[];
  optional: boolean;
}

/** A sum's terms with other indicators (counts and sums) spliced in, down to fields. */
function fieldTerms(sum: readonly string[], definitions: ReadonlyMap<string, Indicator>, path: readonly string[]): FieldTerm[] {
  const terms: FieldTerm[] = [];
  for (const text of sum) {
    const term = parseTerm(text);
    if (!term) throw new SchemeLayoutError(`malformed term "${text}" in ${path[path.length - 1]}`);
    if (term.names.length > 1) {
      const fields = term.names.map((name) => {
        if (!isCountField(name)) throw new SchemeLayoutError(`"first of" takes contract fields only, not "${name}"`);
        return name;
      });
      terms.push({ fields, optional: term.optional });
      continue;
    }
    const name = term.names[0]!;
    if (isCountField(name)) {
      terms.push({ fields: [name], optional: term.optional });
      continue;
    }
    const other = definitions.get(name);
    if (!other) throw new SchemeLayoutError(`unknown field or indicator "${name}"`);
    if (other.formula.type !== 'count') throw new SchemeLayoutError(`"${name}" is not a count or sum and cannot be added`);
    if (path.includes(name)) throw new SchemeLayoutError(`indicators refer to each other in a cycle: ${[...path, name].join(' → ')}`);
    for (const inner of fieldTerms(other.formula.terms, definitions, [...path, name])) {
      terms.push({ fields: inner.fields, optional: inner.optional || term.optional });
    }
  }
  return terms;
}

function contributions(terms: readonly FieldTerm[], levels: ReviewLevels): Contribution[] {
  const out: Contribution[] = [];
  for (const term of terms) {
    let unless = 0;
    for (const field of term.fields) {
      for (const column of columnsOf(field, levels)) out.push({ column, unless });
      unless |= 1 << FIELD_INDEX[field];
    }
  }
  return out;
}

function requirementOf(terms: readonly FieldTerm[]): Requirement {
  let required = 0;
  const anyOf: number[] = [];
  for (const term of terms) {
    if (term.optional) continue;
    const bits = term.fields.reduce((mask, field) => mask | (1 << FIELD_INDEX[field]), 0);
    if (term.fields.length === 1) required |= bits;
    else anyOf.push(bits);
  }
  // Nothing required (every term optional): the formula has a value where any of its fields came.
  if (required === 0 && anyOf.length === 0) {
    const any = terms.reduce((mask, term) => term.fields.reduce((m, field) => m | (1 << FIELD_INDEX[field]), mask), 0);
    if (any !== 0) anyOf.push(any);
  }
  return { required, anyOf };
}

export function resolveFormula(definition: Indicator, definitions: ReadonlyMap<string, Indicator>, levels: ReviewLevels): ResolvedFormula {
  const sides = formulaSides(definition.formula).map((sum) => fieldTerms(sum, definitions, [definition.id]));
  const terms = sides.flat();
  return {
    kind: KIND_OF[definition.formula.type],
    optional: terms.filter((term) => term.optional).reduce((mask, term) => term.fields.reduce((m, field) => m | (1 << FIELD_INDEX[field]), mask), 0),
    a: contributions(sides[0]!, levels),
    b: sides[1] ? contributions(sides[1], levels) : [],
    requirement: requirementOf(terms),
  };
}

export function satisfies(mask: number, requirement: Requirement): boolean {
  if ((mask & requirement.required) !== requirement.required) return false;
  for (const group of requirement.anyOf) if ((mask & group) === 0) return false;
  return true;
}

export const requirementKey = (requirement: Requirement): string => [requirement.required, ...requirement.anyOf].join(',');

/**
 * When a requirement is judged over a period: every month when it needs any flow (a level missing
 * in a middle month then counts too: stricter, never kinder); a requirement of month-end levels
 * only at the period's last month, of month-start levels only at its first.
 */
export function requirementNature(requirement: Requirement): 'flow' | 'closing' | 'opening' {
  const bits = requirement.anyOf.reduce((mask, group) => mask | group, requirement.required);
  const natures = new Set(COUNT_FIELDS.filter((_, f) => (bits >>> f) & 1).map((field) => FIELD_NATURE[field]));
  if (natures.has('flow') || natures.size === 0) return 'flow';
  return natures.has('closing') ? 'closing' : 'opening';
}

/** The fields a requirement's mask names that `mask` lacks (for 数据不全: which fields are missing). */
export function lackingFields(mask: number, requirement: Requirement): CountField[] {
  const missing: CountField[] = [];
  COUNT_FIELDS.forEach((field, f) => {
    if ((requirement.required >>> f) & 1 && !((mask >>> f) & 1)) missing.push(field);
  });
  for (const group of requirement.anyOf) {
    if ((mask & group) !== 0) continue;
    COUNT_FIELDS.forEach((field, f) => {
      if ((group >>> f) & 1) missing.push(field);
    });
  }
  return missing;
}
