import { OFFICE_KINDS, type MonthKey, type Office, type OfficeKind } from '../../domain';
import type { EngineData } from '../../engine';

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

/** The first and last month with any record, and how many months have some. */
export function monthCoverage(engine: EngineData): Coverage | null {
  if (engine.firstMonth === null || engine.lastMonth === null) return null;
  return { first: engine.firstMonth, last: engine.lastMonth, monthsWithData: engine.recordsPerMonth.filter((count) => count > 0).length };
}
