import { useMemo } from 'react';
import { ChartPanel } from '../../../charts';
import { useI18n, type Column } from '../../../ui';
import type { RankingBarRow } from '../../../charts/options/rankingBarOption';
import type { ChartPng } from '../charts/png';
import type { ScoreChart } from '../charts/scoreChart';

/**
 * A chart of the bulletin: the live chart with its data table and PNG download on screen; in
 * print and in the bulletin's PNG, its 2× image instead of the canvas.
 */
export function BulletinChart({ title, chart, image, fileName }: { title: string; chart: ScoreChart; image: ChartPng | undefined; fileName: string }) {
  const { t, formatScore, formatCount } = useI18n();
  const columns = useMemo<Column<RankingBarRow>[]>(
    () => [
      { key: 'rank', header: t('bulletin.col.rank'), cell: (row) => formatCount(row.rank), numeric: true },
      { key: 'name', header: t('bulletin.col.office'), cell: (row) => row.name },
      { key: 'score', header: t('bulletin.col.score'), cell: (row) => formatScore(row.value), numeric: true },
    ],
    [t, formatScore, formatCount],
  );
  if (chart.rows.length === 0) return null;
  return (
    <figure className="bulletin-chart">
      <div className="live-chart">
        <ChartPanel
          title={title}
          fileName={fileName}
          chart={{ option: chart.option, height: chart.height }}
          table={{ columns, rows: chart.rows, rowKey: (row) => row.id }}
        />
      </div>
      {image && <img className="chart-image" src={image.dataUrl} width={image.width} height={image.height} alt={title} />}
      <figcaption className="chart-caption">{title}</figcaption>
    </figure>
  );
}
