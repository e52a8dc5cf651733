import type { EChartsCoreOption } from 'echarts/core';
import type { ThemeTokens } from '../../ui';
import { tooltipHtml } from '../escape';

/** How a value axis is scaled: rates are fractions (0–1), scores 0–100, counts from 0. */
export type ValueScale = 'rate' | 'score' | 'count';

export interface ValueExtent {
  min: number;
  max: number;
}

const SCALE_LIMITS: Record<ValueScale, ValueExtent> = {
  rate: { min: 0, max: 1 },
  score: { min: 0, max: 100 },
  count: { min: 0, max: Infinity },
};

/**
 * The value axis of a ranking: for rates and scores it starts just below the lowest value, on a
 * round step of the data's own spread, so 99.91% and 99.97% are bars of visibly different length
 * (real rates crowd under 100%; an axis from 0 would draw them all the same). Counts start at 0:
 * a bar of counts is read as a quantity.
 */
export function nearDataExtent(values: readonly number[], scale: ValueScale): ValueExtent | null {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  const limits = SCALE_LIMITS[scale];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  if (scale === 'count') {
    // Counts can be negative only for a difference indicator; keep 0 in view either way.
    const max = high > 0 ? high : 1;
    return { min: Math.min(0, low), max };
  }
  const unit = scale === 'rate' ? 0.0001 : 0.01;
  let spread = high - low;
  if (spread < unit) spread = Math.max(unit, Math.abs(high) * (scale === 'rate' ? 0.002 : 0.02));
  const step = Math.max(unit, 10 ** Math.floor(Math.log10(spread)));
  const min = Math.max(limits.min, Math.floor((low - spread * 0.25) / step) * step);
  const max = Math.min(limits.max, Math.ceil((high + spread * 0.05) / step) * step);
  // Rounding in binary floating point: keep the extent on the step to the digit.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const round = (value: number) => Number(value.toFixed(digits));
  const extent = { min: round(min), max: round(max) };
  if (extent.max <= extent.min) extent.max = round(Math.min(limits.max, extent.min + step));
  if (extent.max <= extent.min) extent.min = round(Math.max(limits.min, extent.max - step));
  return extent;
}

export interface RankingBarRow {
  /** The office id: categories are ids, because names repeat across counties (城东街道). */
  id: string;
  /** What is drawn on the axis and in the tooltip heading (drawn as canvas text, escaped in HTML). */
  name: string;
  rank: number;
  value: number;
  /** Bars of offices holding a card are drawn in the card's colour. */
  card?: 'red' | 'yellow' | null;
}

export interface RankingBarInput {
  /** In rank order, best first; drawn top to bottom. */
  rows: readonly RankingBarRow[];
  scale: ValueScale;
  /** The measure drawn: 综合得分 or an indicator's label. */
  seriesName: string;
  formatValue: (value: number) => string;
  /** "第 3 名" */
  formatRank: (rank: number) => string;
  rankLabel: string;
  tokens: ThemeTokens;
}

/** Rows beyond this scroll inside the chart instead of squeezing the bars. */
export const RANKING_VISIBLE_ROWS = 40;

/** Height the ranking chart needs for its rows, in px. */
export function rankingChartHeight(rowCount: number): number {
  return Math.max(220, Math.min(rowCount, RANKING_VISIBLE_ROWS) * 24 + 56);
}

/** A sorted horizontal bar chart of one kind's ranking; clicking a bar gives its dataIndex (= row). */
export function rankingBarOption(input: RankingBarInput): EChartsCoreOption {
  const { rows, scale, seriesName, formatValue, formatRank, rankLabel, tokens } = input;
  const extent = nearDataExtent(
    rows.map((row) => row.value),
    scale,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const colour = (row: RankingBarRow) => (row.card === 'red' ? tokens.red : row.card === 'yellow' ? tokens.yellow : tokens.accent);
  const scrolls = rows.length > RANKING_VISIBLE_ROWS;

  return {
    animation: false,
    grid: { left: 8, right: scrolls ? 96 : 72, top: 8, bottom: 24 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { dataIndex?: number }) => {
        const row = rows[params.dataIndex ?? -1];
        if (!row) return '';
        return tooltipHtml(row.name, [
          { label: rankLabel, value: formatRank(row.rank) },
          { label: seriesName, value: formatValue(row.value) },
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: extent?.min,
      max: extent?.max,
      scale: scale !== 'count',
      minInterval: scale === 'rate' ? 0.0001 : scale === 'score' ? 0.01 : 1,
      axisLabel: { formatter: (value: number) => formatValue(value), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.id),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        width: 150,
        overflow: 'truncate',
        formatter: (id: string) => {
          const row = byId.get(id);
          return row ? `${row.rank}. ${row.name}` : id;
        },
      },
    },
    dataZoom: scrolls
      ? [
          { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: RANKING_VISIBLE_ROWS - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true },
          { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: RANKING_VISIBLE_ROWS - 1, right: 8, width: 16, showDetail: false },
        ]
      : [],
    series: [
      {
        type: 'bar',
        name: seriesName,
        barMaxWidth: 18,
        cursor: 'pointer',
        data: rows.map((row) => ({ value: row.value, itemStyle: { color: colour(row) } })),
        label: {
          show: true,
          position: 'right',
          color: tokens.text,
          formatter: (params: { dataIndex?: number }) => {
            const row = rows[params.dataIndex ?? -1];
            return row ? formatValue(row.value) : '';
          },
        },
      },
    ],
  };
}
