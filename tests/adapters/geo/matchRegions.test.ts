import { describe, expect, test } from 'vitest';
import { readGeoJson } from '../../../src/adapters/geo/features';
import { matchName, matchRegions } from '../../../src/adapters/geo/matchRegions';
import type { Office } from '../../../src/domain';

const square = (x: number, y: number, size = 1): number[][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

const feature = (properties: Record<string, unknown>, coordinates: unknown = square(0, 0), type = 'Polygon') => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
});

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('matchRegions', () => {
  const office = (id: string, name: string, adminCode?: string): Office => ({ id, name, kind: 'township', parentId: 'c', ...(adminCode ? { adminCode } : {}) });
  const features = readGeoJson(
    collection(
      feature({ adcode: '330102001', name: '城东' }),
      feature({ adcode: '330102002000', name: '城西街道' }, square(1, 0)),
      feature({ name: '东镇' }, square(2, 0)),
      feature({ name: '南乡' }, square(3, 0)),
      feature({ name: '南乡' }, square(4, 0)),
      feature({ name: '外县某镇' }, square(5, 0)),
    ),
  ).features;

  test('by code first (written any of the three ways), then by name without a service-centre suffix', () => {
    const match = matchRegions(
      [office('a', '城东街道', '330102001000'), office('b', '改了名的街道', '330102002'), office('c', '东镇便民服务中心'), office('d', '北镇')],
      features,
    );
    expect(Object.fromEntries(match.byOffice)).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(match.how)).toEqual({ a: 'code', b: 'code', c: 'name' });
    expect(match.unmatchedOffices.map((o) => o.id)).toEqual(['d']);
    expect(match.unmatchedFeatures).toEqual([3, 4, 5]);
  });

  test('a name two features share, or two offices, matches nothing rather than the wrong one', () => {
    const twoFeatures = matchRegions([office('s', '南乡')], features);
    expect(twoFeatures.byOffice.size).toBe(0);
    const twoOffices = matchRegions([office('e1', '东镇'), office('e2', '东镇')], features);
    expect(twoOffices.byOffice.size).toBe(0);
    expect(matchName(' 城东 街道 党群服务中心')).toBe('城东街道');
    expect(matchName('服务中心')).toBe('服务中心');
  });
});
