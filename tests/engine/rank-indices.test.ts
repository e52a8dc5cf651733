import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanking } from '../../src/engine';
import { rankIndices } from '../../src/engine/ranking';

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
