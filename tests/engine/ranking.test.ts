import { describe, expect, it } from 'vitest';
import { bestOf, competitionRanking, worstOf } from '../../src/engine';

const rank = (scores: number[]) =>
  competitionRanking(
    scores.map((score, i) => ({ id: String.fromCharCode(65 + i), score })),
    (item) => item.score,
    (item) => item.id,
  );
const names = (entries: { item: { id: string } }[]) => entries.map((entry) => entry.item.id).join('');

describe('best and worst three', () => {
  it('names three of each in a long list, worst first', () => {
    const ranked = rank([90, 80, 70, 60, 50, 40, 30]);
    expect(names(bestOf(ranked))).toBe('ABC');
    expect(names(worstOf(ranked))).toBe('GFE');
  });

  it('keeps ties at the edge together', () => {
    // A 90, B 80, C 70, D 70 → C and D share third place
    expect(names(bestOf(rank([90, 80, 70, 70, 50, 40, 30, 30])))).toBe('ABCD');
    // G and H share last place, F is third from the bottom
    expect(names(worstOf(rank([90, 80, 70, 70, 50, 40, 30, 30])))).toBe('GHF');
  });

  it('stops short of a tie that would spill past three from the bottom', () => {
    // E, F, G share fifth place; H is last → H counts as 1 from the bottom, the tie group as 2–4: both named
    expect(names(worstOf(rank([90, 80, 70, 60, 50, 50, 50, 10])))).toBe('HEFG');
    // A tie group starting 4th from the bottom is left out
    expect(names(worstOf(rank([90, 80, 70, 60, 50, 40, 40, 30, 20, 10])))).toBe('JIH');
  });

  it('never names an office both best and worst', () => {
    const ranked = rank([90, 80, 70, 60]);
    expect(names(bestOf(ranked))).toBe('ABC');
    expect(names(worstOf(ranked))).toBe('D');
    expect(worstOf(rank([90, 80]))).toEqual([]);
  });
});
