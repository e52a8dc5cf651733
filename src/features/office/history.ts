import type { RankedKind } from '../../engine';
import type { MonthSummary } from '../../engine/monthHistory';
import type { RankHistoryPoint } from '../../charts/options/rankHistoryOption';

export type { RankedKind };

export interface RankHistoryRow extends RankHistoryPoint {
  notReported: boolean;
}

/** One office's rank month by month, read from the months' own evaluations. */
export function rankHistory(history: readonly MonthSummary[], officeId: string, kind: RankedKind): RankHistoryRow[] {
  return history.map((summary) => {
    const standing = summary.standings.get(officeId);
    return {
      month: summary.month,
      rank: standing?.rank ?? null,
      of: summary.rankedCount[kind],
      score: standing?.score ?? null,
      // Provisional when anyone due in the scope had not reported: ranks could still move.
      partial: summary.partial,
      notReported: summary.notReported.has(officeId),
    };
  });
}
