import {
  COUNT_FIELDS,
  INDICATORS,
  OFFICE_KINDS,
  monthFromIndex,
  monthIndex,
  type CountField,
  type MonthKey,
  type MonthlyRecord,
  type Office,
  type OfficeKind,
} from '../domain';
import { compileFormula, pairBitsOf, planPairLayout, type CompiledFormula, type PairLayout } from './pairs';

/** Kinds as small integers, so per-office kind tests in hot loops are array reads. */
export const KIND_CODE: Readonly<Record<OfficeKind, number>> = { region: 0, department: 1, township: 2, village: 3 };

export const FIELD_COUNT = COUNT_FIELDS.length;

export const FIELD_INDEX = Object.fromEntries(COUNT_FIELDS.map((field, index) => [field, index])) as Readonly<
  Record<CountField, number>
>;

/**
 * One reader per field, in COUNT_FIELDS order. Each reads a named property, which the engine
 * optimises per call site; a loop of record[field] over 20 keys is a generic keyed lookup and
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
];

/** startMonth of an office that is never expected to report on its own (a region: its figures are its subtree's). */
export const NEVER_EXPECTED = 0x7fffffff;

/** The offices or records broke the contract the adapters promise (unique ids, one root, no cycles). */
export class EngineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/**
 * Offices and records indexed once for fast roll-ups.
 *
 * Offices are stored in depth-first pre-order with siblings sorted by id, so every subtree is the
 * contiguous range [i, subtreeEnd[i]) and a child always sits after its parent: a roll-up is one
 * pass over a month's row plus one backward pass adding each office into its parent. Sorting the
 * siblings makes the order (and so every tie-break) independent of the order the data came in.
 *
 * Counts sit in one Float64Array laid out [month][office][column]: one month of all offices is one
 * contiguous block, so a month's roll-up starts as a block copy and the upward pass adds 20
 * neighbouring numbers per office. An absent field is stored as 0 with its bit cleared in
 * `present`, so "not reported" never turns into 0 in a result. The paired columns a rate needs
 * where records carry one side without the other (see pairs.ts) sit in `pairedCounts`, laid out
 * the same way, so they roll up alike.
 */
export interface EngineData {
  readonly offices: readonly Office[];
  readonly officeIndex: ReadonlyMap<string, number>;
  readonly kindCodes: Uint8Array;
  /** -1 for a root. */
  readonly parentIndex: Int32Array;
  readonly subtreeEnd: Int32Array;
  readonly depth: Uint16Array;
  /** Each office's position among all offices sorted by id: the tie-break, as an integer compare. */
  readonly idOrder: Int32Array;
  /** Per KIND_CODE: the offices of that kind in tree order, so kind-only work skips the villages. */
  readonly byKind: readonly Int32Array[];
  /** Roots sorted by id; the first is the default scope. */
  readonly rootIds: readonly string[];
  readonly firstMonth: MonthKey | null;
  readonly lastMonth: MonthKey | null;
  /** monthIndex(firstMonth); month offsets below are relative to it. */
  readonly baseMonthIndex: number;
  readonly monthCount: number;
  /** [(month * officeCount + office) * FIELD_COUNT + field]; 0 where absent (see present). */
  readonly counts: Float64Array;
  /** [(month * officeCount + office) * pairLayout.paired.length + c]: the paired columns (see pairs.ts). */
  readonly pairedCounts: Float64Array;
  /** [month * officeCount + office]: bit `field` set where the record carried that field. */
  readonly present: Uint32Array;
  /** [month * officeCount + office]: bit `pair` (of FIELD_PAIRS) set where the record carried both its fields. */
  readonly pairPresent: Uint32Array;
  /** Where each pair's sides are summed (see pairs.ts). */
  readonly pairLayout: PairLayout;
  /** Every registered indicator compiled against pairLayout, in INDICATORS order. */
  readonly formulas: readonly CompiledFormula[];
  /** 1 where a reporting unit (any office but a region) sent a record for the month. */
  readonly reported: Uint8Array;
  /**
   * Month offset from which an office is expected to report: the first month it did. An office
   * that appears mid-year is not missing before it existed. An office that never reported is
   * expected from the last month with data on: it is missing now, but nothing says since when,
   * and marking all history partial for it would hide every past ranking. Regions: NEVER_EXPECTED.
   */
  readonly startMonth: Int32Array;
  /** Records of reporting units per month offset. */
  readonly recordsPerMonth: Int32Array;
  readonly recordsUsed: number;
  /**
   * Records left out. Unknown offices happen legitimately for a moment when a new office list
   * arrives before the matching records; duplicates and bad months should not pass the adapters.
   */
  readonly ignored: { unknownOffice: number; duplicate: number; badMonth: number };
}

