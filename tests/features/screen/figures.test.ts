import { describe, expect, test } from 'vitest';
import { monthPeriod, type MonthlyRecord, type Office } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { cardHistory } from '../../../src/features/screen/cardHistory';
import { volumeComposition } from '../../../src/features/screen/composition';
import { kpiTiles } from '../../../src/features/screen/kpis';
import { generateDataset } from '../../../mocks/generator';

const offices: Office[] = [
  { id: 'r', name: '县', kind: 'region', parentId: null },
  { id: 'd1', name: '公安局', kind: 'department', parentId: 'r' },
  { id: 'd2', name: '税务局', kind: 'department', parentId: 'r' },
  { id: 'd3', name: '医保局', kind: 'department', parentId: 'r' },
  { id: 't1', name: '东镇', kind: 'township', parentId: 'r' },
  { id: 'v1', name: '东村', kind: 'village', parentId: 't1' },
];
const record = (officeId: string, month: string, accepted: number, onlineAccepted: number): MonthlyRecord => ({
  officeId,
  month,
  accepted,
  completed: accepted,
  completedOnTime: accepted,
  onlineAccepted,
});

describe('kpiTiles', () => {
  const records = [
    record('d1', '2025-02', 100, 80),
    record('d1', '2025-03', 150, 120),
    record('d2', '2025-02', 100, 50),
    record('d2', '2025-03', 50, 30),
  ];
  const engine = buildEngineData(offices, records);
  const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod('2025-03'), {});

  test('values are the engine\'s; 环比 as every screen states it: relative for counts, points between displayed rates', () => {
    const [accepted, online] = kpiTiles(evaluation.scope, ['accepted', 'onlineRate']);
    expect(accepted).toMatchObject({ value: 200, mom: { measure: 'relative', movement: 'flat', tone: 'flat', value: 0 } });
    // 150/200 against 130/200: +10 points, good news for a higher-is-better rate.
    expect(online!.value).toBeCloseTo(0.75);
    expect(online!.mom).toMatchObject({ measure: 'points', movement: 'up', tone: 'good' });
    expect(online!.mom.value).toBeCloseTo(0.1, 12);
  });

  test('no value and no change stay null, never 0', () => {
    const [hotline] = kpiTiles(evaluation.scope, ['hotlineSatisfactionRate']);
    expect(hotline).toMatchObject({ value: null, mom: { movement: 'none', value: null, tone: 'none' } });
  });
});

describe('volumeComposition', () => {
  test('top departments, the others together, townships with their villages, and the rest of the total', () => {
    const records = [
      record('d1', '2025-03', 500, 0),
      record('d2', '2025-03', 300, 0),
      record('d3', '2025-03', 100, 0),
      record('t1', '2025-03', 60, 0),
      record('v1', '2025-03', 40, 0),
    ];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    const composition = volumeComposition(evaluation, 2);
    expect(composition.total).toBe(1000);
    expect(composition.slices.map((slice) => [slice.key, slice.value])).toEqual([
      ['d1', 500],
      ['d2', 300],
      ['otherDepartments', 100],
      ['townships', 100],
    ]);
    expect(composition.slices.map((slice) => slice.share)).toEqual([0.5, 0.3, 0.1, 0.1]);
    expect(composition.slices[0]).toMatchObject({ group: 'office', name: '公安局' });
  });

  test('an office that did not report is left out, not counted as 0; nobody reporting gives no slices', () => {
    const records = [record('d1', '2025-03', 500, 0), record('t1', '2025-03', 100, 0)];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    const keys = volumeComposition(evaluation).slices.map((slice) => slice.key);
    expect(keys).toEqual(['d1', 'townships']);
    const empty = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-01'), {});
    expect(volumeComposition(empty)).toEqual({ total: null, slices: [] });
  });

  test('on the demo county the slices add up to the total', () => {
    const data = generateDataset({ scenario: 'normal', endMonth: '2025-06' });
    const evaluation = evaluatePeriod(buildEngineData(data.offices, data.records), DEFAULT_SCHEME, monthPeriod('2025-05'), {});
    const composition = volumeComposition(evaluation);
    const sum = composition.slices.reduce((total, slice) => total + slice.value, 0);
    expect(sum).toBe(composition.total);
    expect(composition.slices.reduce((total, slice) => total + slice.share, 0)).toBeCloseTo(1, 10);
  });
});

describe('cardHistory', () => {
  test('per month the same cards the evaluation of that month gives, within the data', () => {
    const data = generateDataset({ scenario: 'normal', endMonth: '2025-06', months: 8 });
    const engine = buildEngineData(data.offices, data.records);
    const history = cardHistory(engine, DEFAULT_SCHEME, '2025-06', 12);
    expect(history.map((month) => month.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    for (const month of history) {
      const cards = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month.month), {}).cards;
      expect(month.red).toBe(cards.filter((card) => card.level === 'red').length);
      expect(month.yellow).toBe(cards.filter((card) => card.level === 'yellow').length);
    }
    expect(history.some((month) => month.red + month.yellow > 0)).toBe(true);
  });
});
