import { tooltipHtml } from '../escape';
import { valueAxisExtent, percentAxisLabel, type AxisUnit } from './axis';
import type { CallbackParam, ChartOption, ValueFormatter } from './types';

export interface TrendLine {
  /** Shown in the legend and the tooltip; may come from data (an office name). */
  name: string;
  /** One value per month, null where there is none: drawn as a gap, never as 0. */
  values: readonly (number | null)[];
}

export interface TrendPanel {
  /** Drawn above the panel when there are several panels. */
  title?: string;
  unit: AxisUnit;
  lines: readonly TrendLine[];
  formatValue: ValueFormatter;
  /** Tick labels of a count axis (the screen's number format); ECharts' own (1,000) by default. Rates are always percentages. */
  formatAxis?: (value: number) => string;
  /** Lines of reference across a rate's panel (target, warning and red lines), kept within the axis. */
  guides?: readonly { value: number; label: string; color: string }[];
}

export interface TrendOptionInput {
  /** Month labels, oldest first (already formatted for the locale). */
  categories: readonly string[];
  /** Per month: some office due to report had not. Marked on the chart, never drawn as complete. */
  partial: readonly boolean[];
  /** "数据不完整": the mark on partial months. */
  partialNote: string;
  /** One panel draws one axis; several are drawn as small multiples, each axis near its own data. */
  panels: readonly TrendPanel[];
  /** Small multiples per row (default 2). */
  columns?: number;
  /** Colour of the partial-month marks. */
  markColor?: string;
  /**
   * How a rate axis that does not start at 0 says so: a single panel names its range
   * ("纵轴局部放大：99.00%～100.00%"), a small multiple adds it to its title ("好评率（纵轴局部放大）").
   */
  zoom?: { range: (min: string, max: string) => string; title: (title: string) => string };
}

interface Box {
  left: string;
  top: string | number;
  width: string;
  height?: string;
  bottom?: string;
}

/**
 * Where each panel is drawn. A single panel leaves room above it, in pixels, for the legend, the
 * axis' name (a zoom note) and the label of a guide at the top of the axis, each on its own line.
 */
function panelBoxes(count: number, columns: number, legend: boolean, named = false, guided = false): Box[] {
  if (count === 1) return [{ left: '2%', top: (legend ? 30 : 10) + (named ? 18 : 0) + (guided ? 14 : 0), width: '94%', bottom: '10%' }];
  const rows = Math.ceil(count / columns);
  const rowHeight = 100 / rows;
  const colWidth = 100 / columns;
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / columns);
    const col = i % columns;
    return {
      left: `${(col * colWidth + 1.5).toFixed(2)}%`,
      top: `${(row * rowHeight + rowHeight * 0.2).toFixed(2)}%`,
      width: `${(colWidth - 4).toFixed(2)}%`,
      height: `${(rowHeight * 0.62).toFixed(2)}%`,
    };
  });
}

/** Runs of consecutive partial months, as [first, last] indices. */
export function partialRuns(partial: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  partial.forEach((isPartial, index) => {
    if (!isPartial) return;
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  });
  return runs;
}

/**
 * Indicators month by month: one line per series, gaps where a month has no value, partial
 * months marked with a dashed line. Rate axes read as percentages with two decimals and start
 * near the data. Several panels become small multiples sharing one tooltip, so related rates of
 * different magnitudes (66% online, 99.9% good reviews) each keep a readable axis.
 */
