import { describe, expect, test } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import {
  RANKING_VISIBLE_ROWS,
  rankingAxisExtent,
  rankingBarOption,
  rankingChartHeight,
  type RankingBarRow,
} from '../../../src/charts/options/rankingBarOption';
import { LIGHT } from '../../../src/ui/theme/tokens';
import { createFormatters } from '../../../src/ui/format/formatters';

// Options are deep unions of ECharts types; the tests read into them as plain data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Option = Record<string, any>;

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, SVGRenderer]);

function renderSvg(option: EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 700 });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const f = createFormatters('zh-CN');
const HOSTILE = '<img src=x onerror=alert(1)>镇';

function buildInput(rows: RankingBarRow[], scale: 'rate' | 'score' | 'count' = 'rate') {
  return {
    rows,
    scale,
    seriesName: '好评率',
    formatValue: scale === 'rate' ? f.formatRate : scale === 'score' ? f.formatScore : f.formatCount,
    formatRank: (rank: number) => `第 ${rank} 名`,
    rankLabel: '排名',
    tokens: LIGHT,
  };
}

function build(rows: RankingBarRow[], scale: 'rate' | 'score' | 'count' = 'rate') {
  return rankingBarOption(buildInput(rows, scale)) as Option;
}

const rows: RankingBarRow[] = [
  { id: 'd-a', name: '县公安局', rank: 1, value: 0.9997 },
  { id: 'd-b', name: HOSTILE, rank: 2, value: 0.9995, card: 'yellow' },
  { id: 'd-c', name: '县税务局', rank: 2, value: 0.9995 },
  { id: 'd-d', name: '县民政局', rank: 4, value: 0.9991, card: 'red' },
];

describe('rankingAxisExtent', () => {
  test('99.91% and 99.97% get bars of clearly different length', () => {
    const extent = rankingAxisExtent([0.9991, 0.9997], 'rate');
    expect(extent.min).toBeGreaterThan(0.99);
    expect(extent.min).toBeLessThan(0.9991);
    expect(extent.max).toBe(1);
    const length = (value: number) => value - extent.min;
    expect(length(0.9997) / length(0.9991)).toBeGreaterThan(1.5);
  });

  test('counts start at zero', () => {
    expect(rankingAxisExtent([120, 3400], 'count').min).toBe(0);
  });

  test('scores are bars read by their length: from 0 to 100, so 62.8 looks like about two thirds of 89', () => {
    const extent = rankingAxisExtent([62.8, 89], 'score');
    expect(extent.min).toBe(0);
    expect(extent.max).toBe(100);
    const length = (value: number) => value - extent.min;
    expect(length(62.8) / length(89)).toBeCloseTo(62.8 / 89, 10);
  });
});

