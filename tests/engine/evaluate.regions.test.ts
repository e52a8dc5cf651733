import { describe, expect, it } from 'vitest';
import { monthPeriod, schemeFromV1, type MonthlyRecord } from '../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../src/engine';
import { generateDataset } from '../../mocks/generator';
import { TWO_COUNTIES } from '../fixtures/two-counties';

/**
 * 按时办结率 alone, weight 100, floor 0.9 → 0, target 1 → 100, for every ranked kind. In January:
 *   青岚县: its 公安局 99/100 on time, its 城东街道 (with 东村) 10/20 + 0/0 → county 109/120
 *   临溪县: its 城东街道 95/100 → county 95/100
 */
const SCHEME = schemeFromV1({
  version: 1,
  id: 'regions',
  name: '区域',
  indicators: [{ indicatorId: 'onTimeRate', weight: 100, floor: 0.9, target: 1, appliesTo: ['region', 'department', 'township'] }],
  cardRules: [],
});
const row = (officeId: string, completed: number, completedOnTime: number): MonthlyRecord => ({
  officeId,
  month: '2025-01',
  accepted: completed,
  completed,
  completedOnTime,
});
const data = buildEngineData(TWO_COUNTIES, [row('c1-d', 100, 99), row('c1-t', 20, 10), row('c1-t-v', 0, 0), row('c2-t', 100, 95)]);
const prefecture = evaluatePeriod(data, SCHEME, monthPeriod('2025-01'));

describe('regions within regions', () => {
  it('scores a county on its own roll-up (sums of counts), not on its offices’ scores', () => {
    // 青岚县: 109/120 = 0.9083 → 8.33 points. Its offices score 90 (公安局) and 0 (城东街道): their
    // mean (45) is not the county's score.
    expect(prefecture.office('c1')!.values.onTimeRate).toBe(109 / 120);
    expect(prefecture.office('c1')!.score).toBeCloseTo(((109 / 120 - 0.9) / 0.1) * 100, 9);
    // 临溪县: 0.95 → 50
    expect(prefecture.office('c2')!.score).toBeCloseTo(50, 9);
    expect(prefecture.rankings.region.map((office) => [office.officeId, office.rank])).toEqual([
      ['c2', 1],
      ['c1', 2],
    ]);
  });

  it('ranks only the scope’s own departments and the townships directly under it: never two counties’ offices together', () => {
    expect(prefecture.rankings.department).toEqual([]);
    expect(prefecture.rankings.township).toEqual([]);
    const county = evaluatePeriod(data, SCHEME, monthPeriod('2025-01'), { scopeId: 'c1' });
    expect(county.rankings.department.map((office) => office.officeId)).toEqual(['c1-d']);
    expect(county.rankings.township.map((office) => office.officeId)).toEqual(['c1-t']);
    expect(county.rankings.region).toEqual([]);
  });

  it('the large scenario: 13 counties ranked at the prefecture, each county ranking its own departments', () => {
    const mock = generateDataset({ scenario: 'large', seed: 1, endMonth: '2025-12', months: 2 });
    const large = buildEngineData(mock.offices, mock.records);
    const city = evaluatePeriod(large, DEFAULT_SCHEME, monthPeriod('2025-12'));
    expect(city.rankings.region).toHaveLength(13);
    expect(city.rankings.region.every((office) => office.score !== null && office.rank !== null)).toBe(true);
    const parents = new Set(city.rankings.department.map((office) => office.parentId));
    expect([...parents]).toEqual(city.rankings.department.length ? [city.scopeId] : []);
    for (const county of city.rankings.region.slice(0, 3)) {
      const view = evaluatePeriod(large, DEFAULT_SCHEME, monthPeriod('2025-12'), { scopeId: county.officeId });
      expect(view.rankings.department.length).toBeGreaterThan(10);
      expect(view.rankings.department.every((office) => office.parentId === county.officeId)).toBe(true);
    }
  });
});
