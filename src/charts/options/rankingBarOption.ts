import type { ThemeTokens } from '../../ui';
import { tooltipHtml } from '../escape';
import { valueAxisExtent, type AxisExtent } from './axis';
import type { CallbackParam, ChartOption } from './types';

/** How a value axis is scaled: rates are fractions (0–1), scores 0–100, counts from 0. */
export type ValueScale = 'rate' | 'score' | 'count';

/**
 * The value axis of a ranking. Scores and counts are drawn as bars, read by their length, so they
 * start at 0 (a score runs to 100): 62.8 must look like two thirds of 89, not a third. Rates crowd
 * just under 100%, where 0.01 point matters: they are drawn as dots on an axis that starts just
 * below the lowest value — a dot's position, not a bar's length, so nothing is exaggerated — and
 * the axis says that it is zoomed and over what range.
 */
export function rankingAxisExtent(values: readonly number[], scale: ValueScale): AxisExtent {
  if (scale === 'score') return { min: 0, max: 100, interval: 20 };
  return valueAxisExtent(values, scale);
}

export interface RankingBarRow {
  /** The office id: categories are ids, because names repeat across counties (城东街道). */
  id: string;
  /** What is drawn on the axis and in the tooltip heading (drawn as canvas text, escaped in HTML). */
  name: string;
  rank: number;
  value: number;
  /** Offices holding a card are drawn in the card's colour (red = bad), which the legend states. */
  card?: 'red' | 'yellow' | null;
}

/** What each colour means, for the legend: one meaning per chart, stated. */
export interface RankingLegend {
  red: string;
  yellow: string;
  none: string;
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
  /** The colours' meanings, drawn as a legend; without it the colours go unexplained (avoid). */
  legend?: RankingLegend;
  /** For a rate's zoomed axis: "横轴局部放大：99.00%–100.00%", from the axis' ends as displayed. */
  zoomNote?: (min: string, max: string) => string;
}

/** The category of the row that stands for the rows left out (never an office id: those are data). */
export const OMITTED_CATEGORY = '\u0000omitted';

/** Rows beyond this scroll inside the chart instead of squeezing the bars. */
export const RANKING_VISIBLE_ROWS = 40;

/** Room above the rows for the legend, and below them for the axis and its zoom note. */
const TOP_WITH_LEGEND = 32;
const BOTTOM_WITH_NOTE = 48;

/** Height the ranking chart needs for its rows, in px (with room for a legend and a zoom note). */
export function rankingChartHeight(rowCount: number): number {
  return Math.max(220, Math.min(rowCount, RANKING_VISIBLE_ROWS) * 24 + 56 + TOP_WITH_LEGEND);
}

type Category = keyof RankingLegend;
const CATEGORIES: readonly Category[] = ['red', 'yellow', 'none'];

/**
 * A ranking of one kind, best on top: bars from 0 for scores and counts, dots on a zoomed and
 * labelled axis for rates. Colour has one meaning, stated in the legend: red = a red card, yellow
 * = a yellow card, blue = none. Clicking a bar or dot gives its dataIndex (= row); clicking a name
 * on the axis gives componentType 'yAxis' and the office id as value.
 */
export function rankingBarOption(input: RankingBarInput): ChartOption {
  const { scale, seriesName, formatValue, formatRank, rankLabel, tokens, legend, omitted } = input;
  const extent = rankingAxisExtent(
    input.rows.map((row) => row.value),
    scale,
  );
  const dots = scale === 'rate';
  // The slots drawn top to bottom: the rows, with null where the rows left out would be.
  const rows: (RankingBarRow | null)[] =
    omitted && omitted.after > 0 && omitted.after < input.rows.length
      ? [...input.rows.slice(0, omitted.after), null, ...input.rows.slice(omitted.after)]
      : [...input.rows];
  const byId = new Map(input.rows.map((row) => [row.id, row]));
  const category = (row: RankingBarRow): Category => row.card ?? 'none';
  const colour: Record<Category, string> = { red: tokens.red, yellow: tokens.yellow, none: tokens.accent };
  const scrolls = rows.length > RANKING_VISIBLE_ROWS;
  const present = CATEGORIES.filter((entry) => input.rows.some((row) => category(row) === entry));
  // Without a legend, one series as before; with one, a series per colour so the legend names it.
  const groups: (Category | null)[] = legend ? present : [null];
  const zoomed = dots && extent.min > 0 && input.zoomNote !== undefined;

  const label = {
    show: true,
    position: 'right' as const,
    color: tokens.text,
    formatter: (raw: unknown) => {
      const row = rows[(raw as CallbackParam).dataIndex ?? -1];
      return row ? formatValue(row.value) : '';
    },
  };
  const series = groups.map((group) => {
    const data = rows.map((row) =>
      row === null
        ? { value: null as number | null }
        : group === null || category(row) === group
          ? { value: row.value, itemStyle: { color: colour[category(row)] } }
          : { value: null as number | null },
    );
    const name = group === null ? seriesName : legend![group];
    return dots
      ? {
          type: 'line' as const,
          name,
          data,
          // A dot per office, no line between them: its position is its value.
          lineStyle: { opacity: 0 },
          symbol: 'circle',
          symbolSize: 11,
          showSymbol: true,
          connectNulls: false,
          cursor: 'pointer',
          itemStyle: group === null ? undefined : { color: colour[group] },
          emphasis: { scale: 1.4 },
          label,
        }
      : {
          type: 'bar' as const,
          name,
          stack: 'ranking',
          barMaxWidth: 18,
          cursor: 'pointer',
          data,
          itemStyle: group === null ? undefined : { color: colour[group] },
          label,
        };
  });

  return {
    animation: false,
    grid: { left: 8, right: scrolls ? 96 : 72, top: legend ? TOP_WITH_LEGEND : 8, bottom: zoomed ? BOTTOM_WITH_NOTE : 24 },
    legend: legend ? { top: 0, left: 8, selectedMode: false, icon: dots ? 'circle' : 'rect', data: present.map((entry) => legend[entry]) } : undefined,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (raw: unknown) => {
        const row = rows[(raw as CallbackParam).dataIndex ?? -1];
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
      minInterval: scale === 'rate' ? 0.0001 : scale === 'score' ? 0.01 : 1,
      // A score axis ticks at whole numbers (0, 20 … 100); values keep their two decimals.
      axisLabel: { formatter: (value: number) => (scale === 'score' && Number.isInteger(value) ? String(value) : formatValue(value)), hideOverlap: true },
      // A zoomed axis says so, with its range.
      name: zoomed ? input.zoomNote!(formatValue(extent.min), formatValue(extent.max ?? 1)) : undefined,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: tokens.textMuted, fontSize: 12 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => (row ? row.id : OMITTED_CATEGORY)),
      // A click on an office's name opens it too (the event's value is the office id).
      triggerEvent: true,
      axisTick: { show: false },
      // Dots need a guide to their row.
      splitLine: dots ? { show: true, lineStyle: { color: tokens.border, type: 'dotted' } } : undefined,
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
    series,
  };
}
