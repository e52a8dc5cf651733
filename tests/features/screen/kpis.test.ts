import { describe, expect, test } from 'vitest';
import { monthPeriod } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { kpiTiles } from '../../../src/features/screen/kpis';
import { offices, record } from './fixtures';

describe('kpiTiles', () => {
  const records = [record('d1', '2025-02', 100, 80), record('d1', '2025-03', 150, 120), record('d2', '2025-02', 100, 50), record('d2', '2025-03', 50, 30)];
  const engine = buildEngineData(offices, records);
  const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod('2025-03'), {});

  test("values are the engine's; 环比 as every screen states it: relative for counts, points between displayed rates", () => {
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
