import { describe, expect, test } from 'vitest';
import { normaliseAdminCode } from '../../src/adapters/geo/adminCode';
import { MapFileError, readGeoJson } from '../../src/adapters/geo/features';
import { aspectScale, insidePolygon, labelPoint, type Polygon } from '../../src/adapters/geo/geometry';
import { matchName, matchRegions } from '../../src/adapters/geo/matchRegions';
import type { Office } from '../../src/domain';

const square = (x: number, y: number, size = 1): number[][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];
const feature = (properties: Record<string, unknown>, coordinates: unknown = square(0, 0), type = 'Polygon') => ({ type: 'Feature', properties, geometry: { type, coordinates } });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('normaliseAdminCode', () => {
  test('6, 9 and 12 digits of one place are one code; numbers read as their digits', () => {
    expect(normaliseAdminCode('330102')).toBe('330102000000');
    expect(normaliseAdminCode(330102)).toBe('330102000000');
    expect(normaliseAdminCode('330102000000')).toBe('330102000000');
    expect(normaliseAdminCode('330102001')).toBe('330102001000');
    expect(normaliseAdminCode(' 330102001000 ')).toBe('330102001000');
  });

  test('anything else is no code', () => {
    for (const value of ['33010', '3301020011', 'abc123', '', null, undefined, 3.5, -330102, {}, '３３０１０２']) expect(normaliseAdminCode(value)).toBeNull();
  });
});

describe('readGeoJson', () => {
  test('polygons and multipolygons with their codes and names from the usual properties; other geometries skipped and listed', () => {
    const geometry = readGeoJson({
      ...collection(
        feature({ adcode: 330102, name: '上城区' }),
        feature({ XZQDM: '330103001', XZQMC: '湖滨街道' }, [square(2, 0), square(4, 0)], 'MultiPolygon'),
        { type: 'Feature', properties: { name: '点' }, geometry: { type: 'Point', coordinates: [1, 1] } },
        feature({ name: '坏' }, [[[0, 0], [1, 'x']]]),
      ),
      name: '示例边界（审图号：示例）',
    });
    expect(geometry.title).toBe('示例边界（审图号：示例）');
    expect(geometry.features.map((f) => [f.index, f.code, f.name, f.polygons.length])).toEqual([
      [0, '330102000000', '上城区', 1],
      [1, '330103001000', '湖滨街道', 2],
    ]);
    expect(geometry.skipped.map((s) => s.index)).toEqual([2, 3]);
    expect(geometry.box).toEqual({ minX: 0, minY: 0, maxX: 5, maxY: 1 });
  });

  test('the properties a deployer names are read instead; a file’s label point is used', () => {
    const geometry = readGeoJson(collection(feature({ DM: '330102', MC2: '甲', name: '乙', centroid: [0.2, 0.3] })), { codeProperty: 'DM', nameProperty: 'MC2' });
    expect(geometry.features[0]).toMatchObject({ code: '330102000000', name: '甲', label: [0.2, 0.3] });
  });

  test('what is not a FeatureCollection of areas, or far too large, is refused with why', () => {
    const problem = (payload: unknown) => {
      try {
        readGeoJson(payload);
        return null;
      } catch (error) {
        return error instanceof MapFileError ? error.problem : 'other';
      }
    };
    expect(problem({ type: 'Feature' })).toBe('not-geojson');
    expect(problem('<html>')).toBe('not-geojson');
    expect(problem(collection({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [] } }))).toBe('no-polygons');
    expect(problem(collection(...Array.from({ length: 2001 }, () => feature({}))))).toBe('too-large');
    const huge = Array.from({ length: 400_001 }, (_, i) => [i % 100, Math.floor(i / 100)]);
    expect(problem(collection(feature({}, [[...huge, huge[0]]])))).toBe('too-large');
  });
});

describe('geometry', () => {
  test('a label lands inside a crescent, where the centroid does not', () => {
    // A U shape: its centroid is in the gap between the arms.
    const u: Polygon = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const point = labelPoint([u])!;
    expect(insidePolygon(point, u)).toBe(true);
  });

  test('the width of a degree of longitude follows the latitude; metres are drawn as they are', () => {
    expect(aspectScale({ minX: 119, maxX: 121, minY: 29, maxY: 31 })).toBeCloseTo(Math.cos((30 * Math.PI) / 180), 6);
    expect(aspectScale({ minX: 500_000, maxX: 560_000, minY: 3_300_000, maxY: 3_360_000 })).toBe(1);
  });
});

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
