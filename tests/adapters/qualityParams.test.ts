import { describe, expect, test } from 'vitest';
import { validateOffices } from '../../src/adapters/validate/offices';
import { validateRecords } from '../../src/adapters/validate/records';
import { MAX_NAME_LENGTH } from '../../src/adapters';
import { goodRecord, OFFICES, QUERY } from './fixtures';

const SOURCE = 'test';
const [root, police] = OFFICES;

function recordIssue(bad: unknown) {
  const result = validateRecords({ records: [goodRecord('d-police', '2025-01'), bad] }, SOURCE, QUERY);
  expect(result.records).toHaveLength(1);
  expect(result.quality.issues).toHaveLength(1);
  return result.quality.issues[0]!;
}

function officeIssues(rows: unknown[]) {
  return validateOffices({ offices: rows }, SOURCE).quality.issues;
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

describe('office issues carry their detail as params', () => {
  test('wrong types and kinds', () => {
    const issues = officeIssues([
      root,
      { id: 5, name: 'x', kind: 'department', parentId: 'county' },
      { id: 'a', name: ['x'], kind: 'department', parentId: 'county' },
      { id: 'b', name: 'B', kind: 'bureau', parentId: 'county' },
      { id: 'c', name: 'C', kind: 'department', parentId: 3 },
      { id: 'd', name: 'D', kind: 'department', parentId: '' },
      true,
    ]);
    expect(issues.map((issue) => [issue.reason, issue.params])).toEqual([
      ['wrong-type', { expected: 'string', gotType: 'number', got: '5' }],
      ['wrong-type', { expected: 'string', gotType: 'array' }],
      ['bad-kind', { gotType: 'string', got: 'bureau' }],
      ['wrong-type', { expected: 'string-or-null', gotType: 'number', got: '3' }],
      ['unknown-parent', { variant: 'empty' }],
      ['not-an-object', { gotType: 'boolean', got: 'true' }],
    ]);
  });

  test('the tree: duplicates, missing and left-out parents, second roots, no root, cycles', () => {
    const issues = officeIssues([
      root,
      police,
      { ...police, name: 'again' },
      { id: 'ghost-child', name: 'G', kind: 'village', parentId: 'nowhere' },
      { id: 'bad', name: 'B', kind: 'hamlet', parentId: 'county' },
      { id: 'under-bad', name: 'U', kind: 'village', parentId: 'bad' },
      { id: 'other', name: 'O', kind: 'region', parentId: null },
      { id: 'x', name: 'X', kind: 'township', parentId: 'y' },
      { id: 'y', name: 'Y', kind: 'township', parentId: 'x' },
    ]);
    const byRow = new Map(issues.map((issue) => [issue.row, issue.params]));
    expect(byRow.get(3)).toEqual({ variant: 'office', id: 'd-police', firstRow: 2 });
    expect(byRow.get(4)).toEqual({ variant: 'missing', parentId: 'nowhere' });
    expect(byRow.get(6)).toEqual({ variant: 'left-out', parentId: 'bad', parentRow: 5 });
    expect(byRow.get(7)).toEqual({ variant: 'second-root', rootId: 'county', rootRow: 1 });
    expect(byRow.get(8)).toEqual({ cycle: 'x → y → x' });
    // Every member of a loop gets the same description of it, as in the English detail.
    expect(byRow.get(9)).toEqual({ cycle: 'x → y → x' });

    const noRoot = officeIssues([{ id: 'o', name: 'O', kind: 'department', parentId: null }]);
    expect(noRoot[0]!.params).toEqual({ kind: 'department' });
  });

  test('a cut name says the limit', () => {
    const issues = officeIssues([root, { ...police, name: '很'.repeat(MAX_NAME_LENGTH + 1) }]);
    expect(issues[0]).toMatchObject({ severity: 'note', reason: 'truncated', params: { max: MAX_NAME_LENGTH } });
  });
});
