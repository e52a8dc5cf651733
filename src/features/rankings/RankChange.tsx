import { RankChangeFigure } from '../../ui';
import type { RankingRow } from './rankRows';

/**
 * ↑3 / ↓1 among the offices ranked in both periods, 新进 for a newcomer, a mark for a rank that
 * moved only because others stopped or started reporting, — for no rank, no change or no comparison.
 */
export function RankChange({ row }: { row: Pick<RankingRow, 'rank' | 'previousRank' | 'change' | 'rankMove' | 'gap'> }) {
  return <RankChangeFigure input={{ rank: row.rank, previousRank: row.previousRank, rankChange: row.change, rankMove: row.rankMove, gap: row.gap }} />;
}
