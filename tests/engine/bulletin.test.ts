import { describe, expect, it } from 'vitest';
import { buildEngineData, DEFAULT_SCHEME } from '../../src/engine';
import { bulletinFacts } from '../../src/engine/bulletin';
import { GOLDEN_OFFICES, GOLDEN_RECORDS, GOLDEN_SCHEME } from './fixtures/golden';

const data = buildEngineData(GOLDEN_OFFICES, GOLDEN_RECORDS);
const facts = bulletinFacts(data, GOLDEN_SCHEME, '2025-02');

describe('bulletinFacts (golden county, February 2025)', () => {
  it('is plain data: a JSON round trip gives the same object', () => {
    expect(JSON.parse(JSON.stringify(facts))).toStrictEqual(facts);
    expect(structuredClone(facts)).toStrictEqual(facts);
  });

  it('states the period, the scope, and that the month is provisional', () => {
    expect(facts).toMatchObject({
      month: '2025-02',
      previousMonth: '2025-01',
      yearAgoMonth: '2024-02',
      scope: { officeId: 'R', name: '县', kind: 'region' },
      scheme: { id: 'golden', name: '测试方案' },
      partial: true,
    });
    expect(facts.coverage).toMatchObject({
      reported: 6,
      expected: 7,
      rate: 6 / 7,
      notReported: { department: [], township: [], village: [{ officeId: 'V2', name: '西村', kind: 'village' }] },
      missing: [{ officeId: 'V2', name: '西村', kind: 'village', parentId: 'T2', parentName: '河西乡' }],
    });
  });

  it('states totals with month-on-month changes, grouped by category', () => {
    expect(facts.totals.counts.accepted).toBe(230);
    expect(facts.totals.deltas.accepted!.mom).toEqual({ previous: 215, absolute: 15, relative: 15 / 215 });
    const handling = Object.fromEntries(facts.figures.handling.map((figure) => [figure.indicatorId, figure.value]));
    expect(handling).toMatchObject({ accepted: 230, completed: 230, overdue: 1, onTimeRate: 219 / 230, completionRate: 1 });
    expect(facts.figures.hotline.every((figure) => figure.value === null)).toBe(true);
    // reviews 270 = good 266 + bad 3 + neutral 1; of the 3 bad, 1 rectified, 2 not
    expect(facts.reviews).toEqual({
      reviews: 270,
      good: 266,
      neutral: 1,
      bad: 3,
      rectified: 1,
      unrectified: 2,
      shares: { good: 266 / 270, neutral: 1 / 270, bad: 3 / 270 },
    });
  });

  it('adds up each kind as one', () => {
    // departments 100+50+10; townships with their villages 20+10+40
    expect(facts.kindTotals.department.counts.accepted).toBe(160);
    expect(facts.kindTotals.township.counts.accepted).toBe(70);
    expect(facts.kindTotals.township.reporting).toEqual({ reported: 3, expected: 4 });
    expect(facts.kindTotals.department.values.onTimeRate).toBe((96 + 48 + 10) / 160);
  });

  it('tables the rankings with the scheme columns', () => {
    const departments = facts.rankings.department;
    expect(departments.columns).toEqual(['onTimeRate', 'goodReviewRate']);
    expect(departments.rows.map((row) => [row.officeId, row.name, row.rank, row.rankChange])).toEqual([
      ['D3', '医保局', 1, null],
      ['D1', '政务服务局', 2, 1],
      ['D2', '人社局', 2, 0],
    ]);
    expect(departments.rows[2]!.values).toEqual({ accepted: 50, onTimeRate: 0.96, goodReviewRate: 0.99 });
    expect(departments.rows[2]!.cards).toEqual({ red: 1, yellow: 0 });
    expect(departments.partial).toBe(false);
    expect(facts.rankings.township.partial).toBe(true);
  });

  it('names every card with office, rule, number, threshold and since when', () => {
    expect(facts.cards.red.map((card) => [card.name, card.ruleId, card.actual, card.threshold, card.since])).toEqual([
      ['城关镇', 'overdue', 1, 0, '2025-01'],
      ['人社局', 'unrectified', 1, 0, '2025-02'],
      ['城关镇', 'unrectified', 1, 0, '2025-02'],
    ]);
    expect(facts.cards.yellow.map((card) => [card.name, card.ruleId, card.consecutiveMonths])).toEqual([
      ['医保局', 'near-deadline', 1],
      ['河西乡', 'on-time-warning', 2],
    ]);
    expect(facts.talkFlags).toEqual([
      { officeId: 'D1', name: '政务服务局', kind: 'department', months: ['2025-01', '2025-02'] },
      { officeId: 'T2', name: '河西乡', kind: 'township', months: ['2025-01', '2025-02'] },
    ]);
  });

  it('works with the default scheme and a narrower scope', () => {
    const scoped = bulletinFacts(data, DEFAULT_SCHEME, '2025-03', 'T1');
    expect(scoped.scope.officeId).toBe('T1');
    expect(scoped.totals.counts.accepted).toBe(30);
    expect(scoped.rankings.department.rows).toEqual([]);
    expect(scoped.partial).toBe(false);
  });
});
