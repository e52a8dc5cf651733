import { describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod } from '../../src/domain';
import { buildEngineData, evaluatePeriod, kindRollup, kindTrend, latestCompleteMonth, monthCoverage, trend, type OfficeEvaluation } from '../../src/engine';
import { GOLDEN_OFFICES, GOLDEN_RECORDS, GOLDEN_SCHEME } from './fixtures/golden';

const data = buildEngineData(GOLDEN_OFFICES, GOLDEN_RECORDS);
const jan = evaluatePeriod(data, GOLDEN_SCHEME, monthPeriod('2025-01'));
const feb = evaluatePeriod(data, GOLDEN_SCHEME, monthPeriod('2025-02'));
const mar = evaluatePeriod(data, GOLDEN_SCHEME, monthPeriod('2025-03'));

const ids = (list: OfficeEvaluation[]) => list.map((entry) => entry.officeId);
const of = (evaluation: typeof feb, id: string) => {
  const found = evaluation.office(id);
  if (!found) throw new Error(`no evaluation for ${id}`);
  return found;
};

describe('golden county, January 2025 (everyone due reported)', () => {
  it('scores by hand', () => {
    // D1: on time 95/100 = 0.95 → (0.95−0.90)/0.10×100 = 50; good 78/80 = 0.975 → (0.975−0.95)/0.05×100 = 50
    //     composite (60×50 + 40×50)/100 = 50
    expect(of(jan, 'D1').score).toBeCloseTo(50, 9);
    // D2: on time 40/40 = 1 → 100; 0 reviews → good-review rate has no value (zero denominator), so
    //     it drops out and the weights renormalise: 60×100/60 = 100 (not 60, which counting it as 0 would give)
    expect(of(jan, 'D2').values.goodReviewRate).toBeNull();
    expect(of(jan, 'D2').indicatorScores).toEqual({ onTimeRate: 100, goodReviewRate: null });
    expect(of(jan, 'D2').score).toBeCloseTo(100, 9);
    // T1 = own + V1: completed 20+5 = 25, on time 19+5 = 24 → 0.96 → 60; reviews 24, good 24 → 100
    //     composite (60×60 + 40×100)/100 = 76
    expect(of(jan, 'T1').counts.completed).toBe(25);
    expect(of(jan, 'T1').score).toBeCloseTo(76, 9);
    // T2 = own + V2: completed 40, on time 37 → 0.925 → 25; reviews 30, good 29 → 0.9667 → 33.33
    //     composite (60×25 + 40×33.33)/100 = 28.33 (= 85/3)
    expect(of(jan, 'T2').score).toBeCloseTo(85 / 3, 9);
  });

  it('ranks within kind and leaves out the department that did not exist yet', () => {
    expect(ids(jan.rankings.department)).toEqual(['D2', 'D1']);
    expect(jan.rankings.department.map((entry) => entry.rank)).toEqual([1, 2]);
    // D3 first reported in February: in January it is neither ranked nor "not reported".
    expect(of(jan, 'D3').status).toBe('not-expected');
    expect(of(jan, 'D3').reporting).toEqual({ reported: 0, expected: 0 });
    expect(jan.notReported.department).toEqual([]);
    expect(ids(jan.rankings.township)).toEqual(['T1', 'T2']);
  });

  it('is complete: 6 reporting units due, 6 reported (D3 not yet due, the region itself never)', () => {
    expect(jan.reporting).toEqual({ reported: 6, expected: 6 });
    expect(jan.partial).toBe(false);
  });
});