describe('rankingBarOption', () => {
  test('bars are in rank order, rank 1 on top, categories are ids (names repeat across counties)', () => {
    const option = build(rows);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual(['d-a', 'd-b', 'd-c', 'd-d']);
    expect(option.series[0].data.map((item: { value: number }) => item.value)).toEqual([0.9997, 0.9995, 0.9995, 0.9991]);
    expect(option.yAxis.axisLabel.formatter('d-c')).toBe('2. 县税务局');
    expect(option.xAxis.min).toBeGreaterThan(0.99);
  });

  test('the tooltip escapes the office name and gives rank and formatted value', () => {
    const html: string = build(rows).tooltip.formatter({ dataIndex: 1 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;镇');
    expect(html).toContain('第 2 名');
    expect(html).toContain('99.95%');
  });

  test('value labels and axis labels are formatted, never raw fractions', () => {
    const option = build(rows);
    expect(option.series[0].label.formatter({ dataIndex: 3 })).toBe('99.91%');
    expect(option.xAxis.axisLabel.formatter(0.999)).toBe('99.90%');
  });

  test('offices holding a card are drawn in its colour', () => {
    const colours = build(rows).series[0].data.map((item: { itemStyle: { color: string } }) => item.itemStyle.color);
    expect(colours).toEqual([LIGHT.accent, LIGHT.yellow, LIGHT.accent, LIGHT.red]);
  });

  test('counts are drawn from 0', () => {
    const option = build(
      [
        { id: 'a', name: 'A', rank: 1, value: 40 },
        { id: 'b', name: 'B', rank: 2, value: 12 },
      ],
      'count',
    );
    expect(option.xAxis.min).toBe(0);
  });

  test('rates are dots on a zoomed axis that says so, with its range; scores and counts are bars', () => {
    const zoomNote = (min: string, max: string) => `横轴局部放大：${min}～${max}`;
    const rate = rankingBarOption({ ...buildInput(rows, 'rate'), zoomNote }) as Option;
    expect(rate.series.every((series: { type: string }) => series.type === 'line')).toBe(true);
    expect(rate.series[0].lineStyle.opacity).toBe(0);
    expect(rate.xAxis.name).toBe(`横轴局部放大：${f.formatRate(rate.xAxis.min)}～${f.formatRate(rate.xAxis.max)}`);
    const score = rankingBarOption({
      ...buildInput(
        rows.map((row) => ({ ...row, value: row.value * 100 })),
        'score',
      ),
      zoomNote,
    }) as Option;
    expect(score.series[0].type).toBe('bar');
    expect(score.xAxis.min).toBe(0);
    // Not zoomed, so nothing to say.
    expect(score.xAxis.name).toBeUndefined();
  });

  test('colour has one meaning, stated in a legend: a series per colour present, named by the legend', () => {
    const legend = { red: '有红牌', yellow: '有黄牌', none: '无红黄牌' };
    const option = rankingBarOption({ ...buildInput(rows, 'score'), legend }) as Option;
    expect(option.legend.data).toEqual(['有红牌', '有黄牌', '无红黄牌']);
    expect(option.series.map((series: { name: string }) => series.name)).toEqual(['有红牌', '有黄牌', '无红黄牌']);
    // Each office is drawn once, in its own colour's series, at its row.
    const drawn = option.series.map((series: { data: { value: number | null }[] }) => series.data.map((item) => item.value !== null));
    expect(drawn).toEqual([
      [false, false, false, true],
      [false, true, false, false],
      [true, false, true, false],
    ]);
    expect(option.series[0].itemStyle.color).toBe(LIGHT.red);
    // A legend entry only for a colour that is drawn.
    const calm = rankingBarOption({
      ...buildInput(
        rows.map((row) => ({ ...row, card: null })),
        'score',
      ),
      legend,
    }) as Option;
    expect(calm.legend.data).toEqual(['无红黄牌']);
  });

  test('long rankings scroll instead of squeezing, and the height is bounded', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `t${i}`, name: `乡镇${i}`, rank: i + 1, value: 90 - i * 0.1 }));
    const option = build(many, 'score');
    expect(option.dataZoom.length).toBeGreaterThan(0);
    expect(option.dataZoom[0].endValue).toBe(RANKING_VISIBLE_ROWS - 1);
    expect(rankingChartHeight(120)).toBe(rankingChartHeight(RANKING_VISIBLE_ROWS));
    expect(rankingChartHeight(3)).toBeGreaterThanOrEqual(220);
    expect(build(rows).dataZoom).toEqual([]);
  });

  test('ECharts draws it (dots and bars, with a legend); a hostile name is drawn as text, never as markup', () => {
    const legend = { red: '有红牌', yellow: '有黄牌', none: '无红黄牌' };
    const bars = renderSvg(rankingBarOption({ ...buildInput(rows, 'count'), legend }) as EChartsCoreOption);
    expect(bars).toContain('有红牌');
    expect(bars).toContain('&lt;img');
    const svg = renderSvg(rankingBarOption({ ...buildInput(rows), legend, zoomNote: (min, max) => `横轴局部放大：${min}～${max}` }) as EChartsCoreOption);
    expect(svg).toContain('横轴局部放大');
    expect(svg).toContain('县公安局');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });
});
