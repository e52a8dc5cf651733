import type { MonthlyRecord } from '../domain';
import { FIELD_COUNT, READERS, safeMonthIndex, type EngineData } from './engine-data';

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
  let used = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const office = data.officeIndex.get(record.officeId);
    if (office === undefined) {
      ignored.unknownOffice++;
      continue;
    }
    const month = safeMonthIndex(record.month);
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
    const base = cell * FIELD_COUNT;
    let bits = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = READERS[f]!(record);
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (data.counts[base + f] !== value) return false;
      bits |= 1 << f;
    }
    if (data.present[cell] !== bits) return false;
  }
  return (
    used === data.recordsUsed &&
    ignored.unknownOffice === data.ignored.unknownOffice &&
    ignored.duplicate === data.ignored.duplicate &&
    ignored.badMonth === data.ignored.badMonth
  );
}
