import { FIELD_NATURE, COUNT_FIELDS, OFFICE_KINDS, type Indicator, type Scheme } from '../../domain';
import type { EngineData } from '../engineData';
import { FIELD_COUNT } from '../fields';
import { KIND_CODE } from '../officeTree';
import {
  SchemeLayoutError,
  columnsOf,
  requirementKey,
  requirementNature,
  resolveFormula,
  satisfies,
  type Contribution,
  type FormulaKind,
  type Requirement,
} from './terms';

/** A formula as column numbers for tight loops (see valueAt). */
export interface CompiledFormula {
  readonly kind: FormulaKind;
  /** Columns summed for side a and side b: a raw field (< FIELD_COUNT) or FIELD_COUNT + a derived column. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** The bit that says there is a value: in `present` for a plain count, else in `covered`. */
  readonly bit: number;
  readonly inCovered: boolean;
  readonly requirement: Requirement;
  /** Fields of its optional terms. */
  readonly optional: number;
}

/** Bits of a per-cell mask grouped by when a period reads them (see requirementNature). */
export interface NatureBits {
  flow: number;
  closing: number;
  opening: number;
}

/**
 * What a scheme makes of indexed data: its indicator definitions compiled against the columns,
 * the few derived columns its formulas need, and two masks per office-month — which formulas it
 * covers (reported every field they need) and which scored indicators it lacks a field for.
 * Built once per data and scheme (schemeLayout caches it).
 */
export interface SchemeLayout {
  readonly data: EngineData;
  readonly scheme: Scheme;
  readonly definitions: readonly Indicator[];
  /** Definition ids, in the scheme's order; formulas[i] is definitions[i]'s. */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly formulas: readonly CompiledFormula[];
  readonly derivedWidth: number;
  /** [cell * derivedWidth + d]: a field's value where a formula's condition holds, 0 elsewhere. */
  readonly derived: Float64Array;
  readonly derivedClosing: readonly number[];
  readonly derivedOpening: readonly number[];
  /** [cell]: bit per formula requirement the office-month satisfies. */
  readonly covered: Uint32Array;
  readonly coveredBits: NatureBits;
  /** [cell]: bit per scored requirement the office-month (a reporting unit's record) fails. */
  readonly lacking: Uint32Array;
  readonly lackingBits: NatureBits;
  /** Per scheme indicator (scheme.indicators order): its bit in `lacking`, 0 when it cannot lack. */
  readonly lackBit: readonly number[];
  /** Per scheme indicator and KIND_CODE: the requirement its lacking bit checks in records of that kind. */
  readonly lackRequirement: readonly (readonly Requirement[] | null)[];
  /** Per field (COUNT_FIELDS order): the columns summed to show it (好评 adds the good levels). */
  readonly fieldColumns: readonly (readonly number[])[];
}

function natureBits(natures: readonly ('flow' | 'closing' | 'opening')[]): NatureBits {
  const bits: NatureBits = { flow: 0, closing: 0, opening: 0 };
  natures.forEach((nature, bit) => (bits[nature] |= 1 << bit));
  return bits;
}

/** Bits for distinct requirements, in first-seen order; at most 32 fit a mask. */
class RequirementBits {
  readonly list: Requirement[] = [];
  private readonly keys = new Map<string, number>();
  constructor(private readonly what: string) {}

  bitOf(requirement: Requirement): number {
    const key = requirementKey(requirement);
    let position = this.keys.get(key);
    if (position === undefined) {
      position = this.list.push(requirement) - 1;
      if (position >= 32) throw new SchemeLayoutError(`more than 32 different combinations of fields in ${this.what}`);
      this.keys.set(key, position);
    }
    return 1 << position;
  }
}

interface DerivedPlan {
  column: number;
  condition: (mask: number) => boolean;
}

function plan(data: EngineData, scheme: Scheme) {
  const levels = scheme.reviewLevels;
  const byId = new Map(scheme.definitions.map((definition) => [definition.id, definition]));
  const coverage = new RequirementBits('the indicators’ formulas');
  const derived: DerivedPlan[] = [];
  const derivedKeys = new Map<string, number>();

  /** A raw column where the condition holds wherever the field was reported, nothing where it never does, else a derived one. */
  const place = (contribution: Contribution, requirement: Requirement): number | null => {
    const { column, unless } = contribution;
    const condition = (mask: number) => satisfies(mask, requirement) && (mask & unless) === 0;
    const relevant = data.masks.filter((mask) => (mask >>> column) & 1);
    const verdicts = relevant.map(condition);
    if (verdicts.every(Boolean)) return column;
    if (!verdicts.some(Boolean)) return null;
    const key = `${column}|${relevant.filter((_, i) => verdicts[i]).join(',')}`;
    let d = derivedKeys.get(key);
    if (d === undefined) {
      d = derived.push({ column, condition }) - 1;
      derivedKeys.set(key, d);
    }
    return FIELD_COUNT + d;
  };

  const formulas = scheme.definitions.map((definition): CompiledFormula => {
    const resolved = resolveFormula(definition, byId, levels);
    const { requirement } = resolved;
    const columns = (side: Contribution[]) => Int32Array.from(side.map((c) => place(c, requirement)).filter((c): c is number => c !== null));
    const single = requirement.anyOf.length === 0 && (requirement.required & (requirement.required - 1)) === 0 && requirement.required !== 0;
    return {
      kind: resolved.kind,
      a: columns(resolved.a),
      b: columns(resolved.b),
      bit: single ? requirement.required : coverage.bitOf(requirement),
      inCovered: !single,
      requirement,
      optional: resolved.optional,
    };
  });

  // Missing is never better than reporting: an optional field (上月结转 in 办结率) is required of an
  // office wherever the source sends it for offices of the same kind, so leaving it out does not
  // buy a better rate.
  const lacks = new RequirementBits('the scored indicators');
  const kindFilter = new Uint32Array(OFFICE_KINDS.length);
  const lackRequirement: (Requirement[] | null)[] = [];
  const lackBit = scheme.indicators.map((item) => {
    const position = byId.has(item.indicatorId) ? scheme.definitions.findIndex((d) => d.id === item.indicatorId) : -1;
    const formula = formulas[position];
    if (!formula || (formula.requirement.required === 0 && formula.requirement.anyOf.length === 0 && formula.optional === 0)) {
      lackRequirement.push(null);
      return 0;
    }
    const byKind = OFFICE_KINDS.map((_, code) => ({
      required: formula.requirement.required | (formula.optional & data.fieldsByKind[code]!),
      anyOf: formula.requirement.anyOf,
    }));
    const bit = lacks.bitOf({ required: formula.requirement.required | formula.optional, anyOf: formula.requirement.anyOf });
    for (const kind of scheme.definitions[position]!.appliesTo) kindFilter[KIND_CODE[kind]]! |= bit;
    lackRequirement.push(byKind);
    return bit;
  });
  return { formulas, derived, coverage, lacks, kindFilter, lackBit, lackRequirement };
}

