import { describe, expect, test } from 'vitest';
import { monthPeriod, type MonthlyRecord, type Office } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { cardHistory } from '../../../src/features/screen/cardHistory';
import { volumeSplit } from '../../../src/features/screen/volume';
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

describe('volumeSplit', () => {
  test('the busiest units one by one, townships with their villages, everyone else summed', () => {
    const records = [
      record('d1', '2025-03', 500, 0),
      record('d2', '2025-03', 300, 0),
      record('d3', '2025-03', 100, 0),
      record('t1', '2025-03', 60, 0),
      record('v1', '2025-03', 40, 0),
    ];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    const split = volumeSplit(evaluation, 2);
    expect(split.total).toBe(1000);
    expect(split.top).toEqual([
      { officeId: 'd1', value: 500 },
      { officeId: 'd2', value: 300 },
    ]);
    // d3 (100) and the township with its village (60 + 40).
    expect(split.rest).toEqual({ units: 2, value: 200 });
    expect(volumeSplit(evaluation, 10).rest).toBeNull();
  });

  test('an office that did not report is left out, not counted as 0; nobody reporting gives no bars', () => {
    const records = [record('d1', '2025-03', 500, 0), record('t1', '2025-03', 100, 0)];
    const evaluation = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-03'), {});
    expect(volumeSplit(evaluation).top.map((unit) => unit.officeId)).toEqual(['d1', 't1']);
    const empty = evaluatePeriod(buildEngineData(offices, records), DEFAULT_SCHEME, monthPeriod('2025-01'), {});
    expect(volumeSplit(empty)).toEqual({ total: null, top: [], rest: null });
  });

  test('on the demo county and the prefecture the bars add up to the total: at a prefecture they are its counties and its own departments', () => {
    for (const scenario of ['normal', 'large'] as const) {
      const data = generateDataset({ scenario, endMonth: '2025-06', months: 3 });
      const evaluation = evaluatePeriod(buildEngineData(data.offices, data.records), DEFAULT_SCHEME, monthPeriod('2025-05'), {});
      const split = volumeSplit(evaluation, 8);
      expect(split.top).toHaveLength(8);
      const sum = split.top.reduce((total, unit) => total + unit.value, 0) + (split.rest?.value ?? 0);
      expect(sum).toBe(split.total);
      for (let i = 1; i < split.top.length; i++) expect(split.top[i]!.value).toBeLessThanOrEqual(split.top[i - 1]!.value);
      if (scenario === 'large') {
        const kinds = new Set(split.top.map((unit) => evaluation.office(unit.officeId)!.kind));
        expect(kinds.has('region')).toBe(true);
        // 13 counties and ~25 departments: 30 or so summed in one bar, never 38 slivers.
        expect(split.rest!.units).toBeGreaterThan(20);
      }
    }
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
