import { COUNT_FIELDS, isMonthKey, monthIndex, type MonthlyRecord, type QualityIssue, type QualityParams } from '../../domain';
import { AdapterError } from '../errors';
import type { RecordsQuery, RecordsResult } from '../types';
import { describeValue, isPlainObject, topLevelArray, valueParams } from './describe';
import { REASON_EMPTY, REASON_MONTH_OUT_OF_RANGE } from './reasons';
import { toMonthlyRecord } from './recordShape';
import { partialReviewLevels, rejectingRule, ruleNotes, type RuleProblem } from './rules';

type RowProblem = Omit<QualityIssue, 'source' | 'row' | 'officeId' | 'month'>;

/**
 * Checks `{ records: [...] }` row by row. Good rows come back as MonthlyRecord holding only the
 * count fields of the contract, each present as a key and undefined when not reported; every
 * other row is left out with one issue naming its first offending field.
 *
 * - A count is absent when missing or null (both mean "not reported", never 0). Otherwise it
 *   must be a non-negative safe integer; "12" is a string and is not coerced.
 * - The five review levels come all together or not at all.
 * - A consistency rule of severity 'reject' leaves the row out; one of severity 'note', and 好评 /
 *   差评 that disagree with the five levels, keep the row and add a note (severity 'note') to the
 *   report: the row counts as accepted.
 * - A month outside [query.from, query.to] and an office not in query.officeIds are reported.
 * - Two rows for the same office and month: all are left out, even when one copy also fails
 *   its own checks. Nothing says which one is right, and keeping either would quietly show
 *   numbers that may be wrong; leaving them out shows the office as "no data" for that month
 *   and the report says where to look.
 */
export function validateRecords(payload: unknown, source: string, query: RecordsQuery): RecordsResult {
  const rows = topLevelArray(payload, 'records');
  if (!Array.isArray(rows)) throw new AdapterError('invalid-payload', source, rows.detail, undefined, rows.why);

  const from = monthIndex(query.from);
  const to = monthIndex(query.to);
  // A payload has a few dozen distinct months among its rows: each is parsed once.
  const monthIndexes = new Map<string, number | null>();
  const indexOf = (month: string): number | null => {
    let index = monthIndexes.get(month);
    if (index === undefined) monthIndexes.set(month, (index = isMonthKey(month) ? monthIndex(month) : null));
    return index;
  };
  const issues: QualityIssue[] = [];
  // Rows that pass their own checks, and the row number of each; the notes of the few that have any.
  const passed: MonthlyRecord[] = [];
  const passedRows: number[] = [];
  const notesOf = new Map<number, RuleProblem[]>();
  // The first row of each office's month, one small list per office (no string key per row);
  // every row of an office+month seen more than once, by that key.
  const firstRows = new Map<string, number[]>();
  const rowsOfDuplicated = new Map<string, number[]>();
  const keyOf = (officeId: string, month: string) => `${officeId}\u0000${month}`;
  const registerKey = (officeId: string, month: string, row: number) => {
    let firsts = firstRows.get(officeId);
    if (!firsts) firstRows.set(officeId, (firsts = new Array<number>(to - from + 1).fill(0)));
    const slot = indexOf(month)! - from;
    const first = firsts[slot]!;
    if (first === 0) {
      firsts[slot] = row;
      return;
    }
    const key = keyOf(officeId, month);
    const sameKey = rowsOfDuplicated.get(key);
    if (sameKey) sameKey.push(row);
    else rowsOfDuplicated.set(key, [first, row]);
  };
  const issueAt = (row: number, officeId: unknown, month: unknown, problem: RowProblem): QualityIssue => ({
    source,
    row,
    ...(typeof officeId === 'string' ? { officeId } : {}),
    ...(typeof month === 'string' ? { month } : {}),
    ...problem,
  });

  for (let index = 0; index < rows.length; index++) {
    const row = index + 1;
    const raw = rows[index];
    if (!isPlainObject(raw)) {
      issues.push({ source, row, reason: 'not-an-object', detail: `expected an object, got ${describeValue(raw)}`, params: valueParams(raw) });
      continue;
    }
    const { officeId, month } = raw;
    const identityProblem = checkIdentity(officeId, month, query, from, to, indexOf);
    if (identityProblem) {
      issues.push(issueAt(row, officeId, month, identityProblem));
      continue;
    }
    // Counted before the counts are checked: a broken copy still means the source disagrees with itself.
    registerKey(officeId as string, month as string, row);
    const countProblem = checkCounts(raw) ?? partialReviewLevels(raw);
    if (countProblem) {
      issues.push(issueAt(row, officeId, month, countProblem));
      continue;
    }
    const record = toMonthlyRecord(raw, officeId as string, month as string);
    const ruleProblem = rejectingRule(record);
    if (ruleProblem) {
      issues.push(issueAt(row, officeId, month, ruleProblem));
      continue;
    }
    const notes = ruleNotes(record);
    if (notes.length > 0) notesOf.set(passed.length, notes);
    passed.push(record);
    passedRows.push(row);
  }

  const noteAt = (index: number, record: MonthlyRecord) => {
    for (const note of notesOf.get(index) ?? []) issues.push(issueAt(passedRows[index]!, record.officeId, record.month, note));
  };
  let records = passed;
  if (rowsOfDuplicated.size === 0) {
    for (const index of notesOf.keys()) noteAt(index, passed[index]!);
  } else {
    records = [];
    for (let index = 0; index < passed.length; index++) {
      const record = passed[index]!;
      const row = passedRows[index]!;
      const sameKey = rowsOfDuplicated.get(keyOf(record.officeId, record.month));
      if (!sameKey) {
        records.push(record);
        noteAt(index, record);
        continue;
      }
      // Only a few rows are named, so a payload of 100k copies of one row stays linear.
      const named = sameKey
        .slice(0, 6)
        .filter((other) => other !== row)
        .slice(0, 5);
      const more = sameKey.length - 1 - named.length;
      const shown = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
      issues.push({
        source,
        row,
        field: 'month',
        reason: 'duplicate',
        detail: `${record.officeId} ${record.month} is also at row ${shown}; all rows for it are left out`,
        params: { variant: 'record', rows: named.join(', '), more },
        officeId: record.officeId,
        month: record.month,
      });
    }
  }
  // Stable: a row's own issues keep their order. Without notes or duplicates, issues are already in row order.
  if (notesOf.size > 0 || rowsOfDuplicated.size > 0) issues.sort((a, b) => a.row - b.row);

  return { records, quality: { accepted: records.length, rejected: rows.length - records.length, issues } };
}

