import { tooltipHtml } from '../escape';
import type { CallbackParam, ChartOption, ValueFormatter } from './types';

export interface CompositionSlice {
  id: string;
  /** From data (an office name) or a label; canvas text, escaped in the tooltip. */
  name: string;
  value: number;
  /** value / total, computed by the screen from counts (charts compute nothing). */
  share: number;
}

export interface CompositionInput {
  slices: readonly CompositionSlice[];
  seriesName: string;
  formatValue: ValueFormatter;
  /** A fraction as a percentage: 0.4213 → 42.13% */
  formatShare: (share: number) => string;
  /** The label of the share in the tooltip, e.g. "占比". */
  shareLabel: string;
}

/**
 * What a total is made of: a ring of slices, largest first as given, each labelled with its name
 * and share. Zero or empty slices are left out: they have no area to draw.
 */
export function compositionOption(input: CompositionInput): ChartOption {
  const slices = input.slices.filter((slice) => Number.isFinite(slice.value) && slice.value > 0);
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (raw: unknown) => {
        const param = raw as CallbackParam;
        const slice = param.dataIndex === undefined ? undefined : slices[param.dataIndex];
        return tooltipHtml(param.name ?? '', [
          { label: input.seriesName, value: input.formatValue(slice ? slice.value : null) },
          { label: input.shareLabel, value: slice ? input.formatShare(slice.share) : input.formatValue(null) },
        ]);
      },
    },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle', data: slices.map((slice) => slice.name) },
    series: [
      {
        type: 'pie',
        name: input.seriesName,
        radius: ['42%', '70%'],
        center: ['38%', '50%'],
        avoidLabelOverlap: true,
        data: slices.map((slice) => ({ name: slice.name, value: slice.value, id: slice.id })),
        label: {
          formatter: (raw: unknown) => {
            const index = (raw as CallbackParam).dataIndex;
            const slice = index === undefined ? undefined : slices[index];
            return slice ? input.formatShare(slice.share) : '';
          },
        },
      },
    ],
  };
}
