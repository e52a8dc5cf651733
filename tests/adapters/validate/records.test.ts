import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AdapterError } from '../../../src/adapters/errors';
import { validateRecords } from '../../../src/adapters/validate/records';
import { brokenConsistencyRule, COUNT_FIELDS, CONSISTENCY_RULES, isMonthKey, REVIEW_LEVELS } from '../../../src/domain';
import { goodRecord, goodRecords, largeRecordsPayload, QUERY, V11_COUNTS } from '../fixtures';

const SOURCE = 'http://backend.test/api/v1/records?from=2025-01&to=2025-03';

function run(rows: unknown[]) {
  return validateRecords({ records: rows }, SOURCE, QUERY);
}

/** Two good rows around the bad one, so every test also sees the good rows survive. */
function withBadRow(bad: unknown) {
  const before = goodRecord('d-police', '2025-01');
  const after = goodRecord('d-hrss', '2025-02');
  return { result: run([before, bad, after]), before, after };
}

describe('validateRecords: the payload', () => {
  test('valid records come back with a clean report', () => {
    const rows = goodRecords();
    const result = run(rows);
    expect(result.records).toEqual(rows);
    expect(result.quality).toEqual({ accepted: rows.length, rejected: 0, issues: [] });
  });

  test.each([
    ['a string', '<html>', "expected an object with an array 'records', got string"],
    ['a bare array', [goodRecord('county', '2025-01')], 'got array'],
    ['records as a number', { records: 3 }, "got 'records' as number"],
    ['an empty object', {}, "got an object without 'records' (it is empty)"],
  ])('%s is not the contract: invalid-payload', (_, payload, message) => {
    expect(() => validateRecords(payload, SOURCE, QUERY)).toThrow(AdapterError);
    try {
      validateRecords(payload, SOURCE, QUERY);
    } catch (error) {
      expect((error as AdapterError).kind).toBe('invalid-payload');
      expect((error as AdapterError).url).toBe(SOURCE);
      expect((error as AdapterError).detail).toContain(message);
    }
  });

  test('only the contract fields are copied; absent and null counts are undefined, 0 stays 0', () => {
    const row = { officeId: 'county', month: '2025-01', accepted: 0, completed: null, reviews: 5, note: 'x', extra: { a: 1 } };
    const result = run([row]);
    expect(result.records).toEqual([{ officeId: 'county', month: '2025-01', accepted: 0, reviews: 5 }]);
    const [record] = result.records;
    // Every record has the same keys (one shape for the engine); not reported is undefined, never 0.
    expect(record!.completed).toBeUndefined();
    expect(record!.accepted).toBe(0);
    expect(Object.keys(record!).sort()).toEqual(['officeId', 'month', ...COUNT_FIELDS].sort());
    expect(result.quality.issues).toEqual([]);
  });

  test('-0 from JSON becomes 0', () => {
    const [record] = validateRecords(JSON.parse('{"records":[{"officeId":"county","month":"2025-01","overdue":-0}]}'), SOURCE, QUERY).records;
    expect(Object.is(record!.overdue, 0)).toBe(true);
  });
});