function checkIdentity(
  officeId: unknown,
  month: unknown,
  query: RecordsQuery,
  from: number,
  to: number,
  indexOf: (month: string) => number | null,
): RowProblem | null {
  if (officeId === undefined || officeId === null) return { field: 'officeId', reason: 'missing-field', detail: 'no officeId' };
  if (typeof officeId !== 'string') {
    return {
      field: 'officeId',
      reason: 'wrong-type',
      detail: `officeId must be a string, got ${describeValue(officeId)}`,
      params: { expected: 'string', ...valueParams(officeId) },
    };
  }
  if (officeId === '') return { field: 'officeId', reason: REASON_EMPTY, detail: 'officeId is empty' };
  if (!query.officeIds.has(officeId)) {
    return {
      field: 'officeId',
      reason: 'unknown-office',
      detail: `no office has the id ${describeValue(officeId)}`,
      params: { officeId },
    };
  }
  if (month === undefined || month === null) return { field: 'month', reason: 'missing-field', detail: 'no month' };
  const index = typeof month === 'string' ? indexOf(month) : null;
  if (index === null) {
    return {
      field: 'month',
      reason: 'bad-month',
      detail: `month must be "YYYY-MM" with MM 01–12, got ${describeValue(month)}`,
      params: valueParams(month),
    };
  }
  if (index < from || index > to) {
    return {
      field: 'month',
      reason: REASON_MONTH_OUT_OF_RANGE,
      detail: `${month} is outside the requested months ${query.from} to ${query.to}`,
      params: { month: month as string, from: query.from, to: query.to },
    };
  }
  return null;
}

/** The first count field that is present but not a non-negative safe integer; null and absent pass. */
function checkCounts(raw: Record<string, unknown>): RowProblem | null {
  for (const field of COUNT_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number') {
      return {
        field,
        reason: 'wrong-type',
        detail: `${field} must be a number, got ${describeValue(value)}`,
        params: { expected: 'number', ...valueParams(value) },
      };
    }
    if (Number.isSafeInteger(value) && value >= 0) continue;
    // NaN and ±Infinity cannot come from JSON.parse, but can from other readers (a file, a test).
    if (Number.isNaN(value)) {
      return { field, reason: 'wrong-type', detail: `${field} is NaN`, params: { expected: 'number', gotType: 'NaN' } };
    }
    // ±Infinity (1e400 in JSON) has no digits worth showing: the sentence says "too large" instead.
    const params: QualityParams = Number.isFinite(value) ? { value: String(value) } : { variant: 'infinite' };
    if (value < 0) return { field, reason: 'negative', detail: `${field} is ${value}`, params };
    if (Number.isFinite(value) && !Number.isInteger(value)) return { field, reason: 'not-integer', detail: `${field} is ${value}`, params };
    // Beyond 2^53 − 1, and +Infinity: no count can be that large and still be exact.
    return { field, reason: 'unsafe-integer', detail: `${field} is ${value}, beyond 2^53 − 1`, params };
  }
  return null;
}
