import { COUNT_FIELDS, type MonthlyRecord } from '../../../src/domain';

/** Bit f set where the record reported COUNT_FIELDS[f]: the same mask as the engine's `present`. */
export function presenceMask(record: MonthlyRecord): number {
  let mask = 0;
  for (let f = 0; f < COUNT_FIELDS.length; f++) {
    const value = record[COUNT_FIELDS[f]!];
    if (value !== undefined && value !== null) mask |= 1 << f;
  }
  return mask >>> 0;
}
