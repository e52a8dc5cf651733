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

/**
 * competitionRanking for the engine's own loops: offices as indices, scores as numbers, ties by a
 * precomputed id order (EngineData.idOrder), so sorting 3,000 offices compares integers.
 */
export function rankIndices(offices: readonly number[], scores: readonly number[], tieOrder: Int32Array): RankEntry<number>[] {
  const keys = scores.map(scoreKey);
  const order = Array.from(offices.keys()).sort(
    (a, b) => keys[b]! - keys[a]! || tieOrder[offices[a]!]! - tieOrder[offices[b]!]!,
  );
  const ranked: RankEntry<number>[] = [];
  for (let i = 0; i < order.length; i++) {
    const at = order[i]!;
    const rank = i > 0 && keys[order[i - 1]!] === keys[at] ? ranked[i - 1]!.rank : i + 1;
    ranked.push({ item: offices[at]!, rank });
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