export function trendOption(input: TrendOptionInput): ChartOption {
  const { categories, panels } = input;
  const columns = Math.max(1, input.columns ?? 2);
  const single = panels.length === 1;
  const legendNames = single ? panels[0]!.lines.map((line) => line.name) : [];
  const guided = panels.some((panel) => (panel.guides?.length ?? 0) > 0);
  const boxes = panelBoxes(panels.length, columns, single && legendNames.length > 1, single && input.zoom !== undefined && panels[0]!.unit === 'rate', guided);
  // The tooltip formats each series with its own panel's formatter.
  const formatters: ValueFormatter[] = [];

  const grid = boxes.map((box) => ({ ...box, outerBoundsMode: 'same' as const, outerBoundsContain: 'axisLabel' as const }));
  const xAxis = panels.map((_, index) => ({
    type: 'category' as const,
    gridIndex: index,
    data: [...categories],
    boundaryGap: false,
    axisLabel: { hideOverlap: true },
  }));
  const yAxis = panels.map((panel, index) => {
    // The guides are part of the picture: the axis reaches them, so a target is never off the chart.
    const extent = valueAxisExtent([...panel.lines.flatMap((line) => line.values), ...(panel.guides ?? []).map((guide) => guide.value)], panel.unit);
    const zoomed = panel.unit === 'rate' && extent.min > 0 && input.zoom !== undefined;
    const name = single
      ? zoomed
        ? input.zoom!.range(percentAxisLabel(extent.min), percentAxisLabel(extent.max ?? 1))
        : undefined
      : zoomed && panel.title
        ? input.zoom!.title(panel.title)
        : panel.title;
    return {
      type: 'value' as const,
      gridIndex: index,
      min: extent.min,
      max: extent.max,
      interval: extent.interval,
      name,
      nameLocation: 'end' as const,
      // Above the label of a guide at the top of the axis.
      nameGap: guided ? 22 : 10,
      nameTextStyle: { align: 'left' as const, fontWeight: 'bold' as const },
      splitNumber: single ? 5 : 3,
      axisLabel: { formatter: panel.unit === 'rate' ? percentAxisLabel : panel.formatAxis, hideOverlap: true },
    };
  });

  // On each panel's first line: the guides (horizontal lines) and the partial months, shaded as
  // one band per run of them with the note once — a line through the month would cross its point,
  // and two months in a row would stack two notes.
  const partialColor = input.markColor ?? '#b7791f';
  // Months are points (no gap at the ends): a band covers the segments that lead into its months.
  const partialBands = partialRuns(input.partial).map(([first, last]) => {
    const from = Math.max(0, first - 1);
    const to = last > from ? last : Math.min(from + 1, categories.length - 1);
    return [{ xAxis: from }, { xAxis: to }] as [{ xAxis: number }, { xAxis: number }];
  });
  const markArea =
    partialBands.length === 0
      ? undefined
      : {
          silent: true,
          itemStyle: { color: partialColor, opacity: 0.14 },
          // At the foot of the band: the guides' labels are at the top of the axis.
          label: { formatter: input.partialNote, position: 'insideBottom' as const, color: partialColor, fontSize: 11 },
          data: partialBands,
        };
  const marks = (panel: TrendPanel) => {
    if (!panel.guides?.length) return undefined;
    return {
      silent: true,
      symbol: 'none',
      data: panel.guides.map((guide) => ({
        yAxis: guide.value,
        lineStyle: { type: 'solid' as const, color: guide.color, width: 1, opacity: 0.8 },
        // At the start, clear of the partial-month band at the end.
        label: { formatter: guide.label, position: 'insideStartTop' as const, color: guide.color, fontSize: 11 },
      })),
    };
  };

  const series = panels.flatMap((panel, panelIndex) =>
    panel.lines.map((line, lineIndex) => {
      formatters.push(panel.formatValue);
      return {
        type: 'line' as const,
        name: line.name,
        xAxisIndex: panelIndex,
        yAxisIndex: panelIndex,
        data: line.values.map((value) => (typeof value === 'number' && Number.isFinite(value) ? value : null)),
        connectNulls: false,
        showSymbol: categories.length <= 24,
        symbolSize: 5,
        emphasis: { focus: 'series' as const },
        markLine: lineIndex === 0 ? marks(panel) : undefined,
        markArea: lineIndex === 0 ? markArea : undefined,
      };
    }),
  );

  return {
    animation: false,
    grid,
    legend: single && legendNames.length > 1 ? { top: 0, type: 'scroll', data: legendNames } : undefined,
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (raw: unknown) => {
        const params = (Array.isArray(raw) ? raw : [raw]) as CallbackParam[];
        const index = params[0]?.dataIndex ?? 0;
        const heading = `${categories[index] ?? ''}${input.partial[index] ? ` ${input.partialNote}` : ''}`;
        return tooltipHtml(
          heading,
          params.map((param) => {
            const seriesIndex = (param as { seriesIndex?: number }).seriesIndex ?? 0;
            const format = formatters[seriesIndex] ?? panels[0]!.formatValue;
            const value = typeof param.value === 'number' ? param.value : null;
            return { label: param.seriesName ?? '', value: format(value), color: typeof param.color === 'string' ? param.color : undefined };
          }),
        );
      },
    },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    xAxis,
    yAxis,
    series,
  };
}
