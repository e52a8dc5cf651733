import { describe, expect, test } from 'vitest';
import { screenCompositionOption } from '../../../src/charts/options/screenComposition';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('screenCompositionOption', () => {
  const input = {
    slices: [
      { id: 'd1', name: '县公安局', value: 600, share: 0.6 },
      { id: 'd2', name: '国家税务总局青岚县税务局第一分局', value: 300, share: 0.3 },
      { id: 'x', name: '{evil|x}', value: 100, share: 0.1 },
      { id: 'z', name: '无', value: 0, share: 0 },
    ],
    seriesName: '受理件数',
    formatValue: (value: number | null) => String(value),
    formatShare: (share: number) => `${(share * 100).toFixed(2)}%`,
    shareLabel: '占比',
  };

  test('shares go into the legend beside the names; the ring has no labels to collide', () => {
    const option = screenCompositionOption(input, 1) as Obj;
    const format = option.legend.formatter as (name: string) => string;
    expect(option.legend.data).toEqual(['县公安局', '国家税务总局青岚县税务局第一分局', '{evil|x}']);
    expect(format('县公安局')).toBe('{name|县公安局}{share|60.00%}');
    expect(option.series[0].label.show).toBe(false);
    expect(option.series[0].data.map((d: Obj) => d.value)).toEqual([600, 300, 100]);
  });

  test('long names are cut, and braces from data cannot open rich-text markup', () => {
    const option = screenCompositionOption(input, 1) as Obj;
    const format = option.legend.formatter as (name: string) => string;
    const long = format('国家税务总局青岚县税务局第一分局');
    const name = /^\{name\|(.*)\}\{share\|/.exec(long)![1]!;
    // 26 half-width units: twelve Chinese characters and the ellipsis.
    expect(name).toBe('国家税务总局青岚县税务局…');
    // Latin letters take half the room: an English name of 22 letters is whole.
    expect(format('Townships and villages')).toBe('{name|Townships and villages}{share|}');
    const evil = format('{evil|x}');
    expect(evil).toBe('{name|｛evil｜x｝}{share|10.00%}');
  });

  test('rich-text widths follow the canvas unit', () => {
    const one = screenCompositionOption(input, 1) as Obj;
    const two = screenCompositionOption(input, 2) as Obj;
    expect(two.legend.textStyle.rich.name.width).toBe(one.legend.textStyle.rich.name.width * 2);
  });
});
