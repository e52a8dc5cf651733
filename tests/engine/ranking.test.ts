import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOf, competitionRanking, worstOf } from '../../src/engine';
import { rankIndices } from '../../src/engine/ranking';

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

/** The engine's packed-key ranking must agree with the plain one, ties and id order included. */
describe('rankIndices', () => {
  it('ranks like competitionRanking: same order, same ranks, ties by id order', () => {
    const score = fc.oneof(fc.constantFrom(0, 10, 55.5, 55.5 + 1e-9, 70, 99.99, 100), fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(
      fc.property(fc.array(score, { maxLength: 60, size: 'medium' }), fc.boolean(), (scores, reversed) => {
        // Offices are indices 100..; their id order runs with the list or against it.
        const offices = Int32Array.from(scores, (_, i) => 100 + i);
        const tieOrder = new Int32Array(100 + scores.length);
        offices.forEach((office, i) => (tieOrder[office] = reversed ? scores.length - i : i));
        const ranked = rankIndices(offices, Float64Array.from(scores), scores.length, tieOrder);
        const expected = competitionRanking(
          Array.from(offices),
          (office) => scores[office - 100]!,
          (office) => String(tieOrder[office]).padStart(6, '0'),
        );
        expect(ranked).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the first `count` entries', () => {
    const ranked = rankIndices(Int32Array.of(0, 1, 2), Float64Array.of(50, 60, 99), 2, Int32Array.of(0, 1, 2));
    expect(ranked).toEqual([
      { item: 1, rank: 1 },
      { item: 0, rank: 2 },
    ]);
  });
});