describe('validateRecords: each kind of bad row is left out and reported', () => {
  test.each([
    ['not an object', 42, undefined, 'not-an-object'],
    ['an array row', [1, 2], undefined, 'not-an-object'],
    ['missing officeId', { month: '2025-01', accepted: 1 }, 'officeId', 'missing-field'],
    ['numeric officeId', { officeId: 7, month: '2025-01' }, 'officeId', 'wrong-type'],
    ['unknown office', goodRecord('d-nowhere', '2025-01'), 'officeId', 'unknown-office'],
    ['missing month', { officeId: 'county', accepted: 1 }, 'month', 'missing-field'],
    ['month 13', goodRecord('county', '2025-13'), 'month', 'bad-month'],
    ['month 00', goodRecord('county', '2025-00'), 'month', 'bad-month'],
    ['two-digit year', goodRecord('county', '25-3'), 'month', 'bad-month'],
    ['a date, not a month', goodRecord('county', '2025-01-01'), 'month', 'bad-month'],
    ['month as a number', goodRecord('county', 2025), 'month', 'bad-month'],
    ['month outside the range', goodRecord('county', '2024-12'), 'month', 'out-of-range'],
    ['month after the range', goodRecord('county', '2025-04'), 'month', 'out-of-range'],
    ['a count as a string', goodRecord('county', '2025-01', { accepted: '12' }), 'accepted', 'wrong-type'],
    ['a count as a boolean', goodRecord('county', '2025-01', { overdue: true }), 'overdue', 'wrong-type'],
    ['a negative count', goodRecord('county', '2025-01', { overdue: -1 }), 'overdue', 'negative'],
    ['a fraction', goodRecord('county', '2025-01', { reviews: 10.5 }), 'reviews', 'not-integer'],
    ['beyond 2^53', goodRecord('county', '2025-01', { disclosures: 2 ** 53 }), 'disclosures', 'unsafe-integer'],
    ['1e300', goodRecord('county', '2025-01', { hotlineTickets: 1e300 }), 'hotlineTickets', 'unsafe-integer'],
    ['on time above completed', goodRecord('county', '2025-01', { completedOnTime: 1181 }), 'completedOnTime', 'inconsistent'],
    ['good + bad above reviews', goodRecord('county', '2025-01', { goodReviews: 1059 }), 'goodReviews', 'inconsistent'],
  ])('%s', (_, bad, field, reason) => {
    const { result, before, after } = withBadRow(bad);
    expect(result.records).toEqual([before, after]);
    expect(result.quality.accepted).toBe(2);
    expect(result.quality.rejected).toBe(1);
    expect(result.quality.issues).toHaveLength(1);
    const issue = result.quality.issues[0]!;
    expect(issue).toMatchObject({ source: SOURCE, row: 2, reason });
    expect(issue.field).toBe(field);
    expect(issue.detail.length).toBeGreaterThan(0);
  });

  test('the first offending field is named when several are bad', () => {
    const bad = goodRecord('county', '2025-01', { accepted: 1.5, overdue: -1, disclosures: 'x' });
    expect(withBadRow(bad).result.quality.issues[0]).toMatchObject({ field: 'accepted', reason: 'not-integer' });
  });

  test('the issue carries the office and month when they are strings', () => {
    const issue = withBadRow(goodRecord('county', '2025-01', { overdue: -4 })).result.quality.issues[0]!;
    expect(issue).toMatchObject({ officeId: 'county', month: '2025-01', detail: 'overdue is -4' });
  });

  test('the detail of an inconsistent row names the rule and the numbers', () => {
    const bad = goodRecord('county', '2025-01', { goodReviews: 1000, badReviews: 100, reviews: 1060, activeReviews: 900 });
    expect(withBadRow(bad).result.quality.issues[0]!.detail).toBe('goodReviews (1000) + badReviews (100) = 1100 exceeds reviews (1060)');
  });

  test('every consistency rule is checked: a reject rule leaves the row out, a note keeps it and says why', () => {
    for (const rule of CONSISTENCY_RULES) {
      // Each part 10; each whole field 1 (an 'lte' broken), or one more than the parts (an 'eq' broken, every part within the whole).
      const wholeValue = rule.relation === 'lte' ? 1 : 10 * rule.parts.length + 1;
      const row: Record<string, unknown> = { officeId: 'county', month: '2025-01' };
      for (const field of rule.whole) row[field] = wholeValue;
      for (const part of rule.parts) row[part] = 10;
      const result = run([row]);
      const [issue] = result.quality.issues;
      expect(result.quality.issues, rule.id).toHaveLength(1);
      expect(issue, rule.id).toMatchObject({ reason: 'inconsistent', field: rule.parts[0], params: { rule: rule.id } });
      expect(issue!.params).toMatchObject({ partsSum: 10 * rule.parts.length, wholeSum: wholeValue * rule.whole.length });
      if (rule.severity === 'reject') {
        expect(result.records, rule.id).toEqual([]);
        expect(issue!.severity, rule.id).toBeUndefined();
      } else {
        expect(result.records, rule.id).toHaveLength(1);
        expect(result.quality).toMatchObject({ accepted: 1, rejected: 0 });
        expect(issue!.severity, rule.id).toBe('note');
      }
    }
  });

  test('a rule with a sum on both sides names every term and both sums', () => {
    const bad = { officeId: 'county', month: '2025-01', accepted: 100, carriedOver: 8, completed: 120, completedOnTime: 120, overdue: 0 };
    const issue = run([bad]).quality.issues[0]!;
    expect(issue.detail).toBe('completed (120) exceeds accepted (100) + carriedOver (8) = 108');
    expect(issue.params).toEqual({
      rule: 'completed-within-due',
      parts: 'completed',
      partValues: '120',
      partsSum: 120,
      whole: 'accepted+carriedOver',
      wholeValues: '100+8',
      wholeSum: 108,
    });
    // Without the carry-over, completing more than was accepted this month is normal.
    expect(run([{ ...bad, carriedOver: undefined }]).quality.issues).toEqual([]);
  });

  test('on time + overdue ≠ completed is a note: the row is kept and counted as accepted', () => {
    const row = goodRecord('county', '2025-01', { completedOnTime: 1170, overdue: 2 });
    const result = run([row]);
    expect(result.records).toEqual([row]);
    expect(result.quality).toMatchObject({ accepted: 1, rejected: 0 });
    expect(result.quality.issues).toEqual([
      expect.objectContaining({
        severity: 'note',
        row: 1,
        field: 'completedOnTime',
        reason: 'inconsistent',
        officeId: 'county',
        month: '2025-01',
        detail: 'completedOnTime (1170) + overdue (2) = 1172 differs from completed (1180)',
        params: expect.objectContaining({ variant: 'not-equal', rule: 'on-time-plus-overdue-is-completed' }),
      }),
    ]);
  });

  test('the five review levels come all together or not at all', () => {
    const levels = { reviewsVerySatisfied: 1000, reviewsSatisfied: 40, reviewsBasicallySatisfied: 18, reviewsDissatisfied: 2, reviewsVeryDissatisfied: 0 };
    const all = goodRecord('county', '2025-01', levels);
    const none = goodRecord('county', '2025-02');
    const some = goodRecord('county', '2025-03', { ...levels, reviewsSatisfied: null, reviewsDissatisfied: undefined });
    const result = run([all, none, some]);
    expect(result.records).toEqual([all, none]);
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ row: 3, field: 'reviewsSatisfied', reason: 'missing-field', params: { variant: 'review-levels', sent: 3 } }),
    ]);
    expect(result.quality.issues[0]!.detail).toContain('the five review levels come together');
  });

  test('levels beyond the reviews are named as the levels, not as good + bad', () => {
    const levels = { reviewsVerySatisfied: 1000, reviewsSatisfied: 40, reviewsBasicallySatisfied: 18, reviewsDissatisfied: 2, reviewsVeryDissatisfied: 5 };
    const issue = withBadRow(goodRecord('county', '2025-01', { ...levels, goodReviews: 1058, badReviews: 7 })).result.quality.issues[0]!;
    expect(issue).toMatchObject({
      field: 'reviewsVerySatisfied',
      reason: 'inconsistent',
      params: { rule: 'levels-within-reviews', partsSum: 1065, wholeSum: 1060 },
    });
  });

  test('where the levels are sent, 好评 and 差评 are theirs: rules read them, and a stated figure that disagrees is a note', () => {
    // National practice: 基本满意 is good. goodReviews 1040 leaves the 18 basically satisfied out.
    const levels = { reviewsVerySatisfied: 1000, reviewsSatisfied: 40, reviewsBasicallySatisfied: 18, reviewsDissatisfied: 2, reviewsVeryDissatisfied: 0 };
    const row = goodRecord('county', '2025-01', { ...levels, goodReviews: 1040, badReviews: 2 });
    const result = run([row]);
    expect(result.records).toHaveLength(1);
    expect(result.quality.issues).toEqual([
      expect.objectContaining({
        severity: 'note',
        field: 'goodReviews',
        reason: 'inconsistent',
        params: {
          rule: 'good-reviews-match-levels',
          parts: 'goodReviews',
          partValues: '1040',
          partsSum: 1040,
          whole: 'reviewsVerySatisfied+reviewsSatisfied+reviewsBasicallySatisfied',
          wholeValues: '1000+40+18',
          wholeSum: 1058,
        },
      }),
    ]);
    // Rectified is checked against the levels' 差评 (2), not the stated one (5).
    const rectified = run([goodRecord('county', '2025-01', { ...levels, badReviews: 5, badReviewsRectified: 4 })]).quality.issues;
    expect(rectified.map((issue) => [issue.severity, issue.params?.rule])).toEqual([[undefined, 'rectified-within-bad']]);
    expect(rectified[0]!.detail).toBe('badReviewsRectified (4) exceeds badReviews (2)');
  });

  test('notes of a row that is left out as a duplicate are not reported; issues stay in row order', () => {
    const noted = goodRecord('county', '2025-01', { completedOnTime: 1100 });
    const result = run([noted, goodRecord('county', '2025-02', { overdue: 0 }), { ...noted }]);
    expect(result.quality.issues.map((issue) => [issue.row, issue.reason, issue.severity])).toEqual([
      [1, 'duplicate', undefined],
      [2, 'inconsistent', 'note'],
      [3, 'duplicate', undefined],
    ]);
  });

  test('a rule with an absent field is not checked; completed may exceed accepted', () => {
    const result = run([
      { officeId: 'county', month: '2025-01', completedOnTime: 50 },
      { officeId: 'd-police', month: '2025-01', accepted: 10, completed: 400, completedOnTime: 390 },
    ]);
    expect(result.quality.issues).toEqual([]);
    expect(result.records).toHaveLength(2);
  });

  test('duplicate office+month: every copy is left out and each names the others', () => {
    const first = goodRecord('county', '2025-02');
    const second = goodRecord('county', '2025-02', { accepted: 1300 });
    const keep = goodRecord('county', '2025-03');
    const result = run([first, keep, second]);
    expect(result.records).toEqual([keep]);
    expect(result.quality).toMatchObject({ accepted: 1, rejected: 2 });
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ row: 1, field: 'month', reason: 'duplicate', officeId: 'county', month: '2025-02' }),
      expect.objectContaining({ row: 3, field: 'month', reason: 'duplicate', officeId: 'county', month: '2025-02' }),
    ]);
    expect(result.quality.issues[0]!.detail).toContain('row 3');
    expect(result.quality.issues[1]!.detail).toContain('row 1');
  });

  test('a copy that fails its own checks still makes the other copy a duplicate', () => {
    const bad = goodRecord('county', '2025-02', { overdue: -1 });
    const good = goodRecord('county', '2025-02');
    const other = goodRecord('county', '2025-03');
    const result = run([bad, good, other]);
    expect(result.records).toEqual([other]);
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ row: 1, field: 'overdue', reason: 'negative' }),
      expect.objectContaining({ row: 2, field: 'month', reason: 'duplicate' }),
    ]);
    expect(result.quality.issues[1]!.detail).toContain('row 1');
  });

  test('rows rejected for office or month do not make duplicates', () => {
    const good = goodRecord('county', '2025-02');
    const result = run([goodRecord('county', '2025-13'), good, goodRecord('nobody', '2025-02')]);
    expect(result.records).toEqual([good]);
  });

  // How long this takes is printed by `npm run bench:adapters`.
  test('thousands of copies of one row name only a few rows', () => {
    const rows = Array.from({ length: 20_000 }, () => goodRecord('county', '2025-01'));
    const result = run(rows);
    expect(result.records).toEqual([]);
    expect(result.quality.issues).toHaveLength(20_000);
    expect(result.quality.issues[0]!.detail).toContain('and 19994 more');
  });

  test('issues come out in row order', () => {
    const rows = [
      goodRecord('county', '2025-01'),
      goodRecord('county', '2025-01'),
      goodRecord('county', '2025-02', { overdue: -1 }),
      goodRecord('x', '2025-02'),
    ];
    expect(run(rows).quality.issues.map((i) => i.row)).toEqual([1, 2, 3, 4]);
  });
});