describe('golden county, February 2025 (V2 missing, D3 new, a tie)', () => {
  it('rolls the region up from counts: sums, never means', () => {
    // accepted 100+50+10+20+10+40 = 230; completed 100+50+10+20+10+40 = 230; on time 96+48+10+19+10+36 = 219
    // reviews 100+100+0+20+10+40 = 270; good 99+99+0+19+10+39 = 266; bad 1+1+0+1+0+0 = 3; rectified 1
    expect(feb.scope.counts).toEqual({
      accepted: 230,
      completed: 230,
      completedOnTime: 219,
      overdue: 1,
      nearDeadline: 2,
      reviews: 270,
      goodReviews: 266,
      badReviews: 3,
      badReviewsRectified: 1,
    });
    expect(feb.scope.values.onTimeRate).toBe(219 / 230);
    expect(feb.scope.values.goodReviewRate).toBe(266 / 270);
    expect(feb.scope.values.badReviewsUnrectified).toBe(2);
    // Nobody reports hotline, online or disclosure figures: absent, and their rates have no value.
    expect('hotlineTickets' in feb.scope.counts).toBe(false);
    expect(feb.scope.values.hotlineTickets).toBeNull();
    expect(feb.scope.values.hotlineResponseRate).toBeNull();
    expect(feb.scope.values.onlineRate).toBeNull();
  });

  it('gives tied scores the same rank (1, 2, 2) and the change among the offices ranked in both months', () => {
    // D3: on time 10/10 → 100, no reviews → 100. D1: 0.96 → 60, 0.99 → 80 → (3600+3200)/100 = 68.
    // D2: 48/50 = 0.96 → 60, 99/100 → 80 → 68: a tie with D1, listed by id.
    // Among D1 and D2 (ranked in January too): January D2 1st, D1 2nd; now tied 1st. So D1 moved
    // up one place by its own results (its published rank stays 2nd because D3 came in first), and
    // D2 did not move among them: its fall from 1st to 2nd is D3's arrival, marked as such.
    expect(feb.rankings.department.map((entry) => [entry.officeId, entry.rank, entry.previousRank, entry.rankChange, entry.rankMove])).toEqual([
      ['D3', 1, null, null, 'new'],
      ['D1', 2, 2, 1, null],
      ['D2', 2, 1, 0, 'others'],
    ]);
    expect(of(feb, 'D1').score).toBeCloseTo(68, 9);
    expect(of(feb, 'D2').score).toBeCloseTo(68, 9);
  });

  it('scores a township with a missing village on what arrived, and marks it partial', () => {
    // T1 = own + V1: on time 29/30 → 66.67; good 29/30 → 33.33 → (60×66.67 + 40×33.33)/100 = 53.33 (= 160/3)
    expect(of(feb, 'T1').score).toBeCloseTo(160 / 3, 9);
    // T2 without V2: on time 36/40 = 0.90 → 0; good 39/40 = 0.975 → 50 → (0 + 40×50)/100 = 20
    expect(of(feb, 'T2').score).toBeCloseTo(20, 9);
    expect(of(feb, 'T2').reporting).toEqual({ reported: 1, expected: 2 });
    expect(of(feb, 'T2').status).toBe('partial');
    expect(of(feb, 'V2').status).toBe('not-reported');
    expect(feb.reporting).toEqual({ reported: 6, expected: 7 });
    expect(feb.partial).toBe(true);
    expect(feb.missingOwnRecords()).toEqual([{ officeId: 'V2', name: '西村', kind: 'village', parentId: 'T2' }]);
    expect(jan.missingOwnRecords()).toEqual([]);
    // Over the quarter: D2 missed March, V2 February
    expect(
      evaluatePeriod(data, GOLDEN_SCHEME, quarterPeriod('2025-03'))
        .missingOwnRecords()
        .map((office) => office.officeId),
    ).toEqual(['D2', 'V2']);
  });

  it('raises cards with since and run length, red first, yellow dropped under a red on the same subject', () => {
    expect(feb.cards.map((card) => [card.level, card.ruleId, card.officeId, card.actual, card.since, card.consecutiveMonths])).toEqual([
      // T1+V1 overdue: Feb 1+0 = 1, Jan 1+0 = 1, Dec: no data → since January, 2 months
      ['red', 'overdue', 'T1', 1, '2025-01', 2],
      // D2: 1 bad review, 0 rectified; January it had none → 1 month
      ['red', 'unrectified', 'D2', 1, '2025-02', 1],
      ['red', 'unrectified', 'T1', 1, '2025-02', 1],
      // D3 did not exist in January: the run starts in February
      ['yellow', 'near-deadline', 'D3', 2, '2025-02', 1],
      // T2 on time 0.90 < 0.95 (not < 0.90, so no red); January T2+V2 37/40 = 0.925 < 0.95 too
      ['yellow', 'on-time-warning', 'T2', 0.9, '2025-01', 2],
    ]);
    expect(of(feb, 'T1').cards.map((card) => card.ruleId)).toEqual(['overdue', 'unrectified']);
    expect(of(feb, 'D1').cards).toEqual([]);
  });

  it('flags offices last two months running, ties for last included', () => {
    // Departments: D1 and D2 share last place in February; in January D1 was last (of two), D2 first.
    // Townships: T2 last in January and February.
    expect(feb.talkFlags).toEqual([
      { officeId: 'D1', kind: 'department', months: ['2025-01', '2025-02'] },
      { officeId: 'T2', kind: 'township', months: ['2025-01', '2025-02'] },
    ]);
  });

  it('gives month-on-month changes of the region, and no year-on-year without data a year earlier', () => {
    // January totals: accepted 215, completed 205, on time 196, bad 2, rectified 1
    const deltas = feb.scope.deltas;
    expect(deltas.accepted!.mom).toEqual({ previous: 215, absolute: 15, relative: 15 / 215 });
    expect(deltas.onTimeRate!.mom.previous).toBe(196 / 205);
    expect(deltas.onTimeRate!.mom.absolute).toBeCloseTo(219 / 230 - 196 / 205, 12);
    expect(deltas.badReviewsUnrectified!.mom).toEqual({ previous: 1, absolute: 1, relative: 1 });
    expect(deltas.accepted!.yoy).toEqual({ previous: null, absolute: null, relative: null });
    expect(deltas.hotlineTickets!.mom).toEqual({ previous: null, absolute: null, relative: null });
  });
});

