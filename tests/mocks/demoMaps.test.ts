import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readGeoJson } from '../../src/adapters/geo/features';
import { insidePolygon, polygonArea } from '../../src/adapters/geo/geometry';
import { matchRegions } from '../../src/adapters/geo/matchRegions';
import { readMapConfig } from '../../src/adapters/mapConfig';
import { demoMapText, demoMaps } from '../../mocks/demoMaps';
import { generateDataset } from '../../mocks/generator';

const maps = demoMaps();

describe('the demo boundary files (public/maps)', () => {
  test('are what the generator makes: regenerate them with tools/write-demo-maps.ts after changing the demo tree', () => {
    for (const map of maps) {
      const file = readFileSync(new URL(`../../public/maps/${map.file}`, import.meta.url), 'utf8');
      expect(file, map.file).toBe(demoMapText(map));
    }
  });

  test('say they are invented, lie in open sea at 0°, 0°, and use province code 99, which GB/T 2260 does not', () => {
    for (const map of maps) {
      expect(map.geojson.description).toContain('虚构');
      expect(map.geojson.name).toContain('虚构');
      const geometry = readGeoJson(map.geojson);
      expect(geometry.box.minX).toBeGreaterThan(-0.5);
      expect(geometry.box.maxX).toBeLessThan(3);
      expect(geometry.box.minY).toBeGreaterThan(-0.5);
      expect(geometry.box.maxY).toBeLessThan(2);
      for (const feature of map.geojson.features) expect(feature.properties.adcode).toMatch(/^99\d{4}(\d{6})?$/);
    }
  });

  test('the demo config names them for the county and the prefecture, and every township and county matches by its code', () => {
    const config = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8')) as { map: unknown };
    const problems: string[] = [];
    const mapConfig = readMapConfig(config.map, problems);
    expect(problems).toEqual([]);
    for (const [scenario, map] of [
      ['normal', maps[0]!],
      ['large', maps[1]!],
    ] as const) {
      expect(mapConfig!.byRegion[map.regionId]!.url).toBe(`maps/${map.file}`);
      const offices = generateDataset({ scenario, endMonth: '2025-06', months: 1 }).offices;
      const units = offices.filter((office) => office.parentId === map.regionId && office.kind === (scenario === 'normal' ? 'township' : 'region'));
      const match = matchRegions(units, readGeoJson(map.geojson).features);
      expect(match.unmatchedOffices).toEqual([]);
      expect(match.unmatchedFeatures).toEqual([]);
      expect([...match.how.values()].every((how) => how === 'code')).toBe(true);
    }
  });

  test('cells tile the outline: no two overlap, and together they cover it without holes between them', () => {
    for (const map of maps) {
      const polygons = readGeoJson(map.geojson).features.map((feature) => feature.polygons[0]!);
      const box = readGeoJson(map.geojson).box;
      let inside = 0;
      // A grid of sample points: each lies in at most one cell.
      for (let i = 1; i < 60; i++) {
        for (let j = 1; j < 60; j++) {
          const point: [number, number] = [box.minX + ((box.maxX - box.minX) * i) / 60, box.minY + ((box.maxY - box.minY) * j) / 60];
          const holders = polygons.filter((polygon) => insidePolygon(point, polygon)).length;
          expect(holders).toBeLessThanOrEqual(1);
          inside += holders;
        }
      }
      expect(inside).toBeGreaterThan(59 * 59 * 0.6);
      for (const polygon of polygons) expect(polygonArea(polygon)).toBeGreaterThan(0);
    }
  });
});
