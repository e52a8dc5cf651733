import { describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod, ytdPeriod, type Scheme } from '../../src/domain';
import { buildEngineData, evaluatePeriod, type OfficeEvaluation } from '../../src/engine';
import { FAIR_OFFICES, FAIR_RECORDS, FAIR_SCHEME } from './fixtures/fairness';

const data = buildEngineData(FAIR_OFFICES, FAIR_RECORDS);
const nov = evaluatePeriod(data, FAIR_SCHEME, monthPeriod('2025-11'));
const of = (id: string, evaluation = nov): OfficeEvaluation => evaluation.office(id)!;
const withRules = (rules: Partial<Scheme['rules']>): Scheme => ({ ...FAIR_SCHEME, rules: { ...FAIR_SCHEME.rules, ...rules } });

describe('missing is never better than reporting (November 2025, by hand)', () => {
  it('an office that left out completedOnTime scores that indicator 0 and is marked 数据不全 with the field', () => {
    // A: on time 111/111 → 100; good 98/100 = 0.98 → (0.98 − 0.95) / 0.05 × 100 = 60 → (50×100 + 50×60)/100 = 80
    expect(of('A').score).toBeCloseTo(80, 9);
    expect(of('A').dataIncomplete).toBe(false);
    // B: the same good reviews, no completedOnTime: 0 points on a kept weight → (0 + 50×60)/100 = 30
    expect(of('B').score).toBeCloseTo(30, 9);
    expect(of('B').dataIncomplete).toBe(true);
    const [onTime, good] = of('B').scoreDetails;
    expect(onTime).toMatchObject({
      indicatorId: 'onTimeRate',
      status: 'missing',
      value: null,
      score: 0,
      points: 0,
      lost: 50,
      missingFields: ['completedOnTime'],
    });
    expect(good).toMatchObject({
      indicatorId: 'goodReviewRate',
      status: 'scored',
      score: expect.closeTo(60, 9),
      points: expect.closeTo(30, 9),
      lost: expect.closeTo(20, 9),
    });
    expect(of('B').score!).toBeLessThan(of('A').score!);
  });

  it('under the scheme setting "leave out" the missing indicator drops from the weights, still marked 数据不全', () => {
    const leaveOut = evaluatePeriod(data, withRules({ missingData: 'leave-out' }), monthPeriod('2025-11'));
    expect(of('B', leaveOut).score).toBeCloseTo(60, 9);
    expect(of('B', leaveOut).dataIncomplete).toBe(true);
    expect(of('B', leaveOut).scoreDetails[0]).toMatchObject({ status: 'missing', score: null, points: null });
  });
});

describe('好评 under national practice and small samples', () => {
  it('counts 基本满意 as good when the five levels are sent', () => {
    // C: 30 非常满意 + 8 满意 + 2 基本满意 of 40 → 好评率 100%; on time 99/100 → 90 → (4500 + 5000)/100 = 95
    expect(of('C').counts).toMatchObject({ reviews: 40, goodReviews: 40, badReviews: 0, reviewsBasicallySatisfied: 2 });
    expect(of('C').values.goodReviewRate).toBe(1);
    expect(of('C').score).toBeCloseTo(95, 9);
    expect(of('C').cards).toEqual([]);
  });

  it('leaves a rate on too few reviews out of the weights (样本不足) and raises no card on it', () => {
    // D: 14 good of 15 reviews = 93.3%, under 99% — but 15 reviews are under the minimum of 20.
    expect(of('D').values.goodReviewRate).toBe(14 / 15);
    expect(of('D').scoreDetails[1]).toMatchObject({ status: 'small-sample', denominator: 15, minDenominator: 20, score: null, points: null });
    expect(of('D').score).toBe(100);
    expect(of('D').cards).toEqual([]);
  });
});

describe('ranks, rank changes and cards', () => {
  it('ranks D 100, C 95, A 80, B 30 and measures change among offices ranked in both months', () => {
    // October: A, C, D 100 (tied first); B: good 97% → 40 → 70, fourth.
    expect(nov.rankings.department.map((o) => [o.officeId, o.rank, o.previousRank, o.rankChange, o.rankMove])).toEqual([
      ['D', 1, 1, 0, null],
      ['C', 2, 1, -1, null],
      ['A', 3, 1, -2, null],
      ['B', 4, 4, 0, null],
    ]);
  });

  it('cards by e-supervision rules, with the run since it began', () => {
    expect(nov.cards.map((card) => [card.officeId, card.ruleId, card.since, card.consecutiveMonths])).toEqual([
      ['A', 'near-deadline', '2025-10', 2],
      ['A', 'good-warning', '2025-11', 1],
      ['B', 'good-warning', '2025-09', 3],
    ]);
  });

  it('约谈提示 after the scheme’s number of consecutive months last, with the whole run; months only', () => {
    // B last in September, October and November; in August everyone tied first, so nobody was last.
    expect(nov.talkFlags).toEqual([{ officeId: 'B', kind: 'department', months: ['2025-09', '2025-10', '2025-11'] }]);
    expect(evaluatePeriod(data, withRules({ talkAfterMonths: 3 }), monthPeriod('2025-11')).talkFlags).toHaveLength(1);
    expect(evaluatePeriod(data, withRules({ talkAfterMonths: 4 }), monthPeriod('2025-11')).talkFlags).toEqual([]);
    expect(evaluatePeriod(data, withRules({ talkAfterMonths: 0 }), monthPeriod('2025-11')).talkFlags).toEqual([]);
    expect(evaluatePeriod(data, FAIR_SCHEME, quarterPeriod('2025-10')).talkFlags).toEqual([]);
  });
});