describe('golden county, March 2025 (D2 silent, D3 with nothing to score)', () => {
  it('lists the silent department as not reported and the unscorable one as unscored, neither ranked', () => {
    // D1: 90/100 = 0.90 → 0; 100/100 → 100 → 40. D3: completed 0 and 0 reviews → no value, no score.
    expect(mar.rankings.department.map((entry) => [entry.officeId, entry.rank, entry.status, entry.score])).toEqual([
      ['D1', 1, 'complete', 40],
      ['D3', null, 'complete', null],
      ['D2', null, 'not-reported', null],
    ]);
    expect(of(mar, 'D3').values.onTimeRate).toBeNull();
    expect(of(mar, 'D2').counts).toEqual({});
    expect(ids(mar.notReported.department)).toEqual(['D2']);
    // Published 2nd → 1st, but only because D2 went silent and D3 has nothing to score: D1 is the
    // only office ranked in both months, so its own change is 0, marked as moved by others.
    expect([of(mar, 'D1').previousRank, of(mar, 'D1').rank, of(mar, 'D1').rankChange, of(mar, 'D1').rankMove]).toEqual([2, 1, 0, 'others']);
  });

  it('walks the talk flag back as long as the office stays last', () => {
    // T1 (20+10)/(20+10) on time and good → 100; T2+V2: on time 48/50 = 0.96 → 60, good 48/50 = 0.96 → 20
    //   → (3600 + 800)/100 = 44. T2 was last in January and February as well.
    expect(of(mar, 'T2').score).toBeCloseTo(44, 9);
    expect(mar.talkFlags).toEqual([{ officeId: 'T2', kind: 'township', months: ['2025-01', '2025-02', '2025-03'] }]);
  });

  it('counts card runs across months', () => {
    expect(mar.cards.map((card) => [card.level, card.ruleId, card.officeId, card.since, card.consecutiveMonths])).toEqual([
      ['red', 'overdue', 'D1', '2025-03', 1],
      // D3 near deadline: March 1, February 2, January no record → since February
      ['yellow', 'near-deadline', 'D3', '2025-02', 2],
      ['yellow', 'on-time-warning', 'D1', '2025-03', 1],
    ]);
  });

  it('compares with the same month a year earlier', () => {
    // D1 2024-03: accepted 80, on time 98/100. March 2025: accepted 100, on time 90/100.
    const d1 = of(mar, 'D1').deltas;
    expect(d1.accepted!.yoy).toEqual({ previous: 80, absolute: 20, relative: 0.25 });
    expect(d1.accepted!.mom).toEqual({ previous: 100, absolute: 0, relative: 0 });
    expect(d1.onTimeRate!.yoy.absolute).toBeCloseTo(-0.08, 12);
    expect(d1.onTimeRate!.mom.absolute).toBeCloseTo(-0.06, 12);
    // Region accepted March: 100+5+20+10+40+10 = 185 against 80 → +105, +131.25%
    expect(mar.scope.deltas.accepted!.yoy).toEqual({ previous: 80, absolute: 105, relative: 1.3125 });
  });
});

