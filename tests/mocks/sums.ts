import type { CountField, MonthKey, MonthlyRecord, Office, OfficeKind } from '../../src/domain';

/** Small sums over generated records, so the tests read like the checks a person would make. */
export function kindOf(offices: readonly Office[]): Map<string, OfficeKind> {
  return new Map(offices.map((o) => [o.id, o.kind]));
}

export function sum(records: readonly MonthlyRecord[], field: CountField, keep: (r: MonthlyRecord) => boolean = () => true): number {
  let total = 0;
  for (const r of records) if (keep(r)) total += r[field] ?? 0;
  return total;
}

/** A rate from summed counts over the records kept, never a mean of rates. */
export function rate(
  records: readonly MonthlyRecord[],
  numerator: CountField,
  denominator: CountField,
  keep: (r: MonthlyRecord) => boolean = () => true,
): number {
  const kept = records.filter((r) => keep(r) && r[numerator] !== undefined && r[denominator] !== undefined);
  return sum(kept, numerator) / sum(kept, denominator);
}

export function inMonths(months: readonly MonthKey[]) {
  const set = new Set(months);
  return (r: MonthlyRecord) => set.has(r.month);
}
