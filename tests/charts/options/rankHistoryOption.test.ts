import { describe, expect, test } from 'vitest';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { rankHistoryOption, type RankHistoryPoint } from '../../../src/charts/options/rankHistoryOption';
import { LIGHT } from '../../../src/ui/theme/tokens';
import { createFormatters } from '../../../src/ui/format/formatters';

// Options are deep unions of ECharts types; the tests read into them as plain data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Option = Record<string, any>;

echarts.use([LineChart, GridComponent, TooltipComponent, SVGRenderer]);

const f = createFormatters('zh-CN');

const points: RankHistoryPoint[] = [
  { month: '2025-01', rank: 5, of: 26, score: 91.2, partial: false },
  { month: '2025-02', rank: 3, of: 26, score: 93.456, partial: false },
  { month: '2025-03', rank: null, of: 25, score: null, partial: true },
  { month: '2025-04', rank: 1, of: 27, score: 98, partial: true },
];

function build(input: RankHistoryPoint[] = points) {
  return rankHistoryOption({
    points: input,
    seriesName: '<b>县公安局</b>',
    formatMonth: f.formatMonth,
    formatRank: (rank, of) => `第 ${rank} 名 / 共 ${of}`,
    formatScore: f.formatScore,
    labels: { rank: '排名', score: '综合得分', notRanked: '未排名', partial: '数据不完整' },
    tokens: LIGHT,
  }) as Option;
}

describe('rankHistoryOption', () => {
  test('rank 1 is on top: the axis is inverted and runs from 1 to the largest field', () => {
    const option = build();
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.min).toBe(1);
    expect(option.yAxis.max).toBe(27);
    expect(option.yAxis.minInterval).toBe(1);
  });

  test('months are labelled, a month without a rank is a gap, provisional months are hollow', () => {
    const option = build();
    expect(option.xAxis.data).toEqual(['2025年1月', '2025年2月', '2025年3月', '2025年4月']);
    const data = option.series[0].data;
    expect(data[2]).toBeNull();
    expect(option.series[0].connectNulls).toBe(false);
    expect(data[0]).toMatchObject({ value: 5, symbol: 'circle' });
    expect(data[3]).toMatchObject({ value: 1, symbol: 'emptyCircle' });
  });

  test('the tooltip gives rank of field and score, says when unranked or provisional', () => {
    const option = build();
    const second: string = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(second).toContain('2025年2月');
    expect(second).toContain('第 3 名 / 共 26');
    expect(second).toContain('93.46');
    const third: string = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(third).toContain('未排名');
    expect(third).toContain('数据不完整');
    expect(third).not.toMatch(/NaN|undefined|null/);
  });

  test('a field of one still has an axis; ECharts draws it without markup from the series name', () => {
    const single = build([{ month: '2025-01', rank: 1, of: 1, score: 80, partial: false }]);
    expect(single.yAxis.max).toBeGreaterThanOrEqual(1);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
    chart.setOption(build());
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('2025年1月');
    expect(svg).not.toContain('<b>');
  });
});