describe('validateRecords: properties', () => {
  const count = fc.oneof(fc.nat({ max: 2000 }), fc.constantFrom(-1, 1.5, '7', null, undefined, 2 ** 53, true));
  const row = fc.oneof(
    fc.record({
      officeId: fc.constantFrom('county', 'd-police', 'd-hrss', 'nobody', 3),
      month: fc.constantFrom('2024-12', '2025-01', '2025-02', '2025-03', '2025-13', 202501),
      accepted: count,
      completed: count,
      completedOnTime: count,
      overdue: count,
      carriedOver: count,
      reviews: count,
      goodReviews: count,
      badReviews: count,
      reviewsVerySatisfied: count,
      reviewsSatisfied: count,
      reviewsBasicallySatisfied: count,
      reviewsDissatisfied: count,
      reviewsVeryDissatisfied: count,
    }),
    fc.anything(),
  );

  test('never throws on any rows; every row is either accepted (with notes, maybe) or has exactly one issue; accepted rows obey the contract', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const result = run(rows);
        expect(result.quality.accepted + result.quality.rejected).toBe(rows.length);
        expect(result.records).toHaveLength(result.quality.accepted);
        const rejections = result.quality.issues.filter((i) => i.severity !== 'note');
        expect(rejections).toHaveLength(result.quality.rejected);
        expect(new Set(rejections.map((i) => i.row)).size).toBe(result.quality.rejected);
        const keptRows = new Set(rows.flatMap((_, i) => (rejections.some((issue) => issue.row === i + 1) ? [] : [i + 1])));
        for (const note of result.quality.issues.filter((i) => i.severity === 'note')) expect(keptRows.has(note.row)).toBe(true);
        expect(result.quality.issues.map((i) => i.row)).toEqual([...result.quality.issues.map((i) => i.row)].sort((a, b) => a - b));
        const keys = new Set<string>();
        for (const record of result.records) {
          expect(QUERY.officeIds.has(record.officeId)).toBe(true);
          expect(isMonthKey(record.month) && record.month >= QUERY.from && record.month <= QUERY.to).toBe(true);
          const key = `${record.officeId} ${record.month}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
          for (const field of COUNT_FIELDS) {
            const value = record[field];
            if (value !== undefined) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          }
          for (const key of Object.keys(record)) {
            expect(['officeId', 'month', ...COUNT_FIELDS]).toContain(key);
          }
          expect(brokenConsistencyRule(record)).toBeNull();
          const levels = REVIEW_LEVELS.filter((level) => record[level] !== undefined).length;
          expect([0, REVIEW_LEVELS.length]).toContain(levels);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// How long these take is printed by `npm run bench:adapters`; the limit only makes a hang fail
// (a busy two-core machine takes seconds).
describe('validateRecords at scale', { timeout: 30_000 }, () => {
  test('100k records (2,000 offices × 50 months, all 20 counts) are all accepted, in order', () => {
    const { payload, rows, query } = largeRecordsPayload();
    expect(rows).toBe(100_000);
    const result = validateRecords(payload, 'large', query);
    expect(result.quality).toEqual({ accepted: 100_000, rejected: 0, issues: [] });
    expect(result.records[99_999]).toMatchObject({ officeId: 'office-1999', month: '2025-02' });
  });

  test('100k records with all 29 counts of contract v1.1 keep them (好评/差评 and their notes read from the five levels)', () => {
    const { payload, query } = largeRecordsPayload({ extra: V11_COUNTS });
    const result = validateRecords(payload, 'large', query);
    expect(result.quality).toEqual({ accepted: 100_000, rejected: 0, issues: [] });
    expect(result.records[0]).toMatchObject(V11_COUNTS);
  });
});
