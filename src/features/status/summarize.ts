import { OFFICE_KINDS, monthFromIndex, type MonthKey, type Office, type OfficeKind } from '../../domain';
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
  let first = -1;
  let last = -1;
  let monthsWithData = 0;
  for (let m = 0; m < engine.monthCount; m++) {
    if (engine.recordsPerMonth[m] === 0) continue;
    if (first < 0) first = m;
    last = m;
    monthsWithData++;
  }
  if (first < 0) return null;
  return { first: monthFromIndex(engine.baseMonthIndex + first), last: monthFromIndex(engine.baseMonthIndex + last), monthsWithData };
}
