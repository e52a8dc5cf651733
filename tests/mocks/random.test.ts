import { describe, expect, test } from 'vitest';
import { createRng, hashKey, rngFor } from '../../mocks/random';

describe('seeded random numbers', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  test('streams are keyed by their parts, and the parts do not run together', () => {
    expect(hashKey(1, 'd-police', '2025-01')).toBe(hashKey(1, 'd-police', '2025-01'));
    expect(hashKey(1, 'd-police', '2025-01')).not.toBe(hashKey(2, 'd-police', '2025-01'));
    expect(hashKey(1, 'ab', 'c')).not.toBe(hashKey(1, 'a', 'bc'));
    expect(rngFor(7, 'x').next()).toBe(rngFor(7, 'x').next());
  });

  test('int covers both ends and nothing outside', () => {
    const rng = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  test('portion never exceeds the count and averages the rate', () => {
    const rng = createRng(9);
    let sum = 0;
    for (let i = 0; i < 5000; i++) {
      const part = rng.portion(10, 0.97);
      expect(part).toBeLessThanOrEqual(10);
      expect(Number.isInteger(part)).toBe(true);
      sum += part;
    }
    expect(sum / 5000).toBeCloseTo(9.7, 1);
    expect(rng.portion(0, 0.5)).toBe(0);
  });

  test('poisson has the right mean for small and large means', () => {
    const rng = createRng(11);
    for (const mean of [0.3, 4, 120]) {
      let sum = 0;
      for (let i = 0; i < 4000; i++) sum += rng.poisson(mean);
      expect(Math.abs(sum / 4000 - mean)).toBeLessThan(Math.max(0.05, mean * 0.03));
    }
    expect(rng.poisson(0)).toBe(0);
  });

  test('shuffle keeps the items and does not touch the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = createRng(3).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(input);
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});
