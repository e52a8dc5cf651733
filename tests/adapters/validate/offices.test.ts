import { describe, expect, test } from 'vitest';
import { AdapterError } from '../../../src/adapters/errors';
import { MAX_NAME_LENGTH, validateOffices } from '../../../src/adapters/validate/offices';
import { OFFICES } from '../fixtures';

const SOURCE = 'http://backend.test/api/v1/offices';

function run(rows: unknown[]) {
  return validateOffices({ offices: rows }, SOURCE);
}

function ids(rows: unknown[]) {
  return run(rows).offices.map((office) => office.id);
}

const root = { id: 'county', name: '示例县', kind: 'region', parentId: null };
const police = { id: 'd-police', name: '县公安局', kind: 'department', parentId: 'county' };

describe('validateOffices: the payload', () => {
  test('valid offices come back unchanged with a clean report', () => {
    const result = run(OFFICES);
    expect(result.offices).toEqual(OFFICES);
    expect(result.quality).toEqual({ accepted: 5, rejected: 0, issues: [] });
  });

  test.each([
    ['a string', 'hello', "expected an object with an array 'offices', got string"],
    ['an array', [root], "expected an object with an array 'offices', got array"],
    ['null', null, "expected an object with an array 'offices', got null"],
    ['offices as an object', { offices: { a: 1 } }, "got 'offices' as object"],
    ['another key', { data: [root] }, "got an object without 'offices' (its fields: data)"],
  ])('%s is not the contract: invalid-payload naming the URL', (_, payload, message) => {
    let error: unknown;
    try {
      validateOffices(payload, SOURCE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).kind).toBe('invalid-payload');
    expect((error as AdapterError).url).toBe(SOURCE);
    expect((error as AdapterError).detail).toContain(message);
  });

  test('an empty list is valid and empty', () => {
    expect(run([])).toEqual({ offices: [], quality: { accepted: 0, rejected: 0, issues: [] } });
  });
});

