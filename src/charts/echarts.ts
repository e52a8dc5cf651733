// Our themes on top of the registered parts (echartsParts.ts), which the UI benchmark's size reference uses alone.
import { DARK, LIGHT, type ThemeTokens } from '../ui';
import { echarts } from './echartsParts';

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
