import { OFFICE_KINDS, compareMonths, type MonthKey, type MonthlyRecord, type Office, type OfficeKind } from '../../domain';

export interface Coverage {
  first: MonthKey;
  last: MonthKey;
  monthsWithData: number;
}

export function countOfficesByKind(offices: readonly Office[]): Record<OfficeKind, number> {
  const counts = Object.fromEntries(OFFICE_KINDS.map((kind) => [kind, 0])) as Record<OfficeKind, number>;
  for (const office of offices) counts[office.kind] += 1;
  return counts;
}

export function monthCoverage(records: readonly MonthlyRecord[]): Coverage | null {
  if (records.length === 0) return null;
  const months = new Set<MonthKey>();
  for (const record of records) months.add(record.month);
  const sorted = [...months].sort(compareMonths);
  return { first: sorted[0]!, last: sorted[sorted.length - 1]!, monthsWithData: sorted.length };
}
