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
  /** The scheme's target, drawn as a dashed line across the panel with its label ("目标 90.00%"); the axis reaches it. */
  target?: { value: number; label: string };
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
  /** Colour of the target lines. */
  targetColor?: string;
}

interface Box {
  left: string;
  top: string;
  width: string;
  height: string;
}

function panelBoxes(count: number, columns: number, legend: boolean): Box[] {
  if (count === 1) return [{ left: '2%', top: legend ? '14%' : '8%', width: '94%', height: legend ? '72%' : '80%' }];
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
  const boxes = panelBoxes(panels.length, columns, single && legendNames.length > 1);
  const partialIndices = input.partial.flatMap((partial, index) => (partial ? [index] : []));
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
    const extent = valueAxisExtent(
      [...panel.lines.flatMap((line) => line.values), ...(panel.target ? [panel.target.value] : [])],
      panel.unit,
    );
    return {
      type: 'value' as const,
      gridIndex: index,
      min: extent.min,
      max: extent.max,
      interval: extent.interval,
      name: single ? undefined : panel.title,
      nameLocation: 'end' as const,
      nameGap: 10,
      nameTextStyle: { align: 'left' as const, fontWeight: 'bold' as const },
      splitNumber: single ? 5 : 3,
      axisLabel: { formatter: panel.unit === 'rate' ? percentAxisLabel : panel.formatAxis, hideOverlap: true },
    };
  });

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
        markLine:
          lineIndex === 0 && (partialIndices.length > 0 || panel.target)
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed' as const, color: input.markColor ?? '#b7791f', width: 1 },
                label: { formatter: input.partialNote, position: 'insideEndTop' as const, color: input.markColor ?? '#b7791f', fontSize: 11 },
                data: [
                  ...partialIndices.map((index) => ({ xAxis: index })),
                  ...(panel.target
                    ? [
                        {
                          yAxis: panel.target.value,
                          lineStyle: { type: 'dashed' as const, color: input.targetColor ?? '#6b7280', width: 1 },
                          label: { formatter: panel.target.label, position: 'insideEndTop' as const, color: input.targetColor ?? '#6b7280', fontSize: 11 },
                        },
                      ]
                    : []),
                ],
              }
            : undefined,
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
