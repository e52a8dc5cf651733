import { describe, expect, test } from 'vitest';
import { monthPeriod } from '../../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../../src/engine';
import { cardsByUnit, inkFor, scoreClasses, unitEvaluations } from '../../../../src/features/screen/map/mapRegions';
import { mapUnits } from '../../../../src/features/screen/pageAvailability';
import { cardKey } from '../../../../src/features/screen/cardTracker';
import { officeFixture } from '../../evaluation-fixtures';
import { generateDataset } from '../../../../mocks/generator';

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
