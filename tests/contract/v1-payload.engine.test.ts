import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOffices } from '../../src/adapters/validate/offices';
import { validateRecords } from '../../src/adapters/validate/records';
import { monthPeriod, quarterPeriod } from '../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../src/engine';

/**
 * A payload written to contract v1 (tests/contract/fixtures/v1-payload.json: made by the v1
 * generator) evaluated by the v1.1 engine: the figures are the v1 figures. The hand-computed
 * figures are the adapters' (v1-payload.adapters.test.ts), here through the whole engine.
 */
const payload = JSON.parse(readFileSync(new URL('./fixtures/v1-payload.json', import.meta.url), 'utf8')) as { offices: unknown; records: unknown };
const offices = validateOffices({ offices: payload.offices }, 'offices').offices;
const records = validateRecords({ records: payload.records }, 'records', {
  from: '2025-08',
  to: '2025-10',
  officeIds: new Set(offices.map((o) => o.id)),
}).records;
const data = buildEngineData(offices, records);

describe('a contract v1 payload through the v1.1 engine', () => {
  it('gives the v1 rates: 办结率 over accepted, 好评率 from goodReviews, 热线按时办结率 over tickets, online over the rows with both fields', () => {
    const october = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-10'));
    expect(october.office('d-police')!.values.completionRate).toBe(2668 / 2743);
    expect(october.office('d-police')!.values.goodReviewRate).toBeCloseTo(0.999169, 6);
    expect(october.office('t02')!.values.goodReviewRate).toBe(1851 / 1856);
    expect(october.office('t02')!.values.onlineRate).toBe(1697 / 1974);
    const august = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-08'));
    expect(august.office('d-power')!.values.completionRate).toBe(401 / 397);
  });

  it('a quarter sums its months: the whole payload’s 办结率, 按时办结率 and 好评率, and the laggard’s hotline', () => {
    const quarter = evaluatePeriod(data, DEFAULT_SCHEME, quarterPeriod('2025-08'), { through: '2025-10' });
    expect(quarter.period).toEqual({ kind: 'quarter', from: '2025-07', to: '2025-09' });
    const q = evaluatePeriod(data, DEFAULT_SCHEME, { kind: 'range', from: '2025-08', to: '2025-10' });
    expect(q.scope.values.completionRate).toBe(16984 / 17147);
    expect(q.scope.values.onTimeRate).toBe(16972 / 16984);
    expect(q.scope.values.goodReviewRate).toBe(15364 / 15388);
    expect(q.office('d-power')!.values.hotlineOnTimeRate).toBe(207 / 236);
  });

  it('reports none of the v1.1 fields, and no office is 数据不全 for leaving them out', () => {
    const october = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-10'));
    for (const field of ['carriedOver', 'overdueOpen', 'badReviewsOverdue', 'hotlineCompleted', 'reviewsVerySatisfied'] as const) {
      expect(october.scope.counts[field]).toBeUndefined();
    }
    expect(
      october
        .offices()
        .filter((office) => office.dataIncomplete)
        .map((office) => office.officeId),
    ).toEqual([]);
  });
});
