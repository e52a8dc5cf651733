import { describe, expect, test } from 'vitest';
import { MapFileError, readGeoJson } from '../../../src/adapters/geo/features';

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

describe('readGeoJson', () => {
  test('polygons and multipolygons with their codes and names from the usual properties; other geometries skipped and listed', () => {
    const geometry = readGeoJson({
      ...collection(
        feature({ adcode: 330102, name: '上城区' }),
        feature({ XZQDM: '330103001', XZQMC: '湖滨街道' }, [square(2, 0), square(4, 0)], 'MultiPolygon'),
        { type: 'Feature', properties: { name: '点' }, geometry: { type: 'Point', coordinates: [1, 1] } },
        feature({ name: '坏' }, [
          [
            [0, 0],
            [1, 'x'],
          ],
        ]),
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
    const geometry = readGeoJson(collection(feature({ DM: '330102', MC2: '甲', name: '乙', centroid: [0.2, 0.3] })), {
      codeProperty: 'DM',
      nameProperty: 'MC2',
    });
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
