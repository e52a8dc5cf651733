/**
 * Scores equal to six decimals are a tie. Sums of different weighted parts can land a few ulps
 * apart for offices whose scores are mathematically equal; that noise must not split a tie, and no
 * one reads a score past the second decimal anyway.
 */
export function scoreKey(score: number): number {
  return Math.round(score * 1e6);
}

export interface RankEntry<T> {
  item: T;
  rank: number;
}

/**
 * Competition ranking (1, 2, 2, 4): best score first, ties share a rank and the next rank skips.
 * Tied offices are listed by id so the order never depends on the order the data came in.
 */
export function competitionRanking<T>(items: readonly T[], score: (item: T) => number, id: (item: T) => string): RankEntry<T>[] {
  const keyed = items.map((item) => ({ item, key: scoreKey(score(item)), id: id(item) }));
  keyed.sort((a, b) => b.key - a.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: RankEntry<T>[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const entry = keyed[i]!;
    const previous = ranked[i - 1];
    const rank = previous && keyed[i - 1]!.key === entry.key ? previous.rank : i + 1;
    ranked.push({ item: entry.item, rank });
  }
  return ranked;
}

/** Room for the position of an office in the list below its score key (scoreKey ≤ 1e8 < 2^27; 2^27 · 2^21 < 2^53). */
const POSITIONS = 2 ** 21;

/**
 * competitionRanking for the engine's own loops: offices as indices, scores as numbers, ties by a
 * precomputed id order (EngineData.idOrder). Takes the first `count` entries of typed arrays.
 * Score key and position are packed into one double so the sort is the native numeric one, with
 * no comparator call per comparison (a comparator sort was a tenth of a province evaluation);
 * only groups of tied scores are then ordered by id.
 */
export function rankIndices(offices: Int32Array, scores: Float64Array, count: number, tieOrder: Int32Array): RankEntry<number>[] {
  if (count >= POSITIONS) throw new RangeError(`cannot rank ${count} offices at once`);
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = scoreKey(scores[i]!) * POSITIONS + i;
  packed.sort();
  const ranked: RankEntry<number>[] = new Array(count);
  // Best first: from the end of the ascending sort, one group of equal keys at a time.
  let place = 0;
  for (let end = count; end > 0;) {
    const key = Math.floor(packed[end - 1]! / POSITIONS);
    let begin = end - 1;
    while (begin > 0 && Math.floor(packed[begin - 1]! / POSITIONS) === key) begin--;
    const group: number[] = [];
    for (let i = begin; i < end; i++) group.push(offices[packed[i]! - key * POSITIONS]!);
    if (group.length > 1) group.sort((a, b) => tieOrder[a]! - tieOrder[b]!);
    const rank = place + 1;
    for (const office of group) ranked[place++] = { item: office, rank };
    end = begin;
  }
  return ranked;
}

/** The top `count` places, ties included: two offices sharing third place are both named. */
export function bestOf<T>(ranked: readonly RankEntry<T>[], count = 3): RankEntry<T>[] {
  return ranked.filter((entry) => entry.rank <= count);
}

/**
 * The bottom `count` places counted from the end with the same tie rule, worst first, leaving out
 * anyone already among the best: with four offices, nobody is both praised and named last.
 * Groups come worst first; within a tie, by id.
 */
export function worstOf<T>(ranked: readonly RankEntry<T>[], count = 3): RankEntry<T>[] {
  const worst: RankEntry<T>[] = [];
  let end = ranked.length;
  while (end > 0) {
    const rank = ranked[end - 1]!.rank;
    let begin = end - 1;
    while (begin > 0 && ranked[begin - 1]!.rank === rank) begin--;
    // Place from the bottom of this group: 1 + everyone strictly below it.
    if (ranked.length - end + 1 > count) break;
    if (rank <= count) break;
    for (let i = begin; i < end; i++) worst.push(ranked[i]!);
    end = begin;
  }
  return worst;
}
