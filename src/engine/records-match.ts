import type { MonthlyRecord } from '../domain';
import { FIELD_COUNT, monthIndexer, readFields, type EngineData } from './engine-data';

/**
 * Whether indexing `records` against the offices `data` was built from would give the same data,
 * checked exactly (every usable record against its cell: which fields, which values; as many
 * records used and ignored) without building it. A refresh that brings the same numbers keeps its
 * evaluations: the big screen refetches every minute, and a province's indexing takes ~0.5 s.
 */
export function recordsMatch(data: EngineData, records: readonly MonthlyRecord[]): boolean {
  const officeCount = data.offices.length;
  const seen = new Uint8Array(data.monthCount * officeCount);
  const ignored = { unknownOffice: 0, duplicate: 0, badMonth: 0 };
  const monthOf = monthIndexer();
  const fields = new Float64Array(FIELD_COUNT);
  let used = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const office = data.officeIndex.get(record.officeId);
    if (office === undefined) {
      ignored.unknownOffice++;
      continue;
    }
    const month = monthOf(record.month);
    if (month < 0) {
      ignored.badMonth++;
      continue;
    }
    const offset = month - data.baseMonthIndex;
    if (offset < 0 || offset >= data.monthCount) return false;
    const cell = offset * officeCount + office;
    if (seen[cell]) {
      ignored.duplicate++;
      continue;
    }
    seen[cell] = 1;
    used++;
    // Read as indexing reads it; absent fields are 0 on both sides, so all twenty compare.
    fields.fill(0);
    if (readFields(record, fields, 0) !== data.present[cell]) return false;
    const base = cell * FIELD_COUNT;
    for (let f = 0; f < FIELD_COUNT; f++) if (data.counts[base + f] !== fields[f]) return false;
  }
  return (
    used === data.recordsUsed &&
    ignored.unknownOffice === data.ignored.unknownOffice &&
    ignored.duplicate === data.ignored.duplicate &&
    ignored.badMonth === data.ignored.badMonth
  );
}
