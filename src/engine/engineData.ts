import { monthFromIndex, monthIndex, type MonthKey, type MonthlyRecord, type Office } from '../domain';
import { FIELD_COUNT, monthIndexer, readFields } from './fields';
import { KIND_CODE, buildTree, type OfficeTree } from './officeTree';

export { KIND_CODE, EngineInputError, officesOfKindIn, type OfficeTree } from './officeTree';
export { FIELD_COUNT, FIELD_INDEX, readFields } from './fields';

/** startMonth of an office that is never expected to report on its own (a region: its figures are its subtree's). */
export const NEVER_EXPECTED = 0x7fffffff;

/**
 * Offices and records indexed once for fast roll-ups; what a scheme makes of them is its layout
 * (layout/schemeLayout.ts). docs/engine.md explains the memory layout and why.
 *
 * Counts sit in one Float64Array laid out [month][office][field]: one month of all offices is one
 * contiguous block, so a month's roll-up starts as a block copy and the upward pass adds
 * neighbouring numbers per office. An absent field is stored as 0 with its bit cleared in
 * `present`, so "not reported" never turns into 0 in a result.
 */
export interface EngineData extends OfficeTree {
  readonly firstMonth: MonthKey | null;
  readonly lastMonth: MonthKey | null;
  /** monthIndex(firstMonth); month offsets below are relative to it. */
  readonly baseMonthIndex: number;
  readonly monthCount: number;
  /** [(month * officeCount + office) * FIELD_COUNT + field]; 0 where absent (see present). */
  readonly counts: Float64Array;
  /** [month * officeCount + office]: bit `field` set where the record carried that field. */
  readonly present: Uint32Array;
  /** The distinct present masks of the records: what a scheme's layout is planned from. */
  readonly masks: readonly number[];
  /** The fields some record of each kind (KIND_CODE order) sent, as one mask per kind. */
  readonly fieldsByKind: Uint32Array;
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

/** Where each record goes: its office and absolute month index, −1 where it cannot be placed. */
export interface Placement {
  office: Int32Array;
  month: Int32Array;
  minMonth: number;
  maxMonth: number;
  unknownOffice: number;
  badMonth: number;
}

export function placeRecords(officeIndex: ReadonlyMap<string, number>, records: readonly MonthlyRecord[]): Placement {
  const monthOf = monthIndexer(monthIndex);
  const office = new Int32Array(records.length).fill(-1);
  const month = new Int32Array(records.length);
  const placement = { office, month, minMonth: Infinity, maxMonth: -Infinity, unknownOffice: 0, badMonth: 0 };
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const at = officeIndex.get(record.officeId);
    if (at === undefined) {
      placement.unknownOffice++;
      continue;
    }
    const m = monthOf(record.month);
    if (m < 0) {
      placement.badMonth++;
      continue;
    }
    office[r] = at;
    month[r] = m;
    if (m < placement.minMonth) placement.minMonth = m;
    if (m > placement.maxMonth) placement.maxMonth = m;
  }
  return placement;
}

/**
 * Visits the first placed record of every cell (month × office), in record order, and returns how
 * many later records repeated a cell. The one loop that indexing and recordsMatch share. `visit`
 * returns false to stop (recordsMatch at the first difference); the count is then −1.
 */
export function forEachFirstRecord(
  placement: Placement,
  baseMonthIndex: number,
  officeCount: number,
  cellCount: number,
  visit: (record: number, cell: number) => boolean | void,
): number {
  const seen = new Uint8Array(cellCount);
  let duplicates = 0;
  for (let r = 0; r < placement.office.length; r++) {
    const office = placement.office[r]!;
    if (office < 0) continue;
    const cell = (placement.month[r]! - baseMonthIndex) * officeCount + office;
    if (seen[cell]) {
      duplicates++;
      continue;
    }
    seen[cell] = 1;
    if (visit(r, cell) === false) return -1;
  }
  return duplicates;
}

export function buildEngineData(offices: readonly Office[], records: readonly MonthlyRecord[]): EngineData {
  const tree = buildTree(offices);
  const officeCount = tree.offices.length;
  const placement = placeRecords(tree.officeIndex, records);
  const hasMonths = placement.minMonth !== Infinity;
  const baseMonthIndex = hasMonths ? placement.minMonth : 0;
  const monthCount = hasMonths ? placement.maxMonth - placement.minMonth + 1 : 0;
  const cells = monthCount * officeCount;
  const counts = new Float64Array(cells * FIELD_COUNT);
  const present = new Uint32Array(cells);
  const reported = new Uint8Array(cells);
  const recordsPerMonth = new Int32Array(monthCount);
  const firstReported = new Int32Array(officeCount).fill(NEVER_EXPECTED);
  const masks = new Set<number>();
  const fieldsByKind = new Uint32Array(4);
  let lastMask = -1;
  let recordsUsed = 0;

  const duplicates = forEachFirstRecord(placement, baseMonthIndex, officeCount, cells, (r, cell) => {
    recordsUsed++;
    const bits = readFields(records[r]!, counts, cell * FIELD_COUNT);
    present[cell] = bits;
    // Records in a row mostly share one mask.
    if (bits !== lastMask) {
      lastMask = bits;
      if (bits !== 0) masks.add(bits);
    }
    const office = placement.office[r]!;
    fieldsByKind[tree.kindCodes[office]!] = fieldsByKind[tree.kindCodes[office]!]! | bits;
    if (tree.kindCodes[office] === KIND_CODE.region) return;
    const month = placement.month[r]! - baseMonthIndex;
    reported[cell] = 1;
    recordsPerMonth[month]!++;
    if (month < firstReported[office]!) firstReported[office] = month;
  });

  const startMonth = new Int32Array(officeCount);
  for (let o = 0; o < officeCount; o++) {
    if (tree.kindCodes[o] === KIND_CODE.region) startMonth[o] = NEVER_EXPECTED;
    else if (firstReported[o] !== NEVER_EXPECTED) startMonth[o] = firstReported[o]!;
    else startMonth[o] = hasMonths ? monthCount - 1 : NEVER_EXPECTED;
  }

  return {
    ...tree,
    firstMonth: hasMonths ? monthFromIndex(placement.minMonth) : null,
    lastMonth: hasMonths ? monthFromIndex(placement.maxMonth) : null,
    baseMonthIndex,
    monthCount,
    counts,
    present,
    masks: [...masks],
    fieldsByKind,
    reported,
    startMonth,
    recordsPerMonth,
    recordsUsed,
    ignored: { unknownOffice: placement.unknownOffice, duplicate: duplicates, badMonth: placement.badMonth },
  };
}

/** The last month offset with any reporting unit's record; −1 when there is none. */
export function lastReportedOffset(data: EngineData): number {
  for (let m = data.monthCount - 1; m >= 0; m--) if (data.recordsPerMonth[m]! > 0) return m;
  return -1;
}