export function buildEngineData(offices: readonly Office[], records: readonly MonthlyRecord[]): EngineData {
  const tree = buildTree(offices);
  const officeCount = tree.offices.length;
  const ignored = { unknownOffice: 0, duplicate: 0, badMonth: 0 };

  // First pass: which records are usable and which months they span.
  const monthOf = monthIndexer();
  const recordOffice = new Int32Array(records.length).fill(-1);
  const recordMonth = new Int32Array(records.length);
  let minMonth = Infinity;
  let maxMonth = -Infinity;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const office = tree.officeIndex.get(record.officeId);
    if (office === undefined) {
      ignored.unknownOffice++;
      continue;
    }
    const month = monthOf(record.month);
    if (month < 0) {
      ignored.badMonth++;
      continue;
    }
    recordOffice[r] = office;
    recordMonth[r] = month;
    if (month < minMonth) minMonth = month;
    if (month > maxMonth) maxMonth = month;
  }

  const hasMonths = minMonth !== Infinity;
  const baseMonthIndex = hasMonths ? minMonth : 0;
  const monthCount = hasMonths ? maxMonth - minMonth + 1 : 0;
  const cells = monthCount * officeCount;
  const counts = new Float64Array(cells * FIELD_COUNT);
  const present = new Uint32Array(cells);
  const pairPresent = new Uint32Array(cells);
  // The distinct field masks, for the pair layout; records in a row mostly share one.
  const masks = new Set<number>();
  let lastMask = -1;
  let lastPairBits = 0;
  const seen = new Uint8Array(cells);
  const reported = new Uint8Array(cells);
  const recordsPerMonth = new Int32Array(monthCount);
  const firstReported = new Int32Array(officeCount).fill(NEVER_EXPECTED);
  let recordsUsed = 0;

  for (let r = 0; r < records.length; r++) {
    const office = recordOffice[r]!;
    if (office < 0) continue;
    const month = recordMonth[r]! - baseMonthIndex;
    const cell = month * officeCount + office;
    if (seen[cell]) {
      ignored.duplicate++;
      continue;
    }
    seen[cell] = 1;
    recordsUsed++;
    const bits = readFields(records[r]!, counts, cell * FIELD_COUNT);
    present[cell] = bits;
    if (bits !== lastMask) {
      lastMask = bits;
      lastPairBits = pairBitsOf(bits);
      if (bits !== 0) masks.add(bits);
    }
    pairPresent[cell] = lastPairBits;
    if (tree.kindCodes[office] !== KIND_CODE.region) {
      reported[cell] = 1;
      recordsPerMonth[month]!++;
      if (month < firstReported[office]!) firstReported[office] = month;
    }
  }

  const startMonth = new Int32Array(officeCount);
  for (let o = 0; o < officeCount; o++) {
    if (tree.kindCodes[o] === KIND_CODE.region) startMonth[o] = NEVER_EXPECTED;
    else if (firstReported[o] !== NEVER_EXPECTED) startMonth[o] = firstReported[o]!;
    else startMonth[o] = hasMonths ? monthCount - 1 : NEVER_EXPECTED;
  }

  const pairLayout = planPairLayout([...masks]);
  const pairedCounts = pairedColumns(pairLayout, counts, present);

  return {
    ...tree,
    firstMonth: hasMonths ? monthFromIndex(minMonth) : null,
    lastMonth: hasMonths ? monthFromIndex(maxMonth) : null,
    baseMonthIndex,
    monthCount,
    counts,
    pairedCounts,
    present,
    pairPresent,
    pairLayout,
    formulas: INDICATORS.map((indicator) => compileFormula(pairLayout, indicator.formula)),
    reported,
    startMonth,
    recordsPerMonth,
    recordsUsed,
    ignored,
  };
}

/**
 * The paired columns the records need (none when every record carries both sides of every pair
 * or neither). The layout is known only once every record's fields are, so they are filled after
 * the records are read, from the raw counts: a pass over the office-months, not a second read of
 * each record's properties.
 */
function pairedColumns(layout: PairLayout, counts: Float64Array, present: Uint32Array): Float64Array {
  const paired = layout.paired;
  const width = paired.length;
  const pairedCounts = new Float64Array(present.length * width);
  if (width === 0) return pairedCounts;
  for (let cell = 0; cell < present.length; cell++) {
    const mask = present[cell]!;
    if (mask === 0) continue;
    for (let c = 0; c < width; c++) {
      const column = paired[c]!;
      if ((mask >>> column.partner) & 1) pairedCounts[cell * width + c] = counts[cell * FIELD_COUNT + column.field]!;
    }
  }
  return pairedCounts;
}

/**
 * Writes a record's counts into `out` from `at`, in COUNT_FIELDS order, and returns the bits of the
 * fields it has (a finite number). Absent fields are left as they are (0 in fresh arrays).
 */
