import { describe, expect, test } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { cardsOverTimeOption, type CardsMonth } from '../../../src/charts/options/cardsOverTimeOption';
import { LIGHT } from '../../../src/ui/theme/tokens';
import { createFormatters } from '../../../src/ui/format/formatters';

// Options are deep unions of ECharts types; the tests read into them as plain data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Option = Record<string, any>;

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const f = createFormatters('zh-CN');
const months: CardsMonth[] = [
  { month: '2025-10', red: 1, yellow: 2, partial: false },
  { month: '2025-11', red: 0, yellow: 0, partial: false },
  { month: '2025-12', red: 3, yellow: 1250, partial: true },
];

function build(labels = { red: '红牌', yellow: '黄牌', total: '合计', partial: '数据不完整' }) {
  return cardsOverTimeOption({ months, formatMonth: f.formatMonth, formatCount: f.formatCount, labels, tokens: LIGHT }) as Option;
}

describe('cardsOverTimeOption', () => {
  test('red and yellow are stacked bars of the month counts, in the card colours', () => {
    const option = build();
    expect(option.series).toHaveLength(2);
    const [red, yellow] = option.series;
    expect(red.stack).toBe(yellow.stack);
    expect(red.data).toEqual([1, 0, 3]);
    expect(yellow.data).toEqual([2, 0, 1250]);
    expect(red.itemStyle.color).toBe(LIGHT.red);
    expect(yellow.itemStyle.color).toBe(LIGHT.yellow);
    expect(option.xAxis.data).toEqual(['2025年10月', '2025年11月', '2025年12月']);
    expect(option.yAxis.min).toBe(0);
    expect(option.yAxis.minInterval).toBe(1);
  });

  test('the tooltip totals the month with separators and marks a provisional month', () => {
    const html: string = build().tooltip.formatter([{ dataIndex: 2 }, { dataIndex: 2 }]);
    expect(html).toContain('2025年12月');
    expect(html).toContain('1,253');
    expect(html).toContain('1,250');
    expect(html).toContain('数据不完整');
    expect(build().tooltip.formatter([{ dataIndex: 1 }])).not.toContain('数据不完整');
  });

  test('labels are escaped in the tooltip and drawn as text by ECharts', () => {
    const hostile = { red: '<img src=x onerror=alert(1)>', yellow: '黄牌', total: '合计', partial: '!' };
    const option = build(hostile);
    const html: string = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).not.toContain('<img');
  });
});
