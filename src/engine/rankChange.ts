import type { EngineData } from './engineData';
import { RANKED } from './evaluationTypes';
import { rankIndices } from './ranking';
import type { Rankings } from './rankings';

/** RankMove as codes per scope office. */
export const MoveCode = { none: 0, newcomer: 1, byOthers: 2 } as const;

export interface RankChanges {
  /** Per scope office: the change of its place among offices ranked in both periods (+ = up); NaN = none. */
  change: Float64Array;
  move: Uint8Array;
}

/**
 * Rank changes that only an office's own results can cause. Per kind, the offices ranked in both
 * periods are ranked again among themselves, now and before, and the change is the difference of
 * those two places: a township does not "rise" because another stopped reporting. An office ranked
 * now and not before is a newcomer (新进); one whose published rank moved while its place among
 * the others did not is marked as moved by others' reporting. Without any ranking before (the
 * first month of the data, January of a year-to-date) there is no change at all.
 */
export function rankChanges(
  data: EngineData,
  start: number,
  current: Rankings,
  currentRanks: Int32Array,
  base: Rankings | null,
  baseRanks: Int32Array | null,
): RankChanges {
  const size = currentRanks.length;
  const change = new Float64Array(size).fill(NaN);
  const move = new Uint8Array(size);
  if (!base || !baseRanks) return { change, move };
  for (const kind of RANKED) {
    const before = base.byKind[kind].ranked;
    if (before.length === 0) continue;
    const now = current.byKind[kind].ranked;
    const common = new Int32Array(now.length);
    const scoresNow = new Float64Array(now.length);
    const scoresBefore = new Float64Array(now.length);
    let count = 0;
    for (const entry of now) {
      const local = entry.item - start;
      if (baseRanks[local] === 0) {
        move[local] = MoveCode.newcomer;
        continue;
      }
      common[count] = entry.item;
      scoresNow[count] = current.composite[local]!;
      scoresBefore[count++] = base.composite[local]!;
    }
    const placeNow = new Int32Array(size);
    for (const entry of rankIndices(common, scoresNow, count, data.idOrder)) placeNow[entry.item - start] = entry.rank;
    for (const entry of rankIndices(common, scoresBefore, count, data.idOrder)) {
      const local = entry.item - start;
      const own = entry.rank - placeNow[local]!;
      change[local] = own;
      if (own === 0 && baseRanks[local] !== currentRanks[local]) move[local] = MoveCode.byOthers;
    }
  }
  return { change, move };
}