export function readFields(record: MonthlyRecord, out: Float64Array, at: number): number {
  let bits = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const value = READERS[f]!(record);
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    out[at + f] = value;
    bits |= 1 << f;
  }
  return bits;
}

/** Month keys to month indices (−1 for a bad one), each distinct key parsed once: a load has ~50 of them. */
export function monthIndexer(): (month: unknown) => number {
  const cache = new Map<unknown, number>();
  return (month) => {
    let index = cache.get(month);
    if (index === undefined) {
      index = safeMonthIndex(month);
      cache.set(month, index);
    }
    return index;
  };
}

function safeMonthIndex(month: unknown): number {
  try {
    return typeof month === 'string' ? monthIndex(month) : -1;
  } catch {
    return -1;
  }
}

interface Tree {
  offices: Office[];
  officeIndex: Map<string, number>;
  kindCodes: Uint8Array;
  parentIndex: Int32Array;
  subtreeEnd: Int32Array;
  depth: Uint16Array;
  byKind: Int32Array[];
  idOrder: Int32Array;
  rootIds: string[];
}

function byId(a: Office, b: Office): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function buildTree(input: readonly Office[]): Tree {
  const byKey = new Map<string, Office>();
  const children = new Map<string, Office[]>();
  const roots: Office[] = [];
  for (const office of input) {
    if (byKey.has(office.id)) throw new EngineInputError(`duplicate office id: ${office.id}`);
    if (!(OFFICE_KINDS as readonly string[]).includes(office.kind)) {
      throw new EngineInputError(`office ${office.id} has an unknown kind: ${String(office.kind)}`);
    }
    byKey.set(office.id, office);
  }
  for (const office of input) {
    if (office.parentId === null) {
      roots.push(office);
      continue;
    }
    if (!byKey.has(office.parentId)) {
      throw new EngineInputError(`office ${office.id} has an unknown parent: ${office.parentId}`);
    }
    const siblings = children.get(office.parentId);
    if (siblings) siblings.push(office);
    else children.set(office.parentId, [office]);
  }
  if (input.length > 0 && roots.length === 0) throw new EngineInputError('no root office (parentId null)');
  roots.sort(byId);
  for (const list of children.values()) list.sort(byId);

  const n = input.length;
  const offices: Office[] = [];
  const officeIndex = new Map<string, number>();
  const kindCodes = new Uint8Array(n);
  const parentIndex = new Int32Array(n);
  const subtreeEnd = new Int32Array(n);
  const depth = new Uint16Array(n);

  // Iterative depth-first walk: deep prefectures must not blow the call stack.
  const stack: { office: Office; parent: number; level: number }[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push({ office: roots[r]!, parent: -1, level: 0 });
  const open: number[] = [];
  while (stack.length > 0) {
    const { office, parent, level } = stack.pop()!;
    // Close every open subtree that this office is not inside.
    while (open.length > 0 && open[open.length - 1] !== parent) subtreeEnd[open.pop()!] = offices.length;
    const index = offices.length;
    offices.push(office);
    officeIndex.set(office.id, index);
    kindCodes[index] = KIND_CODE[office.kind];
    parentIndex[index] = parent;
    depth[index] = level;
    open.push(index);
    const kids = children.get(office.id);
    if (kids) for (let c = kids.length - 1; c >= 0; c--) stack.push({ office: kids[c]!, parent: index, level: level + 1 });
  }
  while (open.length > 0) subtreeEnd[open.pop()!] = offices.length;

  if (offices.length !== n) {
    const stranded = input.find((office) => !officeIndex.has(office.id));
    throw new EngineInputError(`offices in a parent cycle, unreachable from any root: ${stranded?.id ?? '?'}`);
  }
  const byKind = OFFICE_KINDS.map((kind) => {
    const code = KIND_CODE[kind];
    const list: number[] = [];
    for (let o = 0; o < n; o++) if (kindCodes[o] === code) list.push(o);
    return Int32Array.from(list);
  });
  const byIdOrder = Array.from(offices.keys()).sort((a, b) => byId(offices[a]!, offices[b]!));
  const idOrder = new Int32Array(n);
  byIdOrder.forEach((office, position) => (idOrder[office] = position));
  return { offices, officeIndex, kindCodes, parentIndex, subtreeEnd, depth, byKind, idOrder, rootIds: roots.map((root) => root.id) };
}

/** The offices of a kind inside the range [start, end), as a view on data.byKind (tree order). */
export function officesOfKindIn(data: EngineData, kindCode: number, start: number, end: number): Int32Array {
  const list = data.byKind[kindCode]!;
  return list.subarray(lowerBound(list, start), lowerBound(list, end));
}

function lowerBound(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
