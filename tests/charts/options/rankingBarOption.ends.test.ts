import { describe, expect, test } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { OMITTED_CATEGORY, rankingBarOption, type RankingBarRow } from '../../../src/charts/options/rankingBarOption';
import { CHART_ALL_UP_TO, CHART_ENDS, chartEnds } from '../../../src/features/rankings/chartRows';
import { createFormatters } from '../../../src/ui/format/formatters';
import { LIGHT } from '../../../src/ui/theme/tokens';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Option = Record<string, any>;
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);
const f = createFormatters('zh-CN');

const ranking = (count: number): RankingBarRow[] =>
  Array.from({ length: count }, (_, i) => ({ id: `t${i + 1}`, name: i === 0 ? '<b>镇</b>' : `乡镇${i + 1}`, rank: i + 1, value: 95 - i * 0.05 }));

function build(rows: RankingBarRow[], omitted?: { after: number; label: string }): Option {
  return rankingBarOption({
    rows,
    scale: 'score',
    seriesName: '综合得分',
    formatValue: f.formatScore,
    formatRank: (rank) => `第 ${rank} 名`,
    rankLabel: '名次',
    tokens: LIGHT,
    omitted,
  }) as Option;
}

describe('a long ranking’s chart: its top and bottom, the whole list in the table', () => {
  test('short rankings are drawn whole; long ones keep ten from each end', () => {
    expect(chartEnds(ranking(CHART_ALL_UP_TO)).omitted).toBe(0);
    const { rows, omitted } = chartEnds(ranking(306));
    expect(omitted).toBe(306 - 2 * CHART_ENDS);
    expect(rows.map((row) => row.rank)).toEqual([...Array.from({ length: 10 }, (_, i) => i + 1), ...Array.from({ length: 10 }, (_, i) => 297 + i)]);
  });

  test('the rows left out are one labelled row between the ends, with no bar, no value and no office behind it', () => {
    const { rows, omitted } = chartEnds(ranking(306));
    const option = build(rows, { after: CHART_ENDS, label: `…… 中间 ${omitted} 个从略 ……` });
    const categories: string[] = option.yAxis.data;
    expect(categories).toHaveLength(21);
    expect(categories[10]).toBe(OMITTED_CATEGORY);
    expect(categories[9]).toBe('t10');
    expect(categories[11]).toBe('t297');
    expect(option.series[0].data[10]).toEqual({ value: null });
    expect(option.yAxis.axisLabel.formatter(OMITTED_CATEGORY)).toBe('…… 中间 286 个从略 ……');
    expect(option.yAxis.axisLabel.formatter('t297')).toBe('297. 乡镇297');
    expect(option.series[0].label.formatter({ dataIndex: 10 })).toBe('');
    expect(option.series[0].label.formatter({ dataIndex: 11 })).toBe(f.formatScore(95 - 296 * 0.05));
    expect(option.tooltip.formatter({ dataIndex: 11 })).toContain('第 297 名');
    expect(option.tooltip.formatter({ dataIndex: 10 })).toContain('中间 286 个从略');
    // Twenty-one rows fit: nothing scrolls inside the chart.
    expect(option.dataZoom).toEqual([]);
    // The axis is scaled on the rows drawn.
    expect(option.xAxis.min).toBeLessThanOrEqual(95 - 305 * 0.05);
  });

  test('ECharts draws it, the hostile name as text', () => {
    const { rows } = chartEnds(ranking(80));
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 600 });
    try {
      chart.setOption(build(rows, { after: CHART_ENDS, label: '…… 中间 60 个从略 ……' }));
      const svg = chart.renderToSVGString();
      expect(svg).toContain('中间 60 个从略');
      expect(svg).toContain('&lt;b&gt;镇');
      expect(svg).not.toContain('<b>');
    } finally {
      chart.dispose();
    }
  });
});
