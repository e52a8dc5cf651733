import type { CountField } from '../../../domain';
import type { BulletinRankRow } from '../../../engine';
import type { RankMove } from '../../../engine/evaluation-types';

/**
 * A ranking row with the fairness facts an office evaluation carries (OfficeEvaluation.rankMove,
 * dataIncomplete, the fields missing). BulletinRankRow does not declare them yet: the bulletin
 * reads them where the engine's facts carry them and falls back to what the row itself tells
 * (no previous rank → 新进) where they do not.
 */
export type FairRankRow = BulletinRankRow & {
  rankMove?: RankMove;
  dataIncomplete?: boolean;
  missingFields?: readonly CountField[];
};

export function rankMoveOf(row: BulletinRankRow): RankMove {
  const fair = row as FairRankRow;
  if (fair.rankMove !== undefined) return fair.rankMove;
  return row.rank !== null && row.previousRank === null ? 'new' : null;
}

export function isIncomplete(row: BulletinRankRow): boolean {
  return (row as FairRankRow).dataIncomplete === true;
}

export function missingFieldsOf(row: BulletinRankRow): readonly CountField[] {
  return (row as FairRankRow).missingFields ?? [];
}
