import { COUNT_FIELDS, FIELD_NATURE, REVIEW_LEVELS, type CountField, type MonthlyRecord } from '../domain';

export const FIELD_COUNT = COUNT_FIELDS.length;

if (FIELD_COUNT > 32) throw new Error('more count fields than bits in a presence mask');

export const FIELD_INDEX = Object.fromEntries(COUNT_FIELDS.map((field, index) => [field, index])) as Readonly<Record<CountField, number>>;

export const fieldBit = (field: CountField): number => 1 << FIELD_INDEX[field];

function bitsOf(fields: readonly CountField[]): number {
  return fields.reduce((bits, field) => bits | fieldBit(field), 0);
}

/** Fields summed over a period's months, and month-end and month-start levels (FIELD_NATURE). */
export const FLOW_BITS = bitsOf(COUNT_FIELDS.filter((field) => FIELD_NATURE[field] === 'flow'));
export const CLOSING_BITS = bitsOf(COUNT_FIELDS.filter((field) => FIELD_NATURE[field] === 'closing'));
export const OPENING_BITS = bitsOf(COUNT_FIELDS.filter((field) => FIELD_NATURE[field] === 'opening'));

export const LEVEL_BITS = bitsOf(REVIEW_LEVELS);
export const GOOD_REVIEWS_BIT = fieldBit('goodReviews');
export const BAD_REVIEWS_BIT = fieldBit('badReviews');

/** The columns of the fields that are levels rather than flows, for the roll-ups' month handling. */
export const CLOSING_FIELDS: readonly number[] = COUNT_FIELDS.flatMap((field, f) => (FIELD_NATURE[field] === 'closing' ? [f] : []));
export const OPENING_FIELDS: readonly number[] = COUNT_FIELDS.flatMap((field, f) => (FIELD_NATURE[field] === 'opening' ? [f] : []));

/**
 * One reader per field, in COUNT_FIELDS order. Each reads a named property, which the engine
 * optimises per call site; a loop of record[field] over the keys is a generic keyed lookup and
 * makes loading 700,000 records about twice as slow.
 */
const READERS: readonly ((record: MonthlyRecord) => unknown)[] = [
  (r) => r.accepted,
  (r) => r.completed,
  (r) => r.completedOnTime,
  (r) => r.overdue,
  (r) => r.nearDeadline,
  (r) => r.onlineAccepted,
  (r) => r.fullyOnline,
  (r) => r.reviews,
  (r) => r.activeReviews,
  (r) => r.goodReviews,
  (r) => r.badReviews,
  (r) => r.badReviewsRectified,
  (r) => r.hotlineTickets,
  (r) => r.hotlineResponded,
  (r) => r.hotlineOnTime,
  (r) => r.hotlineResolved,
  (r) => r.hotlineRevisited,
  (r) => r.hotlineSatisfied,
  (r) => r.disclosures,
  (r) => r.disclosuresAdopted,
  (r) => r.overdueOpen,
  (r) => r.carriedOver,
  (r) => r.reviewsVerySatisfied,
  (r) => r.reviewsSatisfied,
  (r) => r.reviewsBasicallySatisfied,
  (r) => r.reviewsDissatisfied,
  (r) => r.reviewsVeryDissatisfied,
  (r) => r.badReviewsOverdue,
  (r) => r.hotlineCompleted,
];
if (READERS.length !== FIELD_COUNT) throw new Error('a count field has no reader');

const GOOD = FIELD_INDEX.goodReviews;
const BAD = FIELD_INDEX.badReviews;

/**
 * Writes a record's counts into `out` from `at`, in COUNT_FIELDS order, and returns the bits of
 * the fields it has (a finite number). Absent fields are left as they are (0 in fresh arrays).
 *
 * Where the record sent the five review levels, they are 好评 and 差评 (as the scheme groups
 * them), so its own goodReviews and badReviews are stored as 0 with their bits set: a formula
 * reads 好评 as goodReviews plus the scheme's good levels, and exactly one of the two is non-zero
 * in any record (see layout/terms.ts).
 */
export function readFields(record: MonthlyRecord, out: Float64Array, at: number): number {
  let bits = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const value = READERS[f]!(record);
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    out[at + f] = value;
    bits |= 1 << f;
  }
  if ((bits & LEVEL_BITS) === LEVEL_BITS) {
    out[at + GOOD] = 0;
    out[at + BAD] = 0;
    bits |= GOOD_REVIEWS_BIT | BAD_REVIEWS_BIT;
  }
  return bits;
}

/** Month keys to month indices (−1 for a bad one), each distinct key parsed once: a load has ~50 of them. */
export function monthIndexer(parse: (month: string) => number): (month: unknown) => number {
  const cache = new Map<unknown, number>();
  return (month) => {
    let index = cache.get(month);
    if (index === undefined) {
      index = safeIndex(parse, month);
      cache.set(month, index);
    }
    return index;
  };
}

function safeIndex(parse: (month: string) => number, month: unknown): number {
  try {
    return typeof month === 'string' ? parse(month) : -1;
  } catch {
    return -1;
  }
}
