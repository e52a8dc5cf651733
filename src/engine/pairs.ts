import { COUNT_FIELDS, INDICATORS, type Formula } from '../domain';

/**
 * Missing is not zero, inside a rate too.
 *
 * A rate (or a difference) rolled up over several office-months sums its two sides over the SAME
 * office-months: those that reported both fields. Villages report `accepted` but not
 * `onlineAccepted`; summing `accepted` over them as well would count them as having handled
 * nothing online and pull the county's online rate down. So a township's onlineRate is
 * Σ onlineAccepted / Σ accepted over the office-months that sent both, while its `accepted` count
 * stays the sum of every `accepted`. It is still the rate of summed counts, never a mean of rates;
 * when no office-month reported both sides the rate has no value.
 *
 * How the engine keeps that fast: the fields of each formula form a pair. At load the engine looks
 * at which fields were reported together. A side that was never reported without its partner sums
 * to the same total in the pair as on its own, and the pair reads the plain column. A side that
 * was (accepted, in a village) gets a paired column: the field's value where its partner was
 * reported, 0 elsewhere, stored beside the 20 raw fields of the office-month, so a roll-up adds it
 * up like the rest. Paired columns that would hold the same numbers are shared (accepted paired
 * with onlineAccepted and with fullyOnline, which are reported together): real data needs one or
 * two, not 26. Whether a pair has any office-month reporting both is a bit per pair in a second
 * mask (`pairPresent`), since 20 fields and 13 pairs do not fit the 32 bits of one.
 */

const FIELD_COUNT = COUNT_FIELDS.length;
const FIELD_INDEX = new Map<string, number>(COUNT_FIELDS.map((field, index) => [field, index]));

function sidesOf(formula: Formula): readonly [number, number] | null {
  switch (formula.type) {
    case 'count':
      return null;
    case 'ratio':
      return [FIELD_INDEX.get(formula.numerator)!, FIELD_INDEX.get(formula.denominator)!];
    case 'difference':
      return [FIELD_INDEX.get(formula.minuend)!, FIELD_INDEX.get(formula.subtrahend)!];
  }
}

const pairKey = (a: number, b: number) => (a < b ? a * FIELD_COUNT + b : b * FIELD_COUNT + a);

function registeredPairs(): (readonly [number, number])[] {
  const pairs: (readonly [number, number])[] = [];
  const seen = new Set<number>();
  for (const { formula } of INDICATORS) {
    const sides = sidesOf(formula);
    if (!sides || seen.has(pairKey(sides[0], sides[1]))) continue;
    seen.add(pairKey(sides[0], sides[1]));
    pairs.push(sides);
  }
  return pairs;
}

/**
 * Every pair of fields a registered formula reads together, once (rectificationRate and
 * badReviewsUnrectified read the same pair), as field numbers in COUNT_FIELDS order.
 */
export const FIELD_PAIRS: readonly (readonly [number, number])[] = registeredPairs();

const PAIR_INDEX = new Map<number, number>(FIELD_PAIRS.map(([a, b], index) => [pairKey(a, b), index]));

if (FIELD_PAIRS.length > 32) throw new Error('more field pairs than bits in a pair mask');

/** The bits of `pairPresent` for an office-month whose present mask is `mask`: both sides reported. */
export function pairBitsOf(mask: number): number {
  let bits = 0;
  for (let p = 0; p < FIELD_PAIRS.length; p++) {
    const [a, b] = FIELD_PAIRS[p]!;
    if ((mask >>> a) & (mask >>> b) & 1) bits |= 1 << p;
  }
  return bits;
}

/** A column beyond the raw fields: `field` where `partner` was reported in the same record, 0 elsewhere. */
export interface PairedColumn {
  field: number;
  partner: number;
}

export interface PairLayout {
  /** The paired columns, in the order they are stored beside the raw fields. */
  readonly paired: readonly PairedColumn[];
  /**
   * [pair * 2 + side]: the column that, summed, gives FIELD_PAIRS[pair][side] over the
   * office-months reporting both sides: a raw field (< FIELD_COUNT), or FIELD_COUNT + c for paired[c].
   */
  readonly columns: Int32Array;
}

const bit = (mask: number, field: number) => (mask >>> field) & 1;

/**
 * Which paired columns the data needs, from the distinct present masks of its records. A side
 * needs one only if some record carries it without its partner. Two paired columns of the same
 * field hold the same numbers when, in every record carrying the field, their partners are both
 * reported or both absent: they are then one column.
 */
export function planPairLayout(masks: readonly number[]): PairLayout {
  const paired: PairedColumn[] = [];
  const columns = new Int32Array(FIELD_PAIRS.length * 2);
  const sameWhere = (field: number, x: number, y: number) =>
    masks.every((mask) => !bit(mask, field) || bit(mask, x) === bit(mask, y));
  FIELD_PAIRS.forEach((sides, p) => {
    for (let side = 0; side < 2; side++) {
      const field = sides[side]!;
      const partner = sides[1 - side]!;
      if (!masks.some((mask) => bit(mask, field) && !bit(mask, partner))) {
        columns[p * 2 + side] = field;
        continue;
      }
      let column = paired.findIndex((other) => other.field === field && sameWhere(field, other.partner, partner));
      if (column < 0) column = paired.push({ field, partner }) - 1;
      columns[p * 2 + side] = FIELD_COUNT + column;
    }
  });
  return { paired, columns };
}

/** A formula as column numbers, for tight loops. */
export interface CompiledFormula {
  /** 0 count, 1 ratio, 2 difference. */
  kind: 0 | 1 | 2;
  /**
   * The count's field; or the numerator (minuend), summed over office-months reporting both sides.
   * A column as in PairLayout.columns: a raw field, or FIELD_COUNT + a paired column.
   */
  a: number;
  /** The denominator (subtrahend) over the same office-months; the field again for a count. */
  b: number;
  /** The bit that says there is a value: in `present` for a count, in `pairPresent` for a ratio or difference. */
  bit: number;
}

export function compileFormula(layout: PairLayout, formula: Formula): CompiledFormula {
  const sides = sidesOf(formula);
  if (!sides) {
    const field = FIELD_INDEX.get((formula as { field: string }).field)!;
    return { kind: 0, a: field, b: field, bit: 1 << field };
  }
  const [x, y] = sides;
  const p = PAIR_INDEX.get(pairKey(x, y));
  if (p === undefined) throw new RangeError('a formula over a pair of fields no registered indicator reads');
  // The pair is stored in registry order; the formula may read it the other way round.
  const [sideX, sideY] = FIELD_PAIRS[p]![0] === x ? [0, 1] : [1, 0];
  return {
    kind: formula.type === 'ratio' ? 1 : 2,
    a: layout.columns[p * 2 + sideX]!,
    b: layout.columns[p * 2 + sideY]!,
    bit: 1 << p,
  };
}
