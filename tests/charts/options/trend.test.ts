import { describe, expect, test } from 'vitest';
import { partialRuns, trendOption, type TrendOptionInput } from '../../../src/charts/options/trend';
import { renderSvg, svgTexts } from '../render-svg';

const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(2)}%`);
const count = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US'));

type Loose = Record<string, unknown>;
const arr = (value: unknown) => value as Loose[];

function input(overrides: Partial<TrendOptionInput> = {}): TrendOptionInput {
  return {
    categories: ['2025年1月', '2025年2月', '2025年3月', '2025年4月'],
    partial: [false, false, false, true],
    partialNote: '数据不完整',
    panels: [
      {
        unit: 'rate',
        formatValue: pct,
        lines: [
          { name: '好评率', values: [0.9991, null, 0.9997, 0.9994] },
          { name: '回访满意率', values: [0.9953, 0.996, 0.9949, 0.9958] },
        ],
      },
    ],
    ...overrides,
  };
}

describe('trendOption', () => {
  test('one line per series, months as categories, a missing month is a gap (null), not 0', () => {
    const option = trendOption(input()) as Loose;
    const series = arr(option.series);
    expect(series.map((s) => s.name)).toEqual(['好评率', '回访满意率']);
    expect(series[0]!.data).toEqual([0.9991, null, 0.9997, 0.9994]);
    expect(series[0]!.connectNulls).toBe(false);
    expect(arr(option.xAxis)[0]!.data).toEqual(['2025年1月', '2025年2月', '2025年3月', '2025年4月']);
  });

  test('NaN and Infinity never reach the chart', () => {
    const option = trendOption(input({ panels: [{ unit: 'count', formatValue: count, lines: [{ name: 'x', values: [1, NaN, Infinity, 4] }] }] })) as Loose;
    expect(arr(option.series)[0]!.data).toEqual([1, null, null, 4]);
  });

  test('a rate axis starts near the data and reads as percentages with two decimals', () => {
    const option = trendOption(input()) as Loose;
    const axis = arr(option.yAxis)[0]!;
    expect(axis.min as number).toBeGreaterThan(0.99);
    expect(axis.min as number).toBeLessThanOrEqual(0.9949);
    const label = (axis.axisLabel as { formatter: (v: number) => string }).formatter;
    expect(label(0.9953)).toBe('99.53%');
  });

  test('a count axis starts at 0 and labels ticks with the screen’s number format', () => {
    const option = trendOption(
      input({
        panels: [{ unit: 'count', formatValue: count, formatAxis: (value) => `n${value}`, lines: [{ name: '受理件数', values: [12000, 13000, 12500, 9000] }] }],
      }),
    ) as Loose;
    const axis = arr(option.yAxis)[0]!;
    expect(axis.min).toBe(0);
    expect((axis.axisLabel as { formatter: (v: number) => string }).formatter(12000)).toBe('n12000');
  });

  test('partial months are shaded, one band per run with the note once, on the first line of each panel only', () => {
    const option = trendOption(input({ partial: [false, true, false, true] })) as Loose;
    const [first, second] = arr(option.series);
    const area = first!.markArea as { data: { xAxis: number }[][]; label: { formatter: string } };
    // Months are points: each band covers the segment that leads into its month.
    expect(area.data).toEqual([
      [{ xAxis: 0 }, { xAxis: 1 }],
      [{ xAxis: 2 }, { xAxis: 3 }],
    ]);
    expect(area.label.formatter).toBe('数据不完整');
    expect(second!.markArea).toBeUndefined();
    // No vertical line through a month's point.
    expect(first!.markLine).toBeUndefined();
    expect((trendOption(input({ partial: [false, false, false, false] })) as Loose).series).toSatisfy((s: Loose[]) =>
      s.every((line) => line.markArea === undefined),
    );
  });

  test('the last two months partial (the month before still coming in, the current one): one band, one note', () => {
    const area = (arr((trendOption(input({ partial: [false, false, true, true] })) as Loose).series)[0]!.markArea as { data: unknown[] }).data;
    expect(area).toEqual([[{ xAxis: 1 }, { xAxis: 3 }]]);
    expect(partialRuns([true, false, true, true, false, true])).toEqual([
      [0, 0],
      [2, 3],
      [5, 5],
    ]);
    // A partial first month: the band reaches the next month rather than being a line.
    expect((arr((trendOption(input({ partial: [true, false, false, false] })) as Loose).series)[0]!.markArea as { data: unknown[] }).data).toEqual([
      [{ xAxis: 0 }, { xAxis: 1 }],
    ]);
  });

  test('the tooltip escapes series names and marks a partial month', () => {
    const hostile = '<img src=x onerror=alert(1)>镇';
    const option = trendOption(input({ panels: [{ unit: 'rate', formatValue: pct, lines: [{ name: hostile, values: [0.9, 0.91, 0.92, 0.93] }] }] })) as Loose;
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 3, seriesIndex: 0, seriesName: hostile, value: 0.93, color: '#1457b8' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;镇');
    expect(html).toContain('2025年4月 数据不完整');
    expect(html).toContain('93.00%');
    // A gap reads as no value.
    expect(formatter([{ dataIndex: 1, seriesIndex: 0, seriesName: 'a', value: null }])).toContain('—');
  });

  test('several panels are small multiples: one grid and axis pair each, each axis near its own data', () => {
    const option = trendOption(
      input({
        panels: [
          { title: '网上办理率', unit: 'rate', formatValue: pct, lines: [{ name: '网上办理率', values: [0.64, 0.65, 0.66, 0.67] }] },
          { title: '好评率', unit: 'rate', formatValue: pct, lines: [{ name: '好评率', values: [0.9991, 0.9992, 0.9997, 0.9994] }] },
          { title: '受理件数', unit: 'count', formatValue: count, lines: [{ name: '受理件数', values: [1, 2, 3, 4] }] },
        ],
      }),
    ) as Loose;
    expect(arr(option.grid)).toHaveLength(3);
    const yAxis = arr(option.yAxis);
    expect(yAxis.map((axis) => axis.name)).toEqual(['网上办理率', '好评率', '受理件数']);
    expect(yAxis[0]!.min as number).toBeLessThan(0.64);
    expect(yAxis[1]!.min as number).toBeGreaterThan(0.99);
    expect(yAxis[2]!.min).toBe(0);
    expect(arr(option.series).map((s) => [s.xAxisIndex, s.yAxisIndex])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    // Each series is formatted by its own panel: a count is not shown as a percentage.
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([
      { dataIndex: 0, seriesIndex: 1, seriesName: '好评率', value: 0.9991 },
      { dataIndex: 0, seriesIndex: 2, seriesName: '受理件数', value: 12345 },
    ]);
    expect(html).toContain('99.91%');
    expect(html).toContain('12,345');
  });

  test('ECharts draws it: percent tick labels, the partial note, the legend', () => {
    const texts = svgTexts(renderSvg(trendOption(input())));
    expect(texts.some((text) => /^99\.\d\d%$/.test(text))).toBe(true);
    expect(texts).toContain('数据不完整');
    expect(texts).toContain('回访满意率');
  });
  test('a rate trend shows the scheme’s target and warning line, within its axis, and a zoomed axis says so', () => {
    const zoom = { range: (min: string, max: string) => `纵轴局部放大：${min}～${max}`, title: (title: string) => `${title}（纵轴局部放大）` };
    const guides = [
      { value: 1, label: '目标 100.00%', color: 'green' },
      { value: 0.99, label: '预警线 99.00%', color: 'orange' },
    ];
    const base = input();
    const option = trendOption({ ...base, zoom, panels: [{ ...base.panels[0]!, guides }] }) as Loose;
    const axis = arr(option.yAxis)[0]!;
    // The axis reaches the warning line, and still starts above 0: it says it is zoomed, and over what range.
    expect(axis.min as number).toBeLessThanOrEqual(0.99);
    expect(axis.min as number).toBeGreaterThan(0);
    expect(axis.name).toBe(`纵轴局部放大：${pct(axis.min as number)}～${pct(axis.max as number)}`);
    const marks = (arr(option.series)[0]!.markLine as Loose).data as Loose[];
    expect(marks.filter((mark) => 'yAxis' in mark).map((mark) => [mark.yAxis, (mark.label as Loose).formatter])).toEqual([
      [1, '目标 100.00%'],
      [0.99, '预警线 99.00%'],
    ]);
    // The partial month is still marked, on the same line.
    expect((arr(option.series)[0]!.markArea as Loose).data).toEqual([[{ xAxis: 2 }, { xAxis: 3 }]]);
    const texts = svgTexts(renderSvg(option as never));
    expect(texts).toContain('目标 100.00%');
    expect(texts).toContain('预警线 99.00%');
    // Small multiples say it in each title; a count axis from 0 says nothing.
    const multiples = trendOption({
      ...base,
      zoom,
      panels: [
        { ...base.panels[0]!, title: '好评率' },
        { unit: 'count', formatValue: count, title: '受理件数', lines: [{ name: '受理件数', values: [10, 20, 30, 40] }] },
      ],
    }) as Loose;
    expect(arr(multiples.yAxis).map((y) => y.name)).toEqual(['好评率（纵轴局部放大）', '受理件数']);
  });
});
