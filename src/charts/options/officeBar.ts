import type { Direction } from '../../domain';
import { tooltipHtml } from '../escape';
import { valueAxisExtent, percentAxisLabel, type AxisUnit } from './axis';
import type { CallbackParam, ChartOption, ValueFormatter } from './types';

export interface OfficeBarItem {
  officeId: string;
  /** From data: drawn as canvas text, and escaped in the tooltip. */
  name: string;
  value: number | null;
  /** The office did not report every month due: its bar is drawn pale and the tooltip says why. */
  partial?: boolean;
}

export interface OfficeBarInput {
  items: readonly OfficeBarItem[];
  seriesName: string;
  unit: AxisUnit;
  direction: Direction;
  formatValue: ValueFormatter;
  partialNote: string;
  /** Rows shown at once; more are reached with the scroll bar (default 20). */
  visibleRows?: number;
  colors?: { bar: string; partial: string; highlight: string };
  /** Drawn in the highlight colour (e.g. the office being looked at). */
  highlightId?: string;
  /** For a rate's zoomed axis: "横轴局部放大：99.00%～100.00%", from the axis' ends as displayed. */
  zoomNote?: (min: string, max: string) => string;
}

/** What a bar carries, so a click can open the office. */
export interface OfficeBarDatum {
  value: number;
  officeId: string;
  partial: boolean;
}

/**
 * Best first by the indicator's direction; offices without a value are left out (missing is not
 * zero, so they get no bar) and are listed in the table view. Ties keep a stable order by id.
 */
export function sortOfficeBars(items: readonly OfficeBarItem[], direction: Direction): (OfficeBarItem & { value: number })[] {
  const withValue = items.filter((item): item is OfficeBarItem & { value: number } => typeof item.value === 'number' && Number.isFinite(item.value));
  const sign = direction === 'higher' ? -1 : 1;
  return withValue.sort((a, b) => sign * (a.value - b.value) || (a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0));
}

const DEFAULT_COLORS = { bar: '#1457b8', partial: '#9db8e0', highlight: '#e0842b' };

/**
 * Offices side by side on one indicator, best on top, office names as the category labels. A count
 * is a bar from 0, read by its length. A rate is a dot on an axis that starts near the data, so
 * 99.91% and 99.97% look different without a cut bar exaggerating the gap; the axis says it is
 * zoomed and over what range. Long lists scroll instead of shrinking the rows to hairlines.
 */
export function officeBarOption(input: OfficeBarInput): ChartOption {
  const sorted = sortOfficeBars(input.items, input.direction);
  const colors = input.colors ?? DEFAULT_COLORS;
  const visibleRows = Math.max(1, input.visibleRows ?? 20);
  const scrolls = sorted.length > visibleRows;
  const extent = valueAxisExtent(
    sorted.map((item) => item.value),
    input.unit,
  );
  const dots = input.unit === 'rate';
  const zoomed = dots && extent.min > 0 && input.zoomNote !== undefined;
  const data = sorted.map((item) => ({
    value: item.value,
    officeId: item.officeId,
    partial: item.partial === true,
    itemStyle: { color: item.officeId === input.highlightId ? colors.highlight : item.partial ? colors.partial : colors.bar },
  }));

  return {
    animation: false,
    grid: {
      left: 8,
      right: scrolls ? 64 : 56,
      top: 8,
      bottom: zoomed ? 30 : 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      // A 10-pixel dot is hard to point at: a dot chart answers for the whole row under the pointer.
      ...(dots ? { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } } : { trigger: 'item' as const }),
      confine: true,
      formatter: (raw: unknown) => {
        const param = (Array.isArray(raw) ? raw[0] : raw) as CallbackParam;
        const datum = param.data as OfficeBarDatum | undefined;
        const value = typeof datum?.value === 'number' ? datum.value : null;
        const heading = `${param.name ?? ''}${datum?.partial ? ` ${input.partialNote}` : ''}`;
        return tooltipHtml(heading, [{ label: input.seriesName, value: input.formatValue(value) }]);
      },
    },
    xAxis: {
      type: 'value',
      min: extent.min,
      max: extent.max,
      interval: extent.interval,
      splitNumber: 4,
      axisLabel: input.unit === 'rate' ? { formatter: percentAxisLabel } : {},
      name: zoomed ? input.zoomNote!(percentAxisLabel(extent.min), percentAxisLabel(extent.max ?? 1)) : undefined,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { fontSize: 12 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((item) => item.name),
      axisTick: { show: false },
      axisLabel: { width: 150, overflow: 'truncate', interval: 0 },
      splitLine: dots ? { show: true, lineStyle: { type: 'dotted' } } : undefined,
    },
    dataZoom: scrolls
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            startValue: 0,
            endValue: visibleRows - 1,
            right: 4,
            width: 14,
            brushSelect: false,
            showDetail: false,
            zoomLock: true,
          },
          { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: visibleRows - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
        ]
      : [],
    series: [
      {
        ...(dots
          ? // A dot per office, no line between them: its position is its value.
            { type: 'line' as const, lineStyle: { opacity: 0 }, symbol: 'circle', symbolSize: 10, showSymbol: true, connectNulls: false }
          : { type: 'bar' as const, barMaxWidth: 18 }),
        name: input.seriesName,
        data,
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (raw: unknown) => {
            const datum = (raw as CallbackParam).data as OfficeBarDatum | undefined;
            return input.formatValue(typeof datum?.value === 'number' ? datum.value : null);
          },
        },
      },
    ],
  };
}
