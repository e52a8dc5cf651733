import { describe, expect, test } from 'vitest';
import { validateRecords } from '../../../src/adapters/validate/records';
import { goodRecord, QUERY } from '../fixtures';

const SOURCE = 'test';
function recordIssue(bad: unknown) {
  const result = validateRecords({ records: [goodRecord('d-police', '2025-01'), bad] }, SOURCE, QUERY);
  expect(result.records).toHaveLength(1);
  expect(result.quality.issues).toHaveLength(1);
  return result.quality.issues[0]!;
}

describe('record issues carry their detail as params', () => {
  test.each([
    ['a count as a string', { accepted: '12' }, 'wrong-type', { expected: 'number', gotType: 'string', got: '12' }],
    ['a count as an object', { accepted: { n: 1 } }, 'wrong-type', { expected: 'number', gotType: 'object' }],
    ['a negative count', { overdue: -4 }, 'negative', { value: '-4' }],
    ['a fractional count', { overdue: 0.5 }, 'not-integer', { value: '0.5' }],
    ['a count beyond 2^53', { disclosures: 2 ** 53 + 2 }, 'unsafe-integer', { value: String(2 ** 53 + 2) }],
    ['NaN from a reader other than JSON', { reviews: Number.NaN }, 'wrong-type', { expected: 'number', gotType: 'NaN' }],
    ['+Infinity', { reviews: Number.POSITIVE_INFINITY }, 'unsafe-integer', { variant: 'infinite' }],
    ['-Infinity', { reviews: Number.NEGATIVE_INFINITY }, 'negative', { variant: 'infinite' }],
  ])('%s', (_, patch, reason, params) => {
    const issue = recordIssue(goodRecord('d-hrss', '2025-02', patch));
    expect(issue.reason).toBe(reason);
    expect(issue.params).toEqual(params);
  });

  test('identity problems', () => {
    expect(recordIssue(goodRecord('d-ghost', '2025-02')).params).toEqual({ officeId: 'd-ghost' });
    expect(recordIssue(goodRecord('d-hrss', '2025-13')).params).toEqual({ gotType: 'string', got: '2025-13' });
    expect(recordIssue(goodRecord('d-hrss', 202502)).params).toEqual({ gotType: 'number', got: '202502' });
    expect(recordIssue(goodRecord(7, '2025-02')).params).toEqual({ expected: 'string', gotType: 'number', got: '7' });
    expect(recordIssue(goodRecord('d-hrss', '2024-12')).params).toEqual({ month: '2024-12', from: '2025-01', to: '2025-03' });
    expect(recordIssue('oops').params).toEqual({ gotType: 'string', got: 'oops' });
    expect(recordIssue(null).params).toEqual({ gotType: 'null' });
    expect(recordIssue([1, 2]).params).toEqual({ gotType: 'array' });
  });

  test('a long string value is cut in params as in the English detail', () => {
    const issue = recordIssue(goodRecord('d-hrss', 'x'.repeat(500)));
    expect(String(issue.params!.got)).toHaveLength(61);
    expect(String(issue.params!.got).endsWith('…')).toBe(true);
  });

  test('a broken consistency rule names its parts, the whole and their values in order', () => {
    const issue = recordIssue(goodRecord('d-hrss', '2025-02', { goodReviews: 1000, badReviews: 100, reviews: 1060, activeReviews: 1000 }));
    expect(issue.reason).toBe('inconsistent');
    expect(issue.params).toEqual({
      rule: 'good-bad-within-reviews',
      parts: 'goodReviews+badReviews',
      partValues: '1000+100',
      partsSum: 1100,
      whole: 'reviews',
      wholeValues: '1060',
      wholeSum: 1060,
    });
  });

  test('duplicates name the other rows and how many more there are', () => {
    const rows = Array.from({ length: 9 }, () => goodRecord('d-hrss', '2025-02'));
    const { issues } = validateRecords({ records: rows }, SOURCE, QUERY).quality;
    expect(issues).toHaveLength(9);
    expect(issues[0]!.params).toEqual({ variant: 'record', rows: '2, 3, 4, 5, 6', more: 3 });
    expect(issues[8]!.params).toEqual({ variant: 'record', rows: '1, 2, 3, 4, 5', more: 3 });
  });
});
