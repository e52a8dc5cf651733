import { useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { OMITTED_CATEGORY, rankingBarOption, rankingChartHeight, type RankingBarRow, type ValueScale } from '../../charts/options/rankingBarOption';
import { LIGHT, useI18n, type Column } from '../../ui';
import { CHART_ENDS, chartEnds } from './chartRows';
import type { RankingRow } from './rankRows';

/**
 * The ranked offices as sorted bars; a click on a bar or a name opens the office (a region opens
 * as the scope). A long ranking draws its top and bottom ten, the table under it the whole list.
 */
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
  const ranked = useMemo<RankingBarRow[]>(
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
  const { rows: bars, omitted } = useMemo(() => chartEnds(ranked), [ranked]);
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
        omitted: omitted > 0 ? { after: CHART_ENDS, label: t('rankings.chartOmitted', { count: formatCount(omitted) }) } : undefined,
        legend: { red: t('rankings.legend.red'), yellow: t('rankings.legend.yellow'), none: t('rankings.legend.none') },
        zoomNote: (min, max) => t('chart.zoomX', { min, max }),
      }),
    [bars, omitted, scale, measureName, formatValue, t, formatCount],
  );
  const columns = useMemo<Column<RankingBarRow>[]>(
    () => [
      { key: 'rank', header: t('rankings.col.rank'), cell: (row) => formatCount(row.rank), numeric: true },
      { key: 'office', header: t('rankings.col.office'), cell: (row) => row.name },
      { key: 'value', header: measureName, cell: (row) => formatValue(row.value), numeric: true },
    ],
    [t, measureName, formatValue, formatCount],
  );
  const ids = useMemo(() => new Set(bars.map((bar) => bar.id)), [bars]);

  if (bars.length === 0) return <p className="state">{t('rankings.nothingToDraw')}</p>;
  const fullTitle = omitted > 0 ? t('rankings.chartTitleEnds', { title, n: formatCount(CHART_ENDS), total: formatCount(ranked.length) }) : title;
  return (
    <ChartPanel
      actions={<span className="as-of no-print">{t(omitted > 0 ? 'rankings.chartHintEnds' : 'rankings.chartHint')}</span>}
      title={fullTitle}
      fileName={title}
      chart={{
        option,
        height: rankingChartHeight(bars.length + (omitted > 0 ? 1 : 0)),
        onClick: (params) => {
          // A bar's and a name's category is the office id; the row of the omitted middle opens nothing.
          const event = params as typeof params & { componentType?: string; value?: unknown; name?: unknown };
          const id = event.componentType === 'yAxis' ? event.value : event.name;
          if (typeof id === 'string' && id !== OMITTED_CATEGORY && ids.has(id)) onOpen(id);
        },
      }}
      table={{ columns, rows: bars, rowKey: (row) => row.id }}
    />
  );
}