describe('validateOffices: bad rows are left out and reported', () => {
  test.each([
    ['not an object', 'oops', undefined, 'not-an-object'],
    ['null row', null, undefined, 'not-an-object'],
    ['missing id', { name: 'x', kind: 'department', parentId: 'county' }, 'id', 'missing-field'],
    ['numeric id', { id: 7, name: 'x', kind: 'department', parentId: 'county' }, 'id', 'wrong-type'],
    ['empty id', { id: '  ', name: 'x', kind: 'department', parentId: 'county' }, 'id', 'empty'],
    ['missing name', { id: 'x', kind: 'department', parentId: 'county' }, 'name', 'missing-field'],
    ['numeric name', { id: 'x', name: 12, kind: 'department', parentId: 'county' }, 'name', 'wrong-type'],
    ['blank name', { id: 'x', name: ' \t', kind: 'department', parentId: 'county' }, 'name', 'empty'],
    ['missing kind', { id: 'x', name: 'x', parentId: 'county' }, 'kind', 'missing-field'],
    ['bad kind', { id: 'x', name: 'x', kind: 'bureau', parentId: 'county' }, 'kind', 'bad-kind'],
    ['numeric parentId', { id: 'x', name: 'x', kind: 'department', parentId: 1 }, 'parentId', 'wrong-type'],
    ['empty parentId', { id: 'x', name: 'x', kind: 'department', parentId: '' }, 'parentId', 'unknown-parent'],
    ['parent nowhere', { id: 'x', name: 'x', kind: 'department', parentId: 'nobody' }, 'parentId', 'unknown-parent'],
  ])('%s', (_, bad, field, reason) => {
    const result = run([root, police, bad]);
    expect(result.offices.map((o) => o.id)).toEqual(['county', 'd-police']);
    expect(result.quality.accepted).toBe(2);
    expect(result.quality.rejected).toBe(1);
    expect(result.quality.issues).toHaveLength(1);
    const issue = result.quality.issues[0]!;
    expect(issue).toMatchObject({ source: SOURCE, row: 3, reason });
    expect(issue.field).toBe(field);
    expect(issue.detail.length).toBeGreaterThan(0);
  });

  test('a duplicate id keeps the first row and reports the later one', () => {
    const again = { ...police, name: '县公安局（重复）' };
    const result = run([root, police, again]);
    expect(result.offices).toEqual([root, police]);
    expect(result.quality.issues).toEqual([expect.objectContaining({ row: 3, field: 'id', reason: 'duplicate', officeId: 'd-police' })]);
    expect(result.quality.issues[0]!.detail).toContain('row 2');
  });

  test('a cycle in parentId rejects its members and everything below them', () => {
    const a = { id: 'a', name: 'A', kind: 'township', parentId: 'c' };
    const b = { id: 'b', name: 'B', kind: 'township', parentId: 'a' };
    const c = { id: 'c', name: 'C', kind: 'township', parentId: 'b' };
    const below = { id: 'v', name: 'V', kind: 'village', parentId: 'a' };
    const result = run([root, a, b, police, c, below]);
    expect(result.offices.map((o) => o.id)).toEqual(['county', 'd-police']);
    const byRow = Object.fromEntries(result.quality.issues.map((i) => [i.row, i]));
    expect(byRow[2]).toMatchObject({ field: 'parentId', reason: 'parent-cycle', officeId: 'a' });
    expect(byRow[3]).toMatchObject({ reason: 'parent-cycle', officeId: 'b' });
    expect(byRow[5]).toMatchObject({ reason: 'parent-cycle', officeId: 'c' });
    expect(byRow[6]).toMatchObject({ field: 'parentId', reason: 'unknown-parent', officeId: 'v' });
    expect(byRow[2]!.detail).toBe('the chain of parents loops: a → c → b → a');
    expect(result.quality.issues.map((i) => i.row)).toEqual([2, 3, 5, 6]);
  });

  test('an office pointing at itself is a cycle', () => {
    const result = run([root, { id: 'x', name: 'X', kind: 'department', parentId: 'x' }]);
    expect(result.quality.issues).toEqual([expect.objectContaining({ row: 2, reason: 'parent-cycle' })]);
  });

  test('an office whose parent is rejected is rejected too, saying where the parent was', () => {
    const township = { id: 't', name: '城关镇', kind: 'hamlet', parentId: 'county' };
    const village = { id: 'v', name: '东关村', kind: 'village', parentId: 't' };
    const grandchild = { id: 'w', name: '西关组', kind: 'village', parentId: 'v' };
    const result = run([grandchild, root, township, village]);
    expect(ids([grandchild, root, township, village])).toEqual(['county']);
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ row: 1, reason: 'unknown-parent', officeId: 'w' }),
      expect.objectContaining({ row: 3, reason: 'bad-kind', officeId: 't' }),
      expect.objectContaining({ row: 4, reason: 'unknown-parent', officeId: 'v' }),
    ]);
    expect(result.quality.issues[2]!.detail).toContain('row 3');
    expect(result.quality.rejected).toBe(3);
  });

  test('a second root region is reported; the first one stays the root', () => {
    const other = { id: 'other', name: '另一县', kind: 'region', parentId: null };
    const result = run([root, other, police]);
    expect(result.offices.map((o) => o.id)).toEqual(['county', 'd-police']);
    expect(result.quality.issues).toEqual([expect.objectContaining({ row: 2, field: 'parentId', reason: 'unknown-parent', officeId: 'other' })]);
    expect(result.quality.issues[0]!.detail).toContain('county');
  });

  test('a department without a parent is not a root', () => {
    const orphan = { id: 'o', name: '县医保局', kind: 'department', parentId: null };
    expect(run([orphan, root]).quality.issues).toEqual([expect.objectContaining({ row: 1, field: 'parentId', reason: 'unknown-parent', officeId: 'o' })]);
  });

  test('no root region at all: the would-be roots say so and the rest hang from them', () => {
    const dept = { id: 'o', name: '县医保局', kind: 'department', parentId: null };
    const below = { id: 'v', name: '窗口', kind: 'village', parentId: 'o' };
    const result = run([dept, below]);
    expect(result.offices).toEqual([]);
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ row: 1, field: 'kind', reason: 'no-root' }),
      expect.objectContaining({ row: 2, reason: 'unknown-parent' }),
    ]);
  });

  test('an absent parentId counts as null (serializers that omit nulls)', () => {
    const { parentId: _, ...noParent } = root;
    expect(run([noParent, police]).offices).toEqual([root, police]);
  });

  test('names are trimmed, kept as plain text, and cut at the limit with a note', () => {
    const long = '很'.repeat(MAX_NAME_LENGTH + 20);
    const result = run([
      { ...root, name: '  示例县 ' },
      { ...police, name: '<b>县公安局</b>' },
      { id: 'long', name: long, kind: 'department', parentId: 'county' },
    ]);
    expect(result.offices.map((o) => o.name)).toEqual(['示例县', '<b>县公安局</b>', '很'.repeat(MAX_NAME_LENGTH)]);
    expect(result.quality.accepted).toBe(3);
    expect(result.quality.rejected).toBe(0);
    expect(result.quality.issues).toEqual([expect.objectContaining({ row: 3, field: 'name', officeId: 'long' })]);
  });

  test('a cut never splits a character outside the BMP', () => {
    const name = `${'a'.repeat(MAX_NAME_LENGTH - 1)}𠀀tail`;
    const [, office] = run([root, { ...police, name }]).offices;
    expect(office!.name).toBe('a'.repeat(MAX_NAME_LENGTH - 1));
  });

  test('unknown extra fields are dropped', () => {
    const [office] = run([{ ...root, code: '510000', extra: { x: 1 } }]).offices;
    expect(office).toEqual(root);
  });

  test('adminCode (行政区划代码) is kept when it is 6, 9 or 12 digits; a whole number is read as its digits', () => {
    const result = run([
      { ...root, adminCode: '330102' },
      { id: 't1', name: '城东街道', kind: 'township', parentId: 'county', adminCode: '330102001' },
      { id: 't2', name: '城西街道', kind: 'township', parentId: 'county', adminCode: ' 330102002000 ' },
      { ...police, adminCode: 330102 },
    ]);
    expect(result.offices.map((office) => office.adminCode)).toEqual(['330102', '330102001', '330102002000', '330102']);
    expect(result.quality.issues).toEqual([]);
  });

  test('a malformed adminCode is a note and is dropped; the office stays, to be matched to the map by name', () => {
    const result = run([root, { ...police, adminCode: '33010' }, { id: 't1', name: '东镇', kind: 'township', parentId: 'county', adminCode: { code: 1 } }]);
    expect(result.offices.map((office) => office.id)).toEqual(['county', 'd-police', 't1']);
    expect(result.offices.every((office) => office.adminCode === undefined)).toBe(true);
    expect(result.quality.rejected).toBe(0);
    expect(result.quality.issues.map((issue) => [issue.row, issue.severity, issue.field, issue.reason, issue.params?.expected])).toEqual([
      [2, 'note', 'adminCode', 'wrong-type', 'admin-code'],
      [3, 'note', 'adminCode', 'wrong-type', 'admin-code'],
    ]);
    expect(result.quality.issues[0]!.detail).toContain('"33010" (string)');
  });

  test('a chain of 50k offices resolves without overflowing the stack', () => {
    const rows: unknown[] = [root];
    for (let i = 0; i < 50_000; i++) {
      rows.push({ id: `n${i}`, name: `n${i}`, kind: 'village', parentId: i === 0 ? 'county' : `n${i - 1}` });
    }
    expect(run(rows).offices).toHaveLength(50_001);
    rows.push({ id: 'n-bad', name: 'x', kind: 'village', parentId: 'n49999' });
    rows[1] = { id: 'n0', name: 'n0', kind: 'village', parentId: 'n49999' };
    const broken = run(rows);
    expect(broken.offices).toHaveLength(1);
    expect(broken.quality.issues).toHaveLength(50_001);
  });
});
