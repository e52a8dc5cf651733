import { describe, expect, test } from 'vitest';
import { monthPeriod, INDICATORS, type IndicatorId } from '../../../src/domain';
import { buildEngineData, evaluatePeriod, DEFAULT_SCHEME } from '../../../src/engine';
import { parseMeasure, rankingIndicators, rankRows, type RankingRow } from '../../../src/features/rankings/rankRows';
import { generateDataset } from '../../../mocks/generator';
import { M, OFFICES, RECORDS, SCHEME } from './small-county';

const small = buildEngineData(OFFICES, RECORDS);
const month = evaluatePeriod(small, SCHEME, monthPeriod(M));

const summary = (rows: RankingRow[]) => rows.map((row) => [row.office.officeId, row.rank, row.change, row.state]);

describe('rankRows by composite score (the engine’s ranking)', () => {
  test('ties share a rank, changes against the previous month, the silent office after the ranked', () => {
    // Changes are places among the offices ranked in both months (D1, D2, D3): D1 was 3rd of them, now 1st.
    expect(summary(rankRows(month, 'department', 'score'))).toEqual([
      ['D1', 1, 2, 'ranked'],
      ['D2', 1, 0, 'ranked'],
      ['D3', 3, -1, 'ranked'],
      ['D4', null, null, 'not-reported'],
    ]);
    expect(summary(rankRows(month, 'township', 'score'))).toEqual([
      // T2 is new this month; T1 is the only township ranked in both months, so its own place did not
      // change (1st → 2nd only because T2 came in): 0, marked as moved by others.
      ['T2', 1, null, 'ranked'],
      ['T1', 2, 0, 'ranked'],
    ]);
    expect(rankRows(month, 'township', 'score').map((row) => row.office.rankMove)).toEqual(['new', 'others']);
    const [d1] = rankRows(month, 'department', 'score');
    expect(d1!.value).toBeCloseTo(100, 9);
    expect(d1!.previousRank).toBe(4);
  });
});

describe('rankRows by one indicator', () => {
  test('a rate, higher is better: the same competition ranking from the values', () => {
    expect(summary(rankRows(month, 'department', 'onTimeRate'))).toEqual([
      ['D1', 1, 2, 'ranked'],
      ['D2', 1, 0, 'ranked'],
      ['D3', 3, -1, 'ranked'],
      ['D4', null, null, 'not-reported'],
    ]);
  });

  test('lower is better ranks the smallest first; the previous period is ranked the same way', () => {
    // overdue: D1 0, D2 0, D3 2 in M; D1 0, D2 0, D3 1, D4 0 in P. D3 was 4th only because D4 (silent
    // now) was ahead of it: among the offices ranked both times it is 3rd both times.
    const rows = rankRows(month, 'department', 'overdue');
    expect(summary(rows)).toEqual([
      ['D1', 1, 0, 'ranked'],
      ['D2', 1, 0, 'ranked'],
      ['D3', 3, 0, 'ranked'],
      ['D4', null, null, 'not-reported'],
    ]);
    expect(rows[2]!.previousRank).toBe(4);
    expect(rows[2]!.rankMove).toBe('others');
    expect(rows.map((row) => row.value)).toEqual([0, 0, 2, null]);
  });

  test('an office without a value for the indicator is listed after the ranked, not ranked last', () => {
    // Nobody reported reviews: every office is unranked, in id order, the silent one last.
    const rows = rankRows(month, 'department', 'goodReviewRate');
    expect(summary(rows)).toEqual([
      ['D1', null, null, 'unranked'],
      ['D2', null, null, 'unranked'],
      ['D3', null, null, 'unranked'],
      ['D4', null, null, 'not-reported'],
    ]);
  });

  test('on the mock county, every indicator of the scheme gives competition ranks in its direction', () => {
    const county = generateDataset({ scenario: 'normal', endMonth: '2025-12', months: 24 });
    const engine = buildEngineData(county.offices, county.records);
    const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod('2025-11'));
    for (const kind of ['department', 'township'] as const) {
      for (const indicator of rankingIndicators(DEFAULT_SCHEME, kind)) {
        const rows = rankRows(evaluation, kind, indicator.id).filter((row) => row.state === 'ranked');
        const better = (a: number, b: number) => (indicator.direction === 'higher' ? a > b : a < b);
        rows.forEach((row, index) => {
          // Rank = 1 + how many offices are strictly better: ties share it, the next one skips.
          const strictlyBetter = rows.filter((other) => better(other.value!, row.value!) && Math.abs(other.value! - row.value!) > 1e-6).length;
          expect(row.rank, `${kind} ${indicator.id} #${index}`).toBe(strictlyBetter + 1);
        });
      }
    }
  });
});

describe('measures', () => {
  test('the scheme’s indicators for the kind, in scheme order', () => {
    expect(rankingIndicators(SCHEME, 'department').map((indicator) => indicator.id)).toEqual(['onTimeRate']);
    expect(rankingIndicators(DEFAULT_SCHEME, 'township').map((indicator) => indicator.id)).toEqual(
      DEFAULT_SCHEME.indicators.filter((item) => item.appliesTo.includes('township')).map((item) => item.indicatorId),
    );
  });

  test('anything but a scheme indicator for the kind falls back to the composite score', () => {
    expect(parseMeasure(null, SCHEME, 'department')).toBe('score');
    expect(parseMeasure('onTimeRate', SCHEME, 'department')).toBe('onTimeRate');
    expect(parseMeasure('goodReviewRate', SCHEME, 'department')).toBe('score');
    expect(parseMeasure('<script>', SCHEME, 'department')).toBe('score');
    const unscored = INDICATORS.find((indicator) => !DEFAULT_SCHEME.indicators.some((item) => item.indicatorId === indicator.id))!;
    expect(parseMeasure(unscored.id as IndicatorId, DEFAULT_SCHEME, 'township')).toBe('score');
  });
});
