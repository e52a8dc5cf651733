import fc from 'fast-check';
import { bulletinFacts } from '../../src/engine/bulletin';
import { describe, expect, it } from 'vitest';
import { INDICATORS, INDICATOR_IDS, compare, monthPeriod, quarterPeriod, schemeFromV1, type Period, type Scheme } from '../../src/domain';
import {
  DEFAULT_SCHEME,
  buildEngineData,
  competitionRanking,
  evaluatePeriod,
  indicatorValue,
  kindRollup,
  kindTrend,
  scoreKey,
  trend,
  type PeriodEvaluation,
} from '../../src/engine';
import { GOLDEN_SCHEME } from './fixtures/golden';
import { datasetArb, shuffled } from './fixtures/arbitraries';
import { bruteFormula, subtreeRecords, summedCounts } from './fixtures/brute-force';

const PERIODS: Period[] = [monthPeriod('2025-02'), monthPeriod('2025-03'), quarterPeriod('2025-01')];

function rankingView(evaluation: PeriodEvaluation) {
  return {
    rankings: Object.fromEntries(
      Object.entries(evaluation.rankings).map(([kind, list]) => [
        kind,
        list.map((entry) => [entry.officeId, entry.rank, entry.score, entry.previousRank, entry.status]),
      ]),
    ),
    cards: evaluation.cards,
    talkFlags: evaluation.talkFlags,
    best: Object.values(evaluation.best).map((list) => list.map((entry) => entry.officeId)),
    worst: Object.values(evaluation.worst).map((list) => list.map((entry) => entry.officeId)),
  };
}

