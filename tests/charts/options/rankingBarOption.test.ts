import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent } from 'echarts/components';
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

echarts.use([BarChart, GridComponent, TooltipComponent, DataZoomComponent, SVGRenderer]);

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

function build(rows: RankingBarRow[], scale: 'rate' | 'score' | 'count' = 'rate') {
  return rankingBarOption({
    rows,
    scale,
    seriesName: '好评率',
    formatValue: scale === 'rate' ? f.formatRate : scale === 'score' ? f.formatScore : f.formatCount,
    formatRank: (rank) => `第 ${rank} 名`,
    rankLabel: '排名',
    tokens: LIGHT,
  }) as Option;
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

  test('scores are a rate out of 100: near the data, never past 100', () => {
    const extent = rankingAxisExtent([97.12, 99.4], 'score');
    expect(extent.min).toBeGreaterThan(90);
    expect(extent.min).toBeLessThan(97.12);
    expect(extent.max!).toBeGreaterThanOrEqual(99.4);
    expect(extent.max!).toBeLessThanOrEqual(100);
    expect(rankingAxisExtent([100, 100], 'score').max).toBe(100);
  });

  test('any scores: every one lies on the axis, which stays within [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }), (values) => {
        const extent = rankingAxisExtent(values, 'score');
        expect(extent.min).toBeGreaterThanOrEqual(0);
        expect(extent.max!).toBeLessThanOrEqual(100);
        for (const value of values) {
          expect(value).toBeGreaterThanOrEqual(extent.min - 1e-9);
          expect(value).toBeLessThanOrEqual(extent.max! + 1e-9);
        }
      }),
    );
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

  test('long rankings scroll instead of squeezing, and the height is bounded', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `t${i}`, name: `乡镇${i}`, rank: i + 1, value: 90 - i * 0.1 }));
    const option = build(many, 'score');
    expect(option.dataZoom.length).toBeGreaterThan(0);
    expect(option.dataZoom[0].endValue).toBe(RANKING_VISIBLE_ROWS - 1);
    expect(rankingChartHeight(120)).toBe(rankingChartHeight(RANKING_VISIBLE_ROWS));
    expect(rankingChartHeight(3)).toBeGreaterThanOrEqual(220);
    expect(build(rows).dataZoom).toEqual([]);
  });

  test('ECharts draws it; a hostile name is drawn as text, never as markup', () => {
    const svg = renderSvg(build(rows));
    expect(svg).toContain('县公安局');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });
});
