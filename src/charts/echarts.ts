// Only the parts we draw with are registered: the first screen must not carry all of ECharts.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { DARK, LIGHT, type ThemeTokens } from '../ui';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  DataZoomComponent,
  AriaComponent,
  CanvasRenderer,
]);

function themeFromTokens(tokens: ThemeTokens) {
  return {
    color: [...tokens.series],
    backgroundColor: 'transparent',
    textStyle: { color: tokens.text, fontFamily: "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif" },
    legend: { textStyle: { color: tokens.textMuted } },
    categoryAxis: {
      axisLine: { lineStyle: { color: tokens.border } },
      axisLabel: { color: tokens.textMuted },
      splitLine: { lineStyle: { color: tokens.border } },
    },
    valueAxis: {
      axisLine: { lineStyle: { color: tokens.border } },
      axisLabel: { color: tokens.textMuted },
      splitLine: { lineStyle: { color: tokens.border, type: 'dashed' } },
    },
  };
}

echarts.registerTheme('spd-light', themeFromTokens(LIGHT));
echarts.registerTheme('spd-dark', themeFromTokens(DARK));

export { echarts };
export type ChartTheme = 'light' | 'dark';
