import { COUNT_FIELDS, isPartId, type CountField } from '../domain';
import { NEVER_EXPECTED, type EngineData } from './engineData';
import { FIELD_COUNT } from './fields';
import type { SchemeLayout } from './layout/schemeLayout';
import type { MonthSpan } from './rollup';

/** Reporting coverage of office ranges over a span (reporting units only). */
export function reportingOfRanges(data: EngineData, ranges: readonly (readonly [number, number])[], span: MonthSpan): { reported: number; expected: number } {
  const n = data.offices.length;
  let reported = 0;
  let expected = 0;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (const [from, to] of ranges) {
    for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
      const row = m * n;
      for (let o = row + from; o < row + to; o++) reported += data.reported[o]!;
    }
    for (let o = from; o < to; o++) {
      const start = data.startMonth[o]!;
      if (start !== NEVER_EXPECTED) expected += Math.max(0, span.to - Math.max(span.from, start) + 1);
    }
  }
  return { reported, expected };
}

/** Offices of a range that were due to send their own record in some month of the span and did not. */
export function ownRecordGaps(data: EngineData, start: number, end: number, span: MonthSpan): number[] {
  const gaps: number[] = [];
  for (let o = start; o < end; o++) if (ownRecordMissing(data, o, span) && !isPartId(data.offices[o]!.id)) gaps.push(o);
  return gaps;
}

/** Months of the span for which the office sent a record of its own. */
export function ownRecordCount(data: EngineData, office: number, span: MonthSpan): number {
  const n = data.offices.length;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  let count = 0;
  for (let m = Math.max(span.from, 0); m <= lastMonth; m++) count += data.reported[m * n + office]!;
  return count;
}

/** The office was due to send a record of its own in some month of the span and did not. */
export function ownRecordMissing(data: EngineData, office: number, span: MonthSpan): boolean {
  const due = data.startMonth[office]!;
  if (due === NEVER_EXPECTED) return false;
  const from = Math.max(span.from, due);
  if (from > span.to) return false;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  // Months after the last month with data are due and, having no data, missing.
  if (span.to > lastMonth) return true;
  const n = data.offices.length;
  for (let m = Math.max(from, 0); m <= lastMonth; m++) if (!data.reported[m * n + office]) return true;
  return false;
}

/**
 * Fields summed over the office-months of an office's subtree and a span that reported every one
 * of them (in field order, 好评 and 差评 with the scheme's levels); null when none did. For figures
 * made of more than two fields: a part is never subtracted from a whole someone reported without it.
 */
export function sumsWhereAllReported(layout: SchemeLayout, office: number, span: MonthSpan, fields: readonly CountField[]): number[] | null {
  const data = layout.data;
  const n = data.offices.length;
  const end = data.subtreeEnd[office]!;
  const indices = fields.map((field) => COUNT_FIELDS.indexOf(field));
  const mask = indices.reduce((bits, field) => bits | (1 << field), 0);
  const sums = indices.map(() => 0);
  let any = false;
  const lastMonth = Math.min(span.to, data.monthCount - 1);
  for (let m = Math.max(span.from, 0); m <= lastMonth; m++) {
    for (let cell = m * n + office; cell < m * n + end; cell++) {
      if ((data.present[cell]! & mask) !== mask) continue;
      any = true;
      const base = cell * FIELD_COUNT;
      indices.forEach((field, i) => {
        for (const column of layout.fieldColumns[field]!) sums[i] = sums[i]! + data.counts[base + column]!;
      });
    }
  }
  return any ? sums : null;
}
