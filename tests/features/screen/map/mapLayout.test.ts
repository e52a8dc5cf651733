import { describe, expect, test } from 'vitest';
import { readGeoJson } from '../../../../src/adapters/geo/features';
import { buildEngineData } from '../../../../src/engine';
import { geoLayout, tileColumns, tileLayout } from '../../../../src/features/screen/map/mapLayout';
import { mapUnits } from '../../../../src/features/screen/pageAvailability';
import { demoMaps } from '../../../../mocks/demoMaps';
import { generateDataset } from '../../../../mocks/generator';

describe('tile layout (no boundaries): one equal tile per unit, from the tree', () => {
  test('columns for a panel about 1.4 times as wide as tall, few empty cells', () => {
    expect([1, 4, 12, 13, 14, 20, 170].map((count) => tileColumns(count))).toEqual([1, 2, 4, 5, 5, 5, 16]);
  });

  test('tiles in the order given, row by row, the last row centred, none overlapping', () => {
    const units = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, name: `镇${i}`, kind: 'township' as const, parentId: 'c' }));
    const layout = tileLayout(units);
    expect(layout.kind).toBe('tiles');
    expect(layout.aspectScale).toBe(1);
    expect(layout.shapes.map((shape) => shape.officeId)).toEqual(units.map((unit) => unit.id));
    // 7 units in 4 columns: rows of 4 and 3, the short row centred under the full one.
    expect(tileColumns(7)).toBe(4);
    const centre = (shapes: typeof layout.shapes) => shapes.reduce((sum, shape) => sum + shape.at[0], 0) / shapes.length;
    expect(centre(layout.shapes.slice(4))).toBeCloseTo(centre(layout.shapes.slice(0, 4)));
    expect(layout.shapes[0]!.at).toEqual([0.46, -0.46]);
    expect(layout.shapes[4]!.at).toEqual([0.96, -1.46]);
    for (let i = 1; i < 4; i++) expect(layout.shapes[i]!.at[0] - layout.shapes[i - 1]!.at[0]).toBeCloseTo(1);
    expect(layout.box.minX).toBe(0);
    expect(layout.box.maxY).toBe(0);
    expect(layout.box.maxX).toBeCloseTo(3.92);
    expect(layout.box.minY).toBeCloseTo(-1.92);
  });
});

describe('geoLayout', () => {
  const county = demoMaps()[0]!;
  const data = generateDataset({ scenario: 'normal', endMonth: '2025-06', months: 2 });
  const engine = buildEngineData(data.offices, data.records);
  const units = mapUnits(engine, 'county');

  test('matched offices under their ids, shapes nobody claims as grey context', () => {
    const geometry = readGeoJson(county.geojson);
    const layout = geoLayout(units.slice(0, 10), geometry)!;
    expect(layout.kind).toBe('geojson');
    expect(layout.shapes.filter((shape) => shape.officeId !== null)).toHaveLength(10);
    expect(layout.shapes.filter((shape) => shape.officeId === null)).toHaveLength(2);
    expect(layout.unmatched).toEqual([]);
    expect(layout.aspectScale).toBeCloseTo(1, 3);
  });

  test('a file that matches nobody gives no layout: the page draws tiles and says why', () => {
    const other = readGeoJson(demoMaps()[1]!.geojson);
    expect(geoLayout(units, other)).toBeNull();
  });
});
