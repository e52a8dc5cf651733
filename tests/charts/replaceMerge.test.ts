import { describe, expect, test } from 'vitest';
import { echarts } from '../../src/charts/echartsParts';
import './render-svg';
import { replacedComponents } from '../../src/charts/replaceMerge';

const bars = (names: string[], legend: boolean) => ({
  animation: false,
  ...(legend ? { legend: { data: names } } : {}),
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: ['一月', '二月'] },
  yAxis: { type: 'value' },
  series: names.map((name) => ({ type: 'bar', name, data: [1, 2] })),
});

describe('replacedComponents: what a changed option replaces', () => {
  test('every component of either option, except a tooltip the new option keeps', () => {
    expect(replacedComponents(bars(['a', 'b'], true), bars(['a'], false)).sort()).toEqual(['legend', 'series', 'xAxis', 'yAxis']);
    // A tooltip the new option drops is replaced (removed), not kept.
    const { tooltip: _dropped, ...noTooltip } = bars(['a'], false);
    expect(replacedComponents(bars(['a'], false), noTooltip)).toContain('tooltip');
    expect(replacedComponents(null, bars(['a'], false))).not.toContain('tooltip');
  });

  test('drawn by ECharts: a series and a legend that are gone disappear, as with notMerge', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
    const first = bars(['受理件数', '办结件数'], true);
    chart.setOption(first);
    const before = chart.renderToSVGString();
    const next = bars(['受理件数'], false);
    chart.setOption(next, { replaceMerge: replacedComponents(first, next) });
    const after = chart.renderToSVGString();
    chart.dispose();
    expect(before).toContain('办结件数');
    expect(after).not.toContain('办结件数');
  });
});