describe('golden county, other periods and views', () => {
  it('sums a quarter from its months', () => {
    const q1 = evaluatePeriod(data, GOLDEN_SCHEME, quarterPeriod('2025-02'));
    // accepted 215 + 230 + 185 = 630; completed 205 + 230 + 180 = 615; on time 196 + 219 + 168 = 583
    expect(q1.scope.counts.accepted).toBe(630);
    expect(q1.scope.counts.completed).toBe(615);
    expect(q1.scope.values.onTimeRate).toBe(583 / 615);
    // due: January 6 + February 7 + March 7 = 20; reported 6 + 6 + 6 = 18
    expect(q1.reporting).toEqual({ reported: 18, expected: 20 });
    // D2 reported two of three months: partial, still ranked on what it sent
    expect(of(q1, 'D2').status).toBe('partial');
    expect(of(q1, 'D2').rank).not.toBeNull();
    // D1: on time 281/300 → 36.67; good 277/280 → 78.57 → 0.6×36.67 + 0.4×78.57 = 53.43
    expect(of(q1, 'D1').score).toBeCloseTo(0.6 * ((281 / 300 - 0.9) / 0.1) * 100 + 0.4 * ((277 / 280 - 0.95) / 0.05) * 100, 9);
    expect(of(q1, 'D1').score).toBeCloseTo(53.4286, 3);
  });

  it('ranks inside a narrower scope only: the scope’s direct children, never the scope itself', () => {
    const t2 = evaluatePeriod(data, GOLDEN_SCHEME, monthPeriod('2025-03'), { scopeId: 'T2' });
    // A township's children are villages, which are not ranked.
    expect(t2.rankings.township).toEqual([]);
    expect(t2.office('T2')!.rank).toBeNull();
    expect(t2.rankings.department).toEqual([]);
    expect(t2.office('D1')).toBeUndefined();
    expect(t2.scope.counts.accepted).toBe(50);
  });

  it('trends a month at a time', () => {
    const points = trend(data, 'R', ['accepted', 'onTimeRate'], { from: '2025-01', to: '2025-03' });
    expect(points).toEqual([
      { month: '2025-01', values: { accepted: 215, onTimeRate: 196 / 205 }, reporting: { reported: 6, expected: 6 }, partial: false },
      { month: '2025-02', values: { accepted: 230, onTimeRate: 219 / 230 }, reporting: { reported: 6, expected: 7 }, partial: true },
      // March on time 90+0+20+10+38+10 = 168 of 100+0+20+10+40+10 = 180
      { month: '2025-03', values: { accepted: 185, onTimeRate: 168 / 180 }, reporting: { reported: 6, expected: 7 }, partial: true },
    ]);
  });

  it('rolls a kind up as one: all townships = the sum of their counts', () => {
    // January townships with villages: completed 20+5+30+10 = 65, on time 19+5+27+10 = 61
    expect(kindTrend(data, undefined, 'township', ['onTimeRate'], { from: '2025-01', to: '2025-01' })[0]!.values.onTimeRate).toBe(61 / 65);
    const feb = kindRollup(data, 'R', 'township', { from: '2025-02', to: '2025-02' });
    expect(feb.offices).toBe(2);
    expect(feb.counts.accepted).toBe(20 + 10 + 40);
    expect(feb.reporting).toEqual({ reported: 3, expected: 4 });
  });

  it('opens on the last complete month with data and tells a partial month', () => {
    expect(latestCompleteMonth(data, new Date(2025, 3, 10))).toBe('2025-03');
    // March has data, but in March it is the current month and never complete.
    expect(latestCompleteMonth(data, new Date(2025, 2, 15))).toBe('2025-02');
    expect(latestCompleteMonth(data, new Date(2025, 0, 1))).toBe('2024-03');
    expect(latestCompleteMonth(data, new Date(2024, 2, 5))).toBeNull();
    expect(monthCoverage(data, '2025-01')).toEqual({ month: '2025-01', reported: 6, expected: 6, partial: false });
    expect(monthCoverage(data, '2025-02')).toEqual({ month: '2025-02', reported: 6, expected: 7, partial: true });
    expect(monthCoverage(data, '2025-02', 'T2')).toEqual({ month: '2025-02', reported: 1, expected: 2, partial: true });
  });
});
