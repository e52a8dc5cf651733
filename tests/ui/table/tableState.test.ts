import { describe, expect, test } from 'vitest';
import type { Column } from '../../../src/ui/table/DataTable';
import { filterRows, nextSort, pageOf, pageWindow, parsePage, parsePageSize, parseSort, sortParam, sortRows } from '../../../src/ui/table/tableState';

interface Row {
  name: string;
  score: number | null;
}
const rows: Row[] = [
  { name: '城东街道（松源县）', score: 80 },
  { name: '城西街道', score: null },
  { name: '长河镇', score: 92 },
  { name: 'ＡＢ镇', score: 80 },
  { name: '城东街道（临溪县）', score: 71 },
];
const columns: Column<Row>[] = [
  { key: 'name', header: '单位', cell: (row) => row.name, sortValue: (row) => row.name },
  { key: 'score', header: '得分', cell: (row) => String(row.score), sortValue: (row) => row.score, sortFirst: 'desc' },
  { key: 'plain', header: '说明', cell: () => '' },
];

describe('a long table’s search, sort and pages', () => {
  test('search: a substring of the name, any case and width; an empty search keeps every row', () => {
    expect(filterRows(rows, '城东', (row) => row.name).map((row) => row.name)).toEqual(['城东街道（松源县）', '城东街道（临溪县）']);
    expect(filterRows(rows, '松源', (row) => row.name)).toHaveLength(1);
    expect(filterRows(rows, ' ab ', (row) => row.name).map((row) => row.name)).toEqual(['ＡＢ镇']);
    expect(filterRows(rows, '   ', (row) => row.name)).toBe(rows);
  });

  test('sort: stable, either way, rows without a value last both ways; a column that cannot sort keeps the order', () => {
    const byScore = (direction: 'asc' | 'desc') => sortRows(rows, columns, { key: 'score', direction }).map((row) => row.name);
    expect(byScore('desc')).toEqual(['长河镇', '城东街道（松源县）', 'ＡＢ镇', '城东街道（临溪县）', '城西街道']);
    expect(byScore('asc')).toEqual(['城东街道（临溪县）', '城东街道（松源县）', 'ＡＢ镇', '长河镇', '城西街道']);
    expect(sortRows(rows, columns, { key: 'plain', direction: 'asc' })).toBe(rows);
    expect(sortRows(rows, columns, null)).toBe(rows);
    // Names in the collation of Chinese (by pinyin): 临溪 (lin) before 松源 (song).
    const byName = sortRows(rows, columns, { key: 'name', direction: 'asc' }).map((row) => row.name);
    expect(byName).toEqual([...rows.map((row) => row.name)].sort(new Intl.Collator('zh-CN').compare));
    expect(byName.indexOf('城东街道（临溪县）')).toBeLessThan(byName.indexOf('城东街道（松源县）'));
  });

  test('a first click sorts the column’s way, a second the other way', () => {
    expect(nextSort(null, columns[1]!)).toEqual({ key: 'score', direction: 'desc' });
    expect(nextSort({ key: 'score', direction: 'desc' }, columns[1]!)).toEqual({ key: 'score', direction: 'asc' });
    expect(nextSort({ key: 'score', direction: 'asc' }, columns[0]!)).toEqual({ key: 'name', direction: 'asc' });
  });

  test('pages: clamped to those there are, positions 1-based', () => {
    const many = Array.from({ length: 306 }, (_, i) => i);
    expect(pageOf(many, 1, 50)).toMatchObject({ page: 1, pageCount: 7, first: 1, last: 50 });
    expect(pageOf(many, 7, 50)).toMatchObject({ page: 7, first: 301, last: 306 });
    expect(pageOf(many, 99, 50).page).toBe(7);
    expect(pageOf(many, -3, 50).page).toBe(1);
    expect(pageOf([], 3, 50)).toMatchObject({ page: 1, pageCount: 1, first: 0, last: 0, rows: [] });
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });

  test('the URL’s words: anything unknown is the default', () => {
    expect(parseSort('score.desc')).toEqual({ key: 'score', direction: 'desc' });
    expect(parseSort('score')).toBeNull();
    expect(parseSort('<b>.asc')).toBeNull();
    expect(sortParam({ key: 'goodReviewRate', direction: 'asc' })).toBe('goodReviewRate.asc');
    expect(parsePageSize('100')).toBe(100);
    expect(parsePageSize('7')).toBe(50);
    expect(parsePage('3')).toBe(3);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('x')).toBe(1);
  });
});
