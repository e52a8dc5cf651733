import { describe, expect, test } from 'vitest';
import { boardSlots } from '../../../src/features/screen/boardSlots';

describe('boardSlots', () => {
  test('rows that fit are shown still, all of them', () => {
    expect(boardSlots(12, 12, 5)).toEqual({ rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], scrolls: false });
    expect(boardSlots(0, 10, 0)).toEqual({ rows: [], scrolls: false });
  });

  test('more rows than room: visible + 1 elements, filled from start, wrapping round', () => {
    expect(boardSlots(26, 12, 0).rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(boardSlots(26, 12, 20).rows).toEqual([20, 21, 22, 23, 24, 25, 0, 1, 2, 3, 4, 5, 6]);
    expect(boardSlots(26, 12, 26 * 1000 + 3).rows[0]).toBe(3);
    expect(boardSlots(26, 12, -1).rows[0]).toBe(25);
  });

  test('the number of elements never depends on how far the board has scrolled', () => {
    const sizes = new Set<number>();
    for (let start = 0; start < 10_000; start++) sizes.add(boardSlots(38, 11, start).rows.length);
    expect([...sizes]).toEqual([12]);
  });

  test('at least one row of room', () => {
    expect(boardSlots(5, 0, 0)).toEqual({ rows: [0, 1], scrolls: true });
  });
});
