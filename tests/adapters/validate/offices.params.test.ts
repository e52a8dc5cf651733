import { describe, expect, test } from 'vitest';
import { validateOffices } from '../../../src/adapters/validate/offices';
import { MAX_NAME_LENGTH } from '../../../src/adapters';
import { OFFICES } from '../fixtures';

const SOURCE = 'test';
const [root, police] = OFFICES;

function officeIssues(rows: unknown[]) {
  return validateOffices({ offices: rows }, SOURCE).quality.issues;
}

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
