import { describe, expect, test } from 'vitest';
import { compositionOption, type CompositionSlice } from '../../../src/charts/options/composition';
import { renderSvg, svgTexts } from '../render-svg';

type Loose = Record<string, unknown>;
const SLICES: CompositionSlice[] = [
  { id: 'department', name: '部门', value: 24_000, share: 0.75 },
  { id: 'township', name: '<b>乡镇</b>', value: 8_000, share: 0.25 },
  { id: 'other', name: '其他', value: 0, share: 0 },
];
const input = {
  slices: SLICES,
  seriesName: '受理件数',
  formatValue: (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US')),
  formatShare: (share: number) => `${(share * 100).toFixed(2)}%`,
  shareLabel: '占比',
};

describe('compositionOption', () => {
  test('one slice per part with a value; empty parts are left out', () => {
    const series = (compositionOption(input).series as Loose[])[0]!;
    expect(series.type).toBe('pie');
    expect(series.data).toEqual([
      { name: '部门', value: 24_000, id: 'department' },
      { name: '<b>乡镇</b>', value: 8_000, id: 'township' },
    ]);
  });

  test('labels show the share the screen computed, the tooltip escapes names', () => {
    const option = compositionOption(input);
    const series = (option.series as Loose[])[0]!;
    const label = (series.label as { formatter: (p: unknown) => string }).formatter;
    expect(label({ dataIndex: 1, name: '<b>乡镇</b>' })).toBe('25.00%');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = tooltip({ dataIndex: 1, name: '<b>乡镇</b>' });
    expect(html).toContain('&lt;b&gt;乡镇&lt;/b&gt;');
    expect(html).toContain('8,000');
    expect(html).toContain('占比');
    expect(html).toContain('25.00%');
  });

  test('ECharts draws it with the shares as labels', () => {
    const texts = svgTexts(renderSvg(compositionOption(input)));
    expect(texts).toContain('75.00%');
    expect(texts).toContain('<b>乡镇</b>');
  });
});
