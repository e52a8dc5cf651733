import type { CountField } from '../../../domain';
import type { BulletinRankRow } from '../../../engine';
import type { RankMove } from '../../../engine/evaluationTypes';

/** A ranking row with its fairness facts (新进 / moved by others, 数据不全 and the fields missing). */
export type FairRankRow = BulletinRankRow;

export function rankMoveOf(row: BulletinRankRow): RankMove {
  return row.rankMove;
}

export function isIncomplete(row: BulletinRankRow): boolean {
  return row.dataIncomplete;
}

export function missingFieldsOf(row: BulletinRankRow): readonly CountField[] {
  return row.missingFields;
}
