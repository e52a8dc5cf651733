import { describe, expect, test } from 'vitest';
import { officeBarOption, sortOfficeBars, type OfficeBarItem } from '../../../src/charts/options/officeBar';
import { renderSvg, svgTexts } from '../render-svg';

type Loose = Record<string, unknown>;
const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(2)}%`);

const ITEMS: OfficeBarItem[] = [
  { officeId: 'd1', name: '县公安局', value: 0.9991 },
  { officeId: 'd2', name: '<img src=x onerror=alert(1)>镇', value: 0.9997, partial: true },
  { officeId: 'd3', name: '县医保局', value: null },
  { officeId: 'd4', name: '县人社局', value: 0.9994 },
  { officeId: 'd0', name: '县税务局', value: 0.9994 },
];

function option(overrides: Partial<Parameters<typeof officeBarOption>[0]> = {}) {
  return officeBarOption({
    items: ITEMS,
    seriesName: '好评率',
    unit: 'rate',
    direction: 'higher',
    formatValue: pct,
    partialNote: '（数据不完整）',
    ...overrides,
  }) as Loose;
}

describe('officeBarOption', () => {
  test('sorted best first; ties by id; an office without a value gets no bar', () => {
    expect(sortOfficeBars(ITEMS, 'higher').map((item) => item.officeId)).toEqual(['d2', 'd0', 'd4', 'd1']);
    expect(sortOfficeBars(ITEMS, 'lower').map((item) => item.officeId)).toEqual(['d1', 'd0', 'd4', 'd2']);
    const yAxis = option().yAxis as Loose;
    expect(yAxis.data).toEqual(['<img src=x onerror=alert(1)>镇', '县税务局', '县人社局', '县公安局']);
    expect(yAxis.inverse).toBe(true);
  });

  test('bars carry the office id (for a click) and partial offices are pale', () => {
    const data = (option().series as Loose[])[0]!.data as Loose[];
    expect(data.map((d) => d.officeId)).toEqual(['d2', 'd0', 'd4', 'd1']);
    expect(data[0]!.partial).toBe(true);
    expect((data[0]!.itemStyle as Loose).color).not.toBe((data[1]!.itemStyle as Loose).color);
  });

  test('a rate axis starts near the data, a count axis at 0', () => {
    const rateAxis = option().xAxis as Loose;
    expect(rateAxis.min as number).toBeGreaterThan(0.99);
    expect(rateAxis.min as number).toBeLessThan(0.9991);
    expect((rateAxis.axisLabel as { formatter: (v: number) => string }).formatter(0.9991)).toBe('99.91%');
    const countAxis = option({
      unit: 'count',
      items: [
        { officeId: 'a', name: 'a', value: 120 },
        { officeId: 'b', name: 'b', value: 90 },
      ],
    }).xAxis as Loose;
    expect(countAxis.min).toBe(0);
  });

  test('a rate is a dot per office (no bar length from a cut axis), on an axis that says it is zoomed; a count is a bar', () => {
    const zoomNote = (min: string, max: string) => `横轴局部放大：${min}～${max}`;
    const rate = option({ zoomNote });
    const series = (rate.series as Loose[])[0]!;
    expect(series.type).toBe('line');
    expect((series.lineStyle as Loose).opacity).toBe(0);
    const axis = rate.xAxis as Loose;
    expect(axis.name).toBe(`横轴局部放大：${pct(axis.min as number)}～${pct(axis.max as number)}`);
    expect(
      svgTexts(
        renderSvg(officeBarOption({ items: ITEMS, seriesName: '好评率', unit: 'rate', direction: 'higher', formatValue: pct, partialNote: '', zoomNote })),
      ),
    ).toContain(axis.name as string);
    const count = option({ unit: 'count', zoomNote, items: [{ officeId: 'a', name: 'a', value: 120 }] });
    expect((count.series as Loose[])[0]!.type).toBe('bar');
    expect((count.xAxis as Loose).name).toBeUndefined();
  });

  test('the tooltip escapes the office name and says when its data is partial', () => {
    const formatter = (option().tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ name: '<img src=x onerror=alert(1)>镇', data: { value: 0.9997, officeId: 'd2', partial: true } });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;镇 （数据不完整）');
    expect(html).toContain('99.97%');
  });

  test('a dot chart answers for the row under the pointer (a dot is hard to hit); a bar chart for the bar', () => {
    const dots = option().tooltip as { trigger: string; formatter: (p: unknown) => string };
    expect(dots.trigger).toBe('axis');
    const html = dots.formatter([{ name: '<b>镇</b>', data: { value: 0.95, officeId: 'd1', partial: false } }]);
    expect(html).toContain('&lt;b&gt;镇&lt;/b&gt;');
    expect(html).toContain('95.00%');
    expect((option({ unit: 'count' }).tooltip as { trigger: string }).trigger).toBe('item');
  });

  test('long lists scroll rather than squeeze', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ officeId: `o${i}`, name: `单位${i}`, value: i }));
    const scrolled = option({ items: many, unit: 'count', visibleRows: 15 });
    const zoom = scrolled.dataZoom as Loose[];
    expect(zoom).toHaveLength(2);
    expect(zoom[0]!.endValue).toBe(14);
    expect(option().dataZoom as Loose[]).toHaveLength(0);
  });

  test('ECharts draws the hostile name as text and the value labels', () => {
    const texts = svgTexts(
      renderSvg(officeBarOption({ items: ITEMS, seriesName: '好评率', unit: 'rate', direction: 'higher', formatValue: pct, partialNote: '' })),
    );
    expect(texts.some((text) => text.includes('<img src=x'))).toBe(true);
    expect(texts).toContain('99.97%');
    expect(texts).not.toContain('—');
  });
});
