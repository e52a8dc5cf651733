import { describe, expect, test } from 'vitest';
import { screenVolumeBarsOption } from '../../../src/charts/options/screenVolumeBars';
import { SCREEN_CHART_TEXT, screenChartOption } from '../../../src/charts/options/screenStyle';
import { DARK } from '../../../src/ui/theme/tokens';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('screenVolumeBarsOption', () => {
  const input = {
    bars: [
      { id: 'd1', name: '县公安局', value: 600, share: 0.6, rest: false },
      { id: 'x', name: '{evil|x}<b>', value: 100, share: 0.1, rest: false },
      { id: 'rest', name: '其余 12 个单位', value: 300, share: 0.3, rest: true },
    ],
    seriesName: '受理件数',
    formatValue: (value: number) => String(value),
    formatShare: (share: number) => `${(share * 100).toFixed(2)}%`,
    shareLabel: '占比',
    color: '#00f',
    restColor: '#888',
    labelColor: '#fff',
  };

  test('one bar per unit, largest on top, the rest summed in a colour of its own, labelled with count and share', () => {
    const option = screenVolumeBarsOption(input) as Obj;
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual(['d1', 'x', 'rest']);
    expect(option.xAxis.min).toBe(0);
    expect(option.series[0].data.map((d: Obj) => [d.value, d.itemStyle.color])).toEqual([
      [600, '#00f'],
      [100, '#00f'],
      [300, '#888'],
    ]);
    expect(option.series[0].label.formatter({ dataIndex: 0 })).toBe('600 · 60.00%');
  });

  test('names from data cannot open rich-text markup on the axis, and are escaped in the tooltip', () => {
    const option = screenVolumeBarsOption(input) as Obj;
    expect(option.yAxis.axisLabel.formatter('x')).toBe('｛evil｜x｝<b>');
    const html = option.tooltip.formatter({ dataIndex: 1 }) as string;
    expect(html).toContain('{evil|x}&lt;b&gt;');
    expect(html).not.toContain('x}<b>');
  });

  test('styled for the wall, its text and bars scale with the canvas', () => {
    const styled = screenChartOption(screenVolumeBarsOption(input), { unit: 2, tokens: DARK }) as Obj;
    expect(styled.yAxis.axisLabel.fontSize).toBe(SCREEN_CHART_TEXT.axis * 2);
    expect(styled.yAxis.axisLabel.width).toBe(600);
    expect(styled.series[0].label.fontSize).toBe(SCREEN_CHART_TEXT.label * 2);
    expect(styled.series[0].barMaxWidth).toBe(68);
  });
});
