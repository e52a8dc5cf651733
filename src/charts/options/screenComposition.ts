import type { PieSeriesOption } from 'echarts/charts';
import { compositionOption, type CompositionInput } from './composition';
import type { ChartOption } from './types';

/** Longer names are cut in the legend (the whole name stays in the tooltip), measured in half-width units. */
export const LEGEND_NAME_UNITS = 26;

/** A CJK character (or any wide one) takes two half-width units, like 2 Latin letters on screen. */
function units(char: string): number {
  return char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
}

/** A legend entry is rich text: braces in a name from data would be read as markup, so they are swapped for look-alikes. */
function cut(name: string): string {
  const chars = Array.from(name.replace(/\{/g, '｛').replace(/\}/g, '｝').replace(/\|/g, '｜'));
  const total = chars.reduce((sum, char) => sum + units(char), 0);
  if (total <= LEGEND_NAME_UNITS) return chars.join('');
  let used = 1;
  let kept = '';
  for (const char of chars) {
    if (used + units(char) > LEGEND_NAME_UNITS) break;
    used += units(char);
    kept += char;
  }
  return `${kept}…`;
}

/**
 * The composition ring laid out for a wall: across a hall the slice labels around a ring collide
 * and cannot be read, so each share is written in the legend beside its name, in a column, and
 * the ring keeps the left of the panel. `unit` is CSS px per design px of the screen canvas.
 */
export function screenCompositionOption(input: CompositionInput, unit: number): ChartOption {
  const base = compositionOption(input);
  const shares = new Map(input.slices.filter((slice) => Number.isFinite(slice.value) && slice.value > 0).map((slice) => [slice.name, input.formatShare(slice.share)]));
  const series = (Array.isArray(base.series) ? base.series : base.series ? [base.series] : []) as PieSeriesOption[];
  return {
    ...base,
    legend: {
      type: 'plain',
      orient: 'vertical',
      right: 0,
      top: 'middle',
      data: [...shares.keys()],
      formatter: (name: string) => `{name|${cut(name)}}{share|${shares.get(name) ?? ''}}`,
      textStyle: {
        rich: {
          name: { width: 250 * unit, fontSize: 20 * unit },
          share: { width: 84 * unit, align: 'right', fontSize: 20 * unit, fontWeight: 'bold' },
        },
      },
    },
        // A radius of half the shorter side keeps the ring inside the left of the panel whether the
    // panel is wide (the usual 16:9) or tall (scale=fill on a 4:3 or 5:4 screen).
    series: series.map((slice) => ({ ...slice, center: ['28%', '50%'], radius: ['30%', '50%'], label: { show: false }, labelLine: { show: false } })),
  };
}