/** Per distinct mask, a value computed once: a load has a handful of masks and a province 700,000 cells. */
function memo<T>(compute: (mask: number) => T): (mask: number) => T {
  const cache = new Map<number, T>();
  return (mask) => {
    let value = cache.get(mask);
    if (value === undefined) {
      value = compute(mask);
      cache.set(mask, value);
    }
    return value;
  };
}

function buildLayout(data: EngineData, scheme: Scheme): SchemeLayout {
  const planned = plan(data, scheme);
  const n = data.offices.length;
  const cells = data.present.length;
  const width = planned.derived.length;
  const derived = new Float64Array(cells * width);
  const covered = new Uint32Array(cells);
  const lacking = new Uint32Array(cells);
  const coverageOf = memo((mask) => planned.coverage.list.reduce((bits, req, bit) => (satisfies(mask, req) ? bits | (1 << bit) : bits), 0));
  // Per item bit, the requirement a record of each kind is held to (see plan).
  const lackByBit = planned.lacks.list.map((_, bit) => planned.lackRequirement[planned.lackBit.indexOf(1 << bit)]!);
  const lacksOf = memo((key) => {
    const kind = Math.floor(key / 2 ** 32);
    const mask = key - kind * 2 ** 32;
    return lackByBit.reduce((bits, byKind, bit) => (satisfies(mask, byKind[kind]!) ? bits : bits | (1 << bit)), 0);
  });
  const derivedOf = memo((mask) => Uint8Array.from(planned.derived, (d) => ((mask >>> d.column) & 1 && d.condition(mask) ? 1 : 0)));
  for (let cell = 0; cell < cells; cell++) {
    const mask = data.present[cell]!;
    if (mask === 0) continue;
    covered[cell] = coverageOf(mask);
    if (data.reported[cell]) {
      const kind = data.kindCodes[cell % n]!;
      lacking[cell] = lacksOf(kind * 2 ** 32 + mask) & planned.kindFilter[kind]!;
    }
    if (width === 0) continue;
    const flags = derivedOf(mask);
    for (let d = 0; d < width; d++) if (flags[d]) derived[cell * width + d] = data.counts[cell * FIELD_COUNT + planned.derived[d]!.column]!;
  }
  const natureOfColumn = (d: number) => FIELD_NATURE[COUNT_FIELDS[planned.derived[d]!.column]!];
  const derivedIndices = planned.derived.map((_, d) => d);
  return {
    data,
    scheme,
    definitions: scheme.definitions,
    ids: scheme.definitions.map((definition) => definition.id),
    index: new Map(scheme.definitions.map((definition, i) => [definition.id, i])),
    formulas: planned.formulas,
    derivedWidth: width,
    derived,
    derivedClosing: derivedIndices.filter((d) => natureOfColumn(d) === 'closing'),
    derivedOpening: derivedIndices.filter((d) => natureOfColumn(d) === 'opening'),
    covered,
    coveredBits: natureBits(planned.coverage.list.map(requirementNature)),
    lacking,
    lackingBits: natureBits(planned.lacks.list.map(requirementNature)),
    lackBit: planned.lackBit,
    lackRequirement: planned.lackRequirement,
    fieldColumns: COUNT_FIELDS.map((field) => columnsOf(field, scheme.reviewLevels)),
  };
}

const layouts = new WeakMap<EngineData, WeakMap<Scheme, SchemeLayout>>();

/** The scheme's layout over the data, built on first use and kept while both live. */
export function schemeLayout(data: EngineData, scheme: Scheme): SchemeLayout {
  let byScheme = layouts.get(data);
  if (!byScheme) {
    byScheme = new WeakMap();
    layouts.set(data, byScheme);
  }
  let layout = byScheme.get(scheme);
  if (!layout) {
    layout = buildLayout(data, scheme);
    byScheme.set(scheme, layout);
  }
  return layout;
}

/** The compiled formula of a definition id; throws for an id the scheme does not define. */
export function formulaOf(layout: SchemeLayout, id: string): CompiledFormula {
  const position = layout.index.get(id);
  if (position === undefined) throw new SchemeLayoutError(`the scheme defines no indicator "${id}"`);
  return layout.formulas[position]!;
}
