import type { ThemeTokens } from '../../ui';
import { tooltipHtml } from '../escape';
import { valueAxisExtent, type AxisExtent } from './axis';
import type { CallbackParam, ChartOption } from './types';

/** How a value axis is scaled: rates are fractions (0–1), scores 0–100, counts from 0. */
export type ValueScale = 'rate' | 'score' | 'count';

/**
 * The value axis of a ranking: rates and scores start just below the lowest value, so 99.91% and
 * 99.97% are bars of visibly different length (real rates and scores crowd near the top; from 0
 * they would all look the same). A score is a rate out of 100, so it takes the rate axis scaled.
 * Counts start at 0: a bar of counts is read as a quantity.
 */
export function rankingAxisExtent(values: readonly number[], scale: ValueScale): AxisExtent {
  if (scale !== 'score') return valueAxisExtent(values, scale);
  const extent = valueAxisExtent(
    values.map((value) => value / 100),
    'rate',
  );
  const scaled = (value: number) => Number((value * 100).toFixed(4));
  const scaleOrKeep = (value: number | undefined) => (value === undefined ? undefined : scaled(value));
  return { min: scaled(extent.min), max: scaleOrKeep(extent.max), interval: scaleOrKeep(extent.interval) };
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
  /**
   * Rows left out of a long ranking (the chart shows its top and bottom, the table the whole
   * list): an empty row after `after` rows, labelled with `label` (…中间 286 个从略…).
   */
  omitted?: { after: number; label: string };
}

/** The category of the row that stands for the rows left out (never an office id: those are data). */
export const OMITTED_CATEGORY = '\u0000omitted';

/** Rows beyond this scroll inside the chart instead of squeezing the bars. */
export const RANKING_VISIBLE_ROWS = 40;

/** Height the ranking chart needs for its rows, in px. */
export function rankingChartHeight(rowCount: number): number {
  return Math.max(220, Math.min(rowCount, RANKING_VISIBLE_ROWS) * 24 + 56);
}

/**
 * A sorted horizontal bar chart of one kind's ranking. Clicking a bar gives its dataIndex (= row);
 * clicking a name on the axis gives componentType 'yAxis' and the office id as value.
 */
export function rankingBarOption(input: RankingBarInput): ChartOption {
  const { scale, seriesName, formatValue, formatRank, rankLabel, tokens, omitted } = input;
  const extent = rankingAxisExtent(
    input.rows.map((row) => row.value),
    scale,
  );
  // The slots drawn top to bottom: the rows, with null where the rows left out would be.
  const rows: (RankingBarRow | null)[] =
    omitted && omitted.after > 0 && omitted.after < input.rows.length
      ? [...input.rows.slice(0, omitted.after), null, ...input.rows.slice(omitted.after)]
      : [...input.rows];
  const byId = new Map(input.rows.map((row) => [row.id, row]));
  const colour = (row: RankingBarRow) => (row.card === 'red' ? tokens.red : row.card === 'yellow' ? tokens.yellow : tokens.accent);
  const scrolls = rows.length > RANKING_VISIBLE_ROWS;

  return {
    animation: false,
    grid: { left: 8, right: scrolls ? 96 : 72, top: 8, bottom: 24 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (raw: unknown) => {
        const index = (raw as CallbackParam).dataIndex ?? -1;
        const row = rows[index];
        if (row === null && omitted) return tooltipHtml(omitted.label, []);
        if (!row) return '';
        return tooltipHtml(row.name, [
          { label: rankLabel, value: formatRank(row.rank) },
          { label: seriesName, value: formatValue(row.value) },
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: extent.min,
      max: extent.max,
      // Ticks on round steps from the axis start, so the lowest label is a round value too.
      interval: extent.interval,
      scale: scale !== 'count',
      minInterval: scale === 'rate' ? 0.0001 : scale === 'score' ? 0.01 : 1,
      axisLabel: { formatter: (value: number) => formatValue(value), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => (row ? row.id : OMITTED_CATEGORY)),
      // A click on an office's name opens it too (the event's value is the office id).
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        width: 150,
        overflow: 'truncate',
        formatter: (id: string) => {
          if (id === OMITTED_CATEGORY) return omitted?.label ?? '';
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
        data: rows.map((row) => (row ? { value: row.value, itemStyle: { color: colour(row) } } : { value: '-' as const })),
        label: {
          show: true,
          position: 'right',
          color: tokens.text,
          formatter: (raw: unknown) => {
            const row = rows[(raw as CallbackParam).dataIndex ?? -1];
            return row ? formatValue(row.value) : '';
          },
        },
      },
    ],
  };
}
