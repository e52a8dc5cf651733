import { useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { rankingBarOption, rankingChartHeight, type RankingBarRow, type ValueScale } from '../../charts/options/rankingBarOption';
import { LIGHT, useI18n, type Column } from '../../ui';
import type { RankingRow } from './rankRows';

interface ChartRow {
  id: string;
  name: string;
  rank: number;
  value: number;
}

/** The ranked offices as sorted bars; a click on a bar opens the office. */
export function RankingChart({
  title,
  rows,
  names,
  scale,
  measureName,
  formatValue,
  onOpen,
}: {
  title: string;
  rows: readonly RankingRow[];
  names: ReadonlyMap<string, string>;
  scale: ValueScale;
  measureName: string;
  formatValue: (value: number | null) => string;
  onOpen: (officeId: string) => void;
}) {
  const { t, formatCount } = useI18n();
  const bars = useMemo<RankingBarRow[]>(
    () =>
      rows.flatMap((row) =>
        row.rank !== null && row.value !== null
          ? [
              {
                id: row.office.officeId,
                name: names.get(row.office.officeId) ?? row.office.name,
                rank: row.rank,
                value: row.value,
                card: row.office.cards[0]?.level ?? null,
              },
            ]
          : [],
      ),
    [rows, names],
  );
  const option = useMemo(
    () =>
      rankingBarOption({
        rows: bars,
        scale,
        seriesName: measureName,
        formatValue,
        formatRank: (rank) => t('rankings.rankN', { rank: formatCount(rank) }),
        rankLabel: t('rankings.col.rank'),
        tokens: LIGHT,
        legend: { red: t('rankings.legend.red'), yellow: t('rankings.legend.yellow'), none: t('rankings.legend.none') },
        zoomNote: (min, max) => t('chart.zoomX', { min, max }),
      }),
    [bars, scale, measureName, formatValue, t, formatCount],
  );
  const columns = useMemo<Column<ChartRow>[]>(
    () => [
      { key: 'rank', header: t('rankings.col.rank'), cell: (row) => formatCount(row.rank), numeric: true },
      { key: 'office', header: t('rankings.col.office'), cell: (row) => row.name },
      { key: 'value', header: measureName, cell: (row) => formatValue(row.value), numeric: true },
    ],
    [t, measureName, formatValue, formatCount],
  );

  if (bars.length === 0) return <p className="state">{t('rankings.nothingToDraw')}</p>;
  return (
    <ChartPanel
      actions={<span className="as-of no-print">{t('rankings.chartHint')}</span>}
      title={title}
      chart={{
        option,
        height: rankingChartHeight(bars.length),
        onClick: (params) => {
          const event = params as typeof params & { componentType?: string; value?: unknown };
          const id = event.componentType === 'yAxis' ? event.value : bars[params.dataIndex ?? -1]?.id;
          if (typeof id === 'string' && names.has(id)) onOpen(id);
        },
      }}
      table={{ columns, rows: bars, rowKey: (row) => row.id }}
    />
  );
}
