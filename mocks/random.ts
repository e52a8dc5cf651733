/**
 * A small seeded PRNG. The generator must give the same data for the same options on every
 * machine and in every run, so nothing here may touch Math.random or the clock.
 */

/** FNV-1a over the key's text, folded with the seed: independent streams per office and month. */
export function hashKey(seed: number, ...parts: readonly (string | number)[]): number {
  let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    // A separator, so ('ab', 'c') and ('a', 'bc') give different streams.
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A Poisson count with mean `mean`; for large means a rounded normal approximation. */
  poisson(mean: number): number;
  /** About `rate` of `count`, rounded at random so small counts still average right; never above count. */
  portion(count: number, rate: number): number;
  /** Shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for mock data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    poisson(mean) {
      if (mean <= 0) return 0;
      if (mean > 30) {
        // Box–Muller; a Poisson this large is close enough to normal for mock data.
        const u = 1 - next();
        const v = next();
        const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
      }
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    portion(count, rate) {
      if (count <= 0) return 0;
      const value = Math.floor(count * rate + next());
      return Math.max(0, Math.min(count, value));
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const swap = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = swap;
      }
      return copy;
    },
  };
  return rng;
}

/** A stream for one purpose, e.g. rngFor(seed, officeId, month). */
export function rngFor(seed: number, ...parts: readonly (string | number)[]): Rng {
  return createRng(hashKey(seed, ...parts));
}
