import { tooltipHtml } from '../escape';
import { richSafe } from './richText';
import type { CallbackParam, ChartOption } from './types';

export interface VolumeBar {
  /** Unique: the office id, or a key of ours for the rest. */
  id: string;
  /** Shown on the axis and in the tooltip; from data (an office name), or the rest's words. */
  name: string;
  value: number;
  /** value / the scope's total, from counts. */
  share: number;
  /** The bar of everyone else summed: drawn apart so it is not read as one unit. */
  rest: boolean;
}

export interface VolumeBarsInput {
  bars: readonly VolumeBar[];
  seriesName: string;
  formatValue: (value: number) => string;
  formatShare: (share: number) => string;
  /** Words before the share in the tooltip ("占比"). */
  shareLabel: string;
  color: string;
  restColor: string;
  /** The labels' colour (on the panel, beside the bars). */
  labelColor: string;
}

/**
 * Where the items were accepted, readable at any scale: the busiest units one bar each, largest on
 * top, the rest summed in one bar of another colour, each bar labelled with its count and share. A
 * ring of 13 counties or 300 departments turns into slivers; bars stay legible. Sizes are design
 * px: the screen scales them (screenStyle.ts).
 */
export function screenVolumeBarsOption(input: VolumeBarsInput): ChartOption {
  const { bars } = input;
  return {
    animation: false,
    // Room on the right for the longest label ("134,668  34.69%") beside the longest bar.
    grid: { left: 8, right: 190, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', min: 0, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.id),
      axisTick: { show: false },
      axisLabel: {
        width: 300,
        overflow: 'truncate',
        formatter: (id: string) => richSafe(bars.find((bar) => bar.id === id)?.name ?? ''),
      },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (raw: unknown) => {
        const bar = bars[(raw as CallbackParam).dataIndex ?? -1];
        return bar
          ? tooltipHtml(bar.name, [
              { label: input.seriesName, value: input.formatValue(bar.value) },
              { label: input.shareLabel, value: input.formatShare(bar.share) },
            ])
          : '';
      },
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        barMaxWidth: 34,
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.rest ? input.restColor : input.color, borderRadius: [0, 4, 4, 0] } })),
        label: {
          show: true,
          position: 'right',
          color: input.labelColor,
          textBorderWidth: 0,
          formatter: (raw: unknown) => {
            const bar = bars[(raw as CallbackParam).dataIndex ?? -1];
            return bar ? `${input.formatValue(bar.value)} · ${input.formatShare(bar.share)}` : '';
          },
        },
      },
    ],
  };
}