describe('engine properties', () => {
  it('a rolled-up value equals the formula over the office-months that reported what it needs, at every office and for every indicator', () => {
    let differs = 0;
    fc.assert(
      fc.property(datasetArb, fc.constantFrom(...PERIODS), ({ offices, records }, requested) => {
        const data = buildEngineData(offices, records);
        const evaluation = evaluatePeriod(data, DEFAULT_SCHEME, requested);
        // A quarter whose last months have no data is evaluated over the months it has.
        const period = evaluation.period;
        for (const office of offices) {
          const inSubtree = subtreeRecords(offices, records, office.id, period);
          const actual = evaluation.office(office.id)!;
          // Counts: every record that carries the field, whatever else it carries.
          expect(actual.counts).toEqual(summedCounts(inSubtree, period));
          for (const indicator of INDICATORS) {
            const expected = bruteFormula(indicator.formula, inSubtree, period).value;
            expect(actual.values[indicator.id]).toBe(expected);
            if (expected !== indicatorValue(indicator, actual.counts)) differs++;
          }
          // The month-by-month trend of the office agrees with the month's evaluation.
          if (period.kind === 'month') {
            const point = trend(data, office.id, INDICATOR_IDS, period)[0]!;
            for (const indicator of INDICATORS) expect(point.values[indicator.id]).toBe(actual.values[indicator.id]);
          }
        }
        // All townships taken as one: the same rule over the records of every township's subtree.
        const townships = offices.filter((office) => office.kind === 'township');
        const kindRecords = townships.flatMap((township) => subtreeRecords(offices, records, township.id, period));
        const rollup = kindRollup(data, undefined, 'township', { from: period.from, to: period.to });
        expect(rollup.counts).toEqual(summedCounts(kindRecords, period));
        for (const indicator of INDICATORS) expect(rollup.values[indicator.id]).toBe(bruteFormula(indicator.formula, kindRecords, period).value);
        if (period.kind === 'month') {
          const point = kindTrend(data, undefined, 'township', INDICATOR_IDS, period)[0]!;
          for (const indicator of INDICATORS) expect(point.values[indicator.id]).toBe(rollup.values[indicator.id]);
        }
      }),
      { numRuns: 150 },
    );
    // The data do exercise the rule: somewhere a rate differs from the rate of the plain sums.
    expect(differs).toBeGreaterThan(0);
    // The brute force is slow by design; the limit is only there so a hang fails.
  }, 120_000);

  it('rankings, scores, cards and talk flags do not depend on the order of the input', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer(), fc.constantFrom(...PERIODS), ({ offices, records }, seed, period) => {
        const a = evaluatePeriod(buildEngineData(offices, records), GOLDEN_SCHEME, period);
        const b = evaluatePeriod(buildEngineData(shuffled(offices, seed), shuffled(records, seed + 1)), GOLDEN_SCHEME, period);
        expect(rankingView(b)).toEqual(rankingView(a));
      }),
      { numRuns: 150 },
    );
  });

  it('every score stays within [0, 100], whatever the floors and targets', () => {
    const schemeArb = fc
      .array(
        fc.record({
          indicatorId: fc.constantFrom('onTimeRate', 'completionRate', 'goodReviewRate', 'rectificationRate', 'overdue', 'disclosures'),
          weight: fc.double({ min: 0, max: 50, noNaN: true }),
          floor: fc.double({ min: -2, max: 30, noNaN: true }),
          target: fc.double({ min: -2, max: 30, noNaN: true }),
        }),
        { minLength: 1, maxLength: 6 },
      )
      .filter((items) => items.every((item) => item.floor !== item.target))
      .map((items): Scheme =>
        schemeFromV1({
          version: 1,
          id: 'random',
          name: 'random',
          indicators: items.map((item) => ({ ...item, appliesTo: ['department', 'township', 'village', 'region'] })),
          cardRules: [],
        }),
      );
    fc.assert(
      fc.property(datasetArb, schemeArb, fc.constantFrom(...PERIODS), ({ offices, records }, scheme, period) => {
        const evaluation = evaluatePeriod(buildEngineData(offices, records), scheme, period);
        for (const entry of evaluation.offices()) {
          if (entry.score !== null) {
            expect(entry.score).toBeGreaterThanOrEqual(0);
            expect(entry.score).toBeLessThanOrEqual(100);
          }
          for (const score of Object.values(entry.indicatorScores)) {
            if (score !== null && score !== undefined) {
              expect(score).toBeGreaterThanOrEqual(0);
              expect(score).toBeLessThanOrEqual(100);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input gives the same bulletin, byte for byte', () => {
    fc.assert(
      fc.property(datasetArb, ({ offices, records }) => {
        const first = JSON.stringify(bulletinFacts(buildEngineData(offices, records), DEFAULT_SCHEME, '2025-02'));
        const second = JSON.stringify(bulletinFacts(buildEngineData(offices, records), DEFAULT_SCHEME, '2025-02'));
        expect(second).toBe(first);
      }),
      { numRuns: 80 },
    );
  });

  it('never ranks an office that sent nothing of its own, and ranks every scored one that did', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom(...PERIODS), ({ offices, records }, period) => {
        const evaluation = evaluatePeriod(buildEngineData(offices, records), GOLDEN_SCHEME, period);
        for (const entry of evaluation.offices()) {
          // Ranked at the root's scope: its direct children (the nested region's departments are
          // ranked when that region is the scope; the region itself is ranked among regions).
          if (entry.parentId !== 'R' || entry.kind === 'village') {
            expect(entry.rank).toBeNull();
            continue;
          }
          if (entry.kind === 'region') {
            expect(entry.rank !== null).toBe(entry.reporting.reported > 0 && entry.score !== null);
            continue;
          }
          // A township whose villages reported but whose own centre sent nothing is not ranked on
          // the villages' figures alone.
          const sentOwn = records.some((record) => record.officeId === entry.officeId && record.month >= period.from && record.month <= period.to);
          const shouldRank = entry.reporting.reported > 0 && sentOwn && entry.score !== null;
          expect(entry.rank !== null).toBe(shouldRank);
          expect(entry.status === 'not-reported').toBe(entry.reporting.reported === 0 && entry.reporting.expected > 0);
        }
        expect(evaluation.partial).toBe(evaluation.reporting.reported < evaluation.reporting.expected);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with itself across months: previous ranks, deltas and card runs match the earlier evaluations', () => {
    fc.assert(
      fc.property(datasetArb, ({ offices, records }) => {
        const data = buildEngineData(offices, records);
        const byMonth = new Map(['2024-12', '2025-01', '2025-02', '2025-03'].map((month) => [month, evaluatePeriod(data, GOLDEN_SCHEME, monthPeriod(month))]));
        const march = byMonth.get('2025-03')!;
        const february = byMonth.get('2025-02')!;
        for (const office of offices) {
          const now = march.office(office.id)!;
          const before = february.office(office.id)!;
          expect(now.previousRank).toBe(before.rank);
          for (const indicator of INDICATORS) expect(now.deltas[indicator.id]!.mom.previous).toBe(before.values[indicator.id]);
        }
        for (const card of march.cards) {
          // Walk back by hand: the run covers the months in which the same rule fires for the office.
          let run = 0;
          for (const month of ['2025-03', '2025-02', '2025-01', '2024-12']) {
            if (!byMonth.get(month)!.cards.some((other) => other.officeId === card.officeId && other.ruleId === card.ruleId)) {
              // A yellow card hidden by a red one on the same subject still counts as firing; a rate
              // on a small sample (样本不足) fires nothing.
              const definition = INDICATORS.find((indicator) => indicator.id === card.subject)!;
              const { value, denominator } = bruteFormula(
                definition.formula,
                subtreeRecords(offices, records, card.officeId, monthPeriod(month)),
                monthPeriod(month),
              );
              const small = denominator !== null && denominator < definition.minDenominator;
              if (value === null || small || !compare(value, card.comparison, card.threshold)) break;
            }
            run++;
          }
          expect(card.consecutiveMonths).toBe(run);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('gives ties the same rank and skips the next (1, 2, 2, 4)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(10, 55.5, 55.5 + 1e-12, 70, 99.99, 100), { maxLength: 30 }), (scores) => {
        const items = scores.map((score, i) => ({ id: `O${String(i).padStart(2, '0')}`, score }));
        const ranked = competitionRanking(
          items,
          (item) => item.score,
          (item) => item.id,
        );
        expect(ranked).toHaveLength(items.length);
        for (const entry of ranked) {
          const better = items.filter((other) => scoreKey(other.score) > scoreKey(entry.item.score)).length;
          expect(entry.rank).toBe(better + 1);
        }
        for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.rank).toBeGreaterThanOrEqual(ranked[i - 1]!.rank);
      }),
    );
    const ranked = competitionRanking(
      [90, 80, 80, 70],
      (score) => score,
      (score) => String(score),
    );
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 2, 2, 4]);
  });
});
