import { describe, expect, test } from 'vitest';
import { cardsOverTimeOption } from '../../../src/charts/options/cardsOverTimeOption';
import { AXIS_LABEL_MARGIN, SCREEN_CHART_TEXT, screenChartOption } from '../../../src/charts/options/screenStyle';
import { trendOption } from '../../../src/charts/options/trend';
import { DARK } from '../../../src/ui/theme/tokens';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const trend = () =>
  trendOption({
    categories: ['1月', '2月', '3月'],
    partial: [false, false, true],
    partialNote: '数据不完整',
    panels: [
      { title: '受理件数', unit: 'count', lines: [{ name: '受理件数', values: [10, 12, null] }], formatValue: (v) => String(v) },
      { title: '好评率', unit: 'rate', lines: [{ name: '好评率', values: [0.9991, 0.9997, 0.9993] }], formatValue: (v) => String(v) },
    ],
  });

describe('screenChartOption', () => {
  test('text and strokes scale with the canvas; what is drawn stays the same', () => {
    const base = trend() as Obj;
    const styled = screenChartOption(base, { unit: 2, tokens: DARK }) as Obj;
    expect(styled.textStyle.fontSize).toBe(SCREEN_CHART_TEXT.axis * 2);
    for (const axis of [...styled.xAxis, ...styled.yAxis]) {
      expect(axis.axisLabel.fontSize).toBe(SCREEN_CHART_TEXT.axis * 2);
      expect(axis.axisLabel.hideOverlap).toBe(true);
    }
    // Ranges and formatters are the builder's: rates stay near the data.
    expect(styled.yAxis.map((axis: Obj) => [axis.min, axis.max])).toEqual(base.yAxis.map((axis: Obj) => [axis.min, axis.max]));
    expect(styled.yAxis[1].axisLabel.formatter).toBe(base.yAxis[1].axisLabel.formatter);
    expect(styled.series.map((series: Obj) => series.data)).toEqual(base.series.map((series: Obj) => series.data));
    expect(styled.series[0].lineStyle.width).toBe(6);
    expect(styled.series[0].symbolSize).toBe(base.series[0].symbolSize * 2);
    expect(styled.series[0].markArea.label.fontSize).toBe(SCREEN_CHART_TEXT.markLabel * 2);
    expect(styled.series[0].markArea.label.formatter).toBe('数据不完整');
    // Percentages are relative already and stay as they are.
    expect(styled.grid.map((grid: Obj) => grid.left)).toEqual(base.grid.map((grid: Obj) => grid.left));
  });

  test('pixel lengths scale, the tooltip gets the dark surface and keeps its escaping formatter', () => {
    const base = cardsOverTimeOption({
      months: [{ month: '2025-01', red: 1, yellow: 2, partial: false }],
      formatMonth: (m) => m,
      formatCount: (v) => String(v),
      labels: { red: '红牌', yellow: '黄牌', total: '合计', partial: '不完整' },
      tokens: DARK,
    }) as Obj;
    const styled = screenChartOption(base, { unit: 1.5, tokens: DARK }) as Obj;
    expect(styled.grid).toMatchObject({ left: base.grid.left * 1.5, top: base.grid.top * 1.5 });
    expect(styled.series[0].barMaxWidth).toBe(base.series[0].barMaxWidth * 1.5);
    expect(styled.legend.textStyle.fontSize).toBe(SCREEN_CHART_TEXT.legend * 1.5);
    expect(styled.tooltip).toMatchObject({ backgroundColor: DARK.surface, borderColor: DARK.border });
    expect(styled.tooltip.formatter).toBe(base.tooltip.formatter);
    expect(styled.tooltip.textStyle.color).toBe(DARK.text);
  });

  test('the input option is not changed', () => {
    const base = trend() as Obj;
    const copy = JSON.stringify(base);
    screenChartOption(base, { unit: 3, tokens: DARK });
    expect(JSON.stringify(base)).toBe(copy);
  });
});

describe('guides on the trend lines, and the corner where two axes meet', () => {
  const withTarget = () =>
    trendOption({
      categories: ['2025年11月', '12月', '2026年1月'],
      partial: [false, false, true],
      partialNote: '数据不完整',
      panels: [
        {
          title: '网上办理率',
          unit: 'rate',
          lines: [{ name: '网上办理率', values: [0.84, 0.85, 0.86] }],
          formatValue: (v) => String(v),
          guides: [{ value: 0.9, label: '目标 90.00%', color: '#0f0' }],
        },
        { title: '受理件数', unit: 'count', lines: [{ name: '受理件数', values: [10, 12, 11] }], formatValue: (v) => String(v) },
      ],
    }) as Obj;

  test('on the wall, the target’s label is sized like the other marks, and the first month starts at the corner instead of centring on it', () => {
    const styled = screenChartOption(withTarget(), { unit: 2, tokens: DARK }) as Obj;
    const target = (styled.series[0].markLine.data as Obj[]).find((mark) => mark.yAxis !== undefined)!;
    expect(target.label.fontSize).toBe(SCREEN_CHART_TEXT.markLabel * 2);
    expect(target.lineStyle.width).toBe(3);
    expect(target.lineStyle.color).toBe('#0f0');
    // At the end of the line, clear of the panel's title above the axis.
    expect(target.label.position).toBe('insideEndTop');
    for (const axis of styled.xAxis) expect(axis.axisLabel).toMatchObject({ alignMinLabel: 'left', alignMaxLabel: 'right' });
    for (const axis of styled.yAxis) expect(axis.axisLabel.alignMinLabel).toBeUndefined();
  });

  test('on the wall, the gap between an axis and its labels scales with the canvas and clears half a label', () => {
    for (const unit of [1, 2]) {
      const styled = screenChartOption(withTarget(), { unit, tokens: DARK }) as Obj;
      for (const axis of [...styled.xAxis, ...styled.yAxis]) {
        expect(axis.axisLabel.margin).toBe(AXIS_LABEL_MARGIN * unit);
        expect(axis.axisLabel.margin).toBeGreaterThan((axis.axisLabel.fontSize as number) / 2);
      }
    }
  });
});
