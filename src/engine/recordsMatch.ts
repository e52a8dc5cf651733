import type { MonthlyRecord } from '../domain';
import { forEachFirstRecord, placeRecords, type EngineData } from './engineData';
import { FIELD_COUNT, readFields } from './fields';

/**
 * Whether indexing `records` against the offices `data` was built from would give the same data,
 * checked exactly (every usable record against its cell: which fields, which values; as many
 * records used and ignored) without building it. A refresh that brings the same numbers keeps its
 * evaluations: the big screen refetches every minute, and a province's indexing takes ~0.5 s.
 */
export function recordsMatch(data: EngineData, records: readonly MonthlyRecord[]): boolean {
  const placement = placeRecords(data.officeIndex, records);
  if (placement.minMonth !== Infinity) {
    const first = placement.minMonth - data.baseMonthIndex;
    const last = placement.maxMonth - data.baseMonthIndex;
    if (first < 0 || last >= data.monthCount) return false;
  }
  const fields = new Float64Array(FIELD_COUNT);
  let used = 0;
  const duplicates = forEachFirstRecord(placement, data.baseMonthIndex, data.offices.length, data.present.length, (r, cell) => {
    used++;
    // Read as indexing reads it; absent fields are 0 on both sides, so every field compares.
    fields.fill(0);
    if (readFields(records[r]!, fields, 0) !== data.present[cell]) return false;
    const base = cell * FIELD_COUNT;
    for (let f = 0; f < FIELD_COUNT; f++) if (data.counts[base + f] !== fields[f]) return false;
    return true;
  });
  return (
    duplicates === data.ignored.duplicate &&
    used === data.recordsUsed &&
    placement.unknownOffice === data.ignored.unknownOffice &&
    placement.badMonth === data.ignored.badMonth
  );
}
