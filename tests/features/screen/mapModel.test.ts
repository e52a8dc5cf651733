import { describe, expect, test } from 'vitest';
import { readGeoJson } from '../../../src/adapters/geo/features';
import { monthPeriod } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { geoLayout, tileColumns, tileLayout } from '../../../src/features/screen/map/mapLayout';
import { cardsByUnit, inkFor, scoreClasses, unitEvaluations } from '../../../src/features/screen/map/mapRegions';
import { fitProjection, visibleLabels } from '../../../src/features/screen/map/projection';
import { mapUnits } from '../../../src/features/screen/pageAvailability';
import { cardKey } from '../../../src/features/screen/cardTracker';
import { officeFixture } from '../evaluation-fixtures';
import { demoMaps } from '../../../mocks/demoMaps';
import { generateDataset } from '../../../mocks/generator';

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

describe('map regions', () => {
  test('the units of a county are its townships, of a prefecture its counties', () => {
    const county = generateDataset({ scenario: 'normal', endMonth: '2025-06', months: 1 });
    expect(mapUnits(buildEngineData(county.offices, county.records), 'county').every((office) => office.kind === 'township')).toBe(true);
    const pref = generateDataset({ scenario: 'large', endMonth: '2025-06', months: 1 });
    const units = mapUnits(buildEngineData(pref.offices, pref.records), 'pref');
    expect(units).toHaveLength(13);
    expect(units.every((office) => office.kind === 'region')).toBe(true);
  });

  test('cards gather by the unit containing their office; the scope’s own departments are apart; news marks its unit', () => {
    const data = generateDataset({ scenario: 'normal', endMonth: '2025-06', months: 3 });
    const engine = buildEngineData(data.offices, data.records);
    const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod('2025-06'), {});
    const units = mapUnits(engine, 'county');
    expect(evaluation.cards.length).toBeGreaterThan(0);
    const township = evaluation.cards.find((card) => engine.offices[engine.officeIndex.get(card.officeId)!]!.kind !== 'department');
    const fresh = new Set(township ? [cardKey(township)] : []);
    const { byUnit, elsewhere } = cardsByUnit(engine, evaluation.cards, units, fresh);
    const counted = [...byUnit.values()].reduce((sum, unit) => sum + unit.red.length + unit.yellow.length, 0);
    expect(counted + elsewhere.length).toBe(evaluation.cards.length);
    for (const card of elsewhere) expect(engine.offices[engine.officeIndex.get(card.officeId)!]!.kind).toBe('department');
    if (township) {
      const unit = [...byUnit].find(([, cards]) => [...cards.red, ...cards.yellow].includes(township));
      expect(unit).toBeTruthy();
      expect(unit![1].fresh).toBe(township.level === 'red');
    }
    expect(unitEvaluations(evaluation, units).size).toBe(units.length);
  });

  test('score classes by place, the best fifth first; ties share a class; the legend states each class’s range', () => {
    const offices = [95, 93, 93, 90, 88, 80, 70].map((score, i) => officeFixture({ officeId: `o${i}`, rank: i + 1, score }));
    const { classes, classOf } = scoreClasses([...offices, officeFixture({ officeId: 'silent', status: 'not-reported' })], ['a', 'b', 'c', 'd', 'e']);
    expect(classOf.get('o1')).toBe(classOf.get('o2'));
    expect(classOf.has('silent')).toBe(false);
    // Seven places in five classes: the first two places share the top class, and so does the tie with the second.
    expect(classes.map((cls) => [cls.colour, cls.high, cls.low, cls.count])).toEqual([
      ['a', 95, 93, 3],
      ['b', 90, 90, 1],
      ['c', 88, 88, 1],
      ['d', 80, 80, 1],
      ['e', 70, 70, 1],
    ]);
  });

  test('ink: light text on dark fills, dark text on light ones', () => {
    expect(inkFor('#3f4c94')).toBe('light');
    expect(inkFor('#ffc53d')).toBe('dark');
    expect(inkFor('not a colour')).toBe('light');
  });
});

describe('projection and labels', () => {
  test('the map keeps its aspect, centred with its padding, north up', () => {
    const fit = fitProjection({ minX: 0, minY: 0, maxX: 2, maxY: 1 }, 1, 420, 420, 10);
    expect(fit.project([0, 1])).toEqual([10, 110]);
    expect(fit.project([2, 0])).toEqual([410, 310]);
  });

  test('colliding labels give way by priority; the highlighted one always shows', () => {
    const shown = visibleLabels([
      { key: 'a', x: 0, y: 0, width: 100, height: 30, priority: 0 },
      { key: 'b', x: 50, y: 10, width: 100, height: 30, priority: 1000 },
      { key: 'c', x: 300, y: 0, width: 100, height: 30, priority: 0 },
    ]);
    expect([...shown].sort()).toEqual(['b', 'c']);
  });
});
