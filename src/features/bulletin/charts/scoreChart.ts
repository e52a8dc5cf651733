import type { BulletinFacts, RankedKind } from '../../../engine';
import type { ThemeTokens } from '../../../ui';
import { rankingBarOption, rankingChartHeight, type RankingBarRow } from '../../../charts/options/rankingBarOption';
import type { ChartOption } from '../../../charts/options/types';
import { narrativeContext } from '../narrative/context';
import { rowName } from '../narrative/rankings';
import type { Locale } from '../../../domain';

export interface ScoreChart {
  option: ChartOption;
  height: number;
  rows: RankingBarRow[];
}

/**
 * One kind's composite scores as sorted bars, from the bulletin's facts: the same chart on the
 * screen, in print and in Word. Offices ranked on incomplete data say so in their label.
 */
export function scoreChart(facts: BulletinFacts, kind: RankedKind, locale: Locale, tokens: ThemeTokens): ScoreChart {
  const ctx = narrativeContext(locale, facts.definitions);
  const rows: RankingBarRow[] = facts.rankings[kind].rows.flatMap((row) =>
    row.rank === null || row.score === null
      ? []
      : [{ id: row.officeId, name: rowName(ctx, row), rank: row.rank, value: row.score, card: row.cards.red > 0 ? 'red' : row.cards.yellow > 0 ? 'yellow' : null }],
  );
  const option = rankingBarOption({
    rows,
    scale: 'score',
    seriesName: ctx.t('bulletin.col.score'),
    formatValue: (value) => ctx.f.formatScore(value),
    formatRank: (rank) => ctx.t('bulletin.chart.rank', { rank: ctx.f.formatCount(rank) }),
    rankLabel: ctx.t('bulletin.col.rank'),
    tokens,
  });
  return { option, height: rankingChartHeight(rows.length), rows };
}
