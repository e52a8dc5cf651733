import { monthFromIndex, monthIndex, type MonthKey } from '../domain';
import type { EngineData } from './engineData';
import type { Reporting } from './evaluationTypes';
import { reportingOfRanges } from './coverage';
import { scopeIndexOf } from './tree';

export interface MonthCoverage extends Reporting {
  month: MonthKey;
  /** Some office due to report this month has not: show the month as provisional, never as complete. */
  partial: boolean;
}

/**
 * The month screens open on: the last month before the one `now` falls in that has any record.
 * The current month is never complete, whatever has arrived for it. Whether that month is fully
 * reported is a separate question (monthCoverage): a bulletin for October is drafted while late
 * offices are still being chased, so the month is shown, marked partial.
 */
export function latestCompleteMonth(data: EngineData, now: Date): MonthKey | null {
  const current = now.getFullYear() * 12 + now.getMonth();
  const last = Math.min(current - 1 - data.baseMonthIndex, data.monthCount - 1);
  for (let offset = last; offset >= 0; offset--) {
    if (data.recordsPerMonth[offset]! > 0) return monthFromIndex(data.baseMonthIndex + offset);
  }
  return null;
}

/** Who reported in a month within a scope (default the root), against who was due. */
export function monthCoverage(data: EngineData, month: MonthKey, scopeId?: string): MonthCoverage {
  const scope = scopeIndexOf(data, scopeId);
  const offset = monthIndex(month) - data.baseMonthIndex;
  const reporting = reportingOfRanges(data, [[scope, data.subtreeEnd[scope]!]], { from: offset, to: offset });
  return { month, ...reporting, partial: reporting.reported < reporting.expected };
}

export function isPartialMonth(data: EngineData, month: MonthKey, scopeId?: string): boolean {
  return monthCoverage(data, month, scopeId).partial;
}

/** Every month from the first to the last with data, oldest first. */
export function dataMonths(data: EngineData): MonthKey[] {
  const months: MonthKey[] = [];
  for (let offset = 0; offset < data.monthCount; offset++) months.push(monthFromIndex(data.baseMonthIndex + offset));
  return months;
}
