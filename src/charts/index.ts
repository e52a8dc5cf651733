export { echarts, type ChartTheme } from './echarts';
export * from './EChart';
export * from './ChartPanel';
export * from './escape';
export { liveChartCount } from './registry';
