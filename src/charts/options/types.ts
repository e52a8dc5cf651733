import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AxisPointerComponentOption,
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

/** The options our registered parts accept (src/charts/echarts.ts): builders can use nothing else. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | DataZoomComponentOption
  | AxisPointerComponentOption
>;

/** Turns a value into screen text: the screen's formatter (rates two decimals, '—' for none). */
export type ValueFormatter = (value: number | null) => string;

/** The subset of an ECharts tooltip/label callback parameter the builders read. */
export interface CallbackParam {
  dataIndex?: number;
  seriesName?: string;
  name?: string;
  value?: unknown;
  color?: unknown;
  data?: unknown;
  percent?: number;
}