describe('levels and flows over a period', () => {
  it('a month: 办结率 over 应办结 = accepted + carried over', () => {
    expect(of('A').values.completionRate).toBe(111 / (111 + 30));
    expect(of('B').values.completionRate).toBe(1);
  });

  it('a quarter in progress counts its months with data, takes a month-end level at its last month and a month-start level at its first', () => {
    const q4 = evaluatePeriod(data, FAIR_SCHEME, quarterPeriod('2025-10'));
    expect(q4.requested).toEqual({ kind: 'quarter', from: '2025-10', to: '2025-12' });
    expect(q4.period).toEqual({ kind: 'quarter', from: '2025-10', to: '2025-11' });
    expect(q4.through).toBe('2025-11');
    const a = of('A', q4);
    expect(a.counts.accepted).toBe(110 + 111);
    expect(a.counts.nearDeadline).toBe(1); // November's, not 3 + 1
    expect(a.counts.carriedOver).toBe(20); // October's, carried into the quarter
    expect(a.values.completionRate).toBe((110 + 111) / (110 + 111 + 20));
  });

  it('compares a quarter in progress like for like: the same months of the last quarter and of last year', () => {
    const q4 = evaluatePeriod(data, FAIR_SCHEME, quarterPeriod('2025-10'));
    expect(q4.previousPeriod).toEqual({ kind: 'quarter', from: '2025-07', to: '2025-08' });
    expect(q4.yearAgoPeriod).toEqual({ kind: 'quarter', from: '2024-10', to: '2024-11' });
    const accepted = of('A', q4).deltas.accepted!;
    expect(accepted.mom.previous).toBe(107 + 108);
    expect(accepted.yoy.previous).toBe(100 + 101);
    // Not cut when the quarter is complete.
    const q3 = evaluatePeriod(data, FAIR_SCHEME, quarterPeriod('2025-07'));
    expect([q3.through, q3.previousPeriod]).toEqual([null, { kind: 'quarter', from: '2025-04', to: '2025-06' }]);
    expect(of('A', q3).deltas.accepted!.mom.previous).toBe(104 + 105 + 106);
  });

  it('a year-to-date has no 环比 (累计数不作环比), its 同比 over the same months, and ranks against the year-to-date a month shorter', () => {
    const ytd = evaluatePeriod(data, FAIR_SCHEME, ytdPeriod('2025-11'));
    expect(ytd.previousPeriod).toBeNull();
    expect(ytd.yearAgoPeriod).toEqual({ kind: 'ytd', from: '2024-01', to: '2024-11' });
    const accepted = of('A', ytd).deltas.accepted!;
    expect(accepted.mom).toEqual({ previous: null, absolute: null, relative: null, gap: 'cumulative' });
    // Σ (100 + m) for m = 1..11 = 1166 against Σ (90 + m) = 1056
    expect(of('A', ytd).counts.accepted).toBe(1166);
    expect(accepted.yoy).toMatchObject({ previous: 1056, absolute: 110 });
    // Ranked against January–October: B was alone last there too.
    expect(of('B', ytd).previousRank).toBe(4);
    // January: no year-to-date a month shorter, so no rank change at all.
    const january = evaluatePeriod(data, FAIR_SCHEME, ytdPeriod('2025-01'));
    expect(january.rankings.department.every((office) => office.rankChange === null && office.rankMove === null)).toBe(true);
  });
});

describe('lost points and what moved the score (失分项)', () => {
  it('gives each indicator’s points and points lost, out of 100', () => {
    // A: 按时办结率 100 × 50/100 = 50 points, nothing lost; 好评率 60 × 50/100 = 30 points, 20 lost.
    expect(of('A').scoreDetails.map((d) => [d.indicatorId, d.points, d.lost])).toEqual([
      ['onTimeRate', 50, 0],
      ['goodReviewRate', expect.closeTo(30, 9), expect.closeTo(20, 9)],
    ]);
  });

  it('says which indicators moved the score since the previous month, largest first', () => {
    // A in October: 100 (50 + 50). November 80: 好评率 −20.
    expect(of('A').scoreChange).toEqual({ total: expect.closeTo(-20, 9), byIndicator: [{ indicatorId: 'goodReviewRate', change: expect.closeTo(-20, 9) }] });
    // B in October: on time 50 points, good 97% → 40 → 20 points: 70. November 30: 按时办结率 −50 (数据不全), 好评率 +10.
    expect(of('B').scoreChange).toEqual({
      total: expect.closeTo(-40, 9),
      byIndicator: [
        { indicatorId: 'onTimeRate', change: -50 },
        { indicatorId: 'goodReviewRate', change: expect.closeTo(10, 9) },
      ],
    });
    expect(of('B').previousScoreDetails.map((d) => d.status)).toEqual(['scored', 'scored']);
    // D: unchanged at 100, though its 好评率 left the weights (样本不足): its on-time points rose from 50 to 100.
    expect(of('D').scoreChange.total).toBe(0);
    expect(of('D').scoreChange.byIndicator).toEqual([
      { indicatorId: 'goodReviewRate', change: -50 },
      { indicatorId: 'onTimeRate', change: 50 },
    ]);
  });
});
