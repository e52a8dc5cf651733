import { COUNT_FIELDS, isMonthKey, monthIndex, type MonthlyRecord, type QualityIssue, type QualityParams } from '../../domain';
import { AdapterError } from '../errors';
import type { RecordsQuery, RecordsResult } from '../types';
import { describeValue, isPlainObject, topLevelArray, valueParams } from './describe';
import { REASON_EMPTY, REASON_MONTH_OUT_OF_RANGE } from './reasons';
import { toMonthlyRecord } from './recordShape';
import { partialReviewLevels, rejectingRule, ruleNotes, type RuleProblem } from './rules';

interface Candidate {
  record: MonthlyRecord;
  row: number;
  key: string;
  /** Notes on a row that is used: reported only if the row is kept in the end (not a duplicate). */
  notes: RuleProblem[];
}

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
  const issues: QualityIssue[] = [];
  const candidates: Candidate[] = [];
  /** Row of the first row per office+month, and every row of the keys seen more than once. */
  const firstRowOf = new Map<string, number>();
  const rowsOfDuplicated = new Map<string, number[]>();
  const registerKey = (key: string, row: number) => {
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else {
      const sameKey = rowsOfDuplicated.get(key);
      if (sameKey) sameKey.push(row);
      else rowsOfDuplicated.set(key, [first, row]);
    }
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
    const identityProblem = checkIdentity(officeId, month, query, from, to);
    if (identityProblem) {
      issues.push(issueAt(row, officeId, month, identityProblem));
      continue;
    }
    // Counted before the counts are checked: a broken copy still means the source disagrees with itself.
    const key = `${officeId as string}\u0000${month as string}`;
    registerKey(key, row);
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
    candidates.push({ record, row, key, notes: ruleNotes(record) });
  }

  const records: MonthlyRecord[] = [];
  let noted = false;
  const keep = ({ record, row, notes }: Candidate) => {
    records.push(record);
    for (const note of notes) issues.push(issueAt(row, record.officeId, record.month, note));
    noted ||= notes.length > 0;
  };
  if (rowsOfDuplicated.size === 0) {
    for (const candidate of candidates) keep(candidate);
  } else {
    for (const candidate of candidates) {
      const { record, row, key } = candidate;
      const sameKey = rowsOfDuplicated.get(key);
      if (!sameKey) {
        keep(candidate);
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
  if (noted || rowsOfDuplicated.size > 0) issues.sort((a, b) => a.row - b.row);

  return { records, quality: { accepted: records.length, rejected: rows.length - records.length, issues } };
}

function checkIdentity(officeId: unknown, month: unknown, query: RecordsQuery, from: number, to: number): RowProblem | null {
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
  if (!isMonthKey(month)) {
    return {
      field: 'month',
      reason: 'bad-month',
      detail: `month must be "YYYY-MM" with MM 01–12, got ${describeValue(month)}`,
      params: valueParams(month),
    };
  }
  const index = monthIndex(month);
  if (index < from || index > to) {
    return {
      field: 'month',
      reason: REASON_MONTH_OUT_OF_RANGE,
      detail: `${month} is outside the requested months ${query.from} to ${query.to}`,
      params: { month, from: query.from, to: query.to },
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
