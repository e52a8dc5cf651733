import { describe, expect, test } from 'vitest';
import { monthPeriod, quarterPeriod } from '../../../src/domain';
import { buildEngineData, evaluatePeriod, DEFAULT_SCHEME } from '../../../src/engine';
import { scoreBreakdown } from '../../../src/features/office/scoreBreakdown';
import { generateDataset } from '../../../mocks/generator';
import { detailFixture, officeFixture } from '../evaluation-fixtures';

describe('scoreBreakdown reads how each indicator stood (hand-built evaluations)', () => {
  const office = officeFixture({
    officeId: 'D1',
    score: 62.5,
    dataIncomplete: true,
    values: { completionRate: 1.02, goodReviewRate: 1, disclosures: 45 },
    indicatorScores: { completionRate: 100, goodReviewRate: null, disclosures: 100, hotlineOnTimeRate: 0 },
    scoreDetails: [
      detailFixture('completionRate', { value: 1.02, score: 100, weight: 10, points: 12.5, lost: 0 }),
      detailFixture('goodReviewRate', { status: 'small-sample', value: 1, weight: 15, denominator: 12, minDenominator: 20 }),
      detailFixture('hotlineOnTimeRate', { status: 'missing', weight: 5, score: 0, points: 0, lost: 6.25, missingFields: ['hotlineOnTime'] }),
      detailFixture('disclosures', { value: 45, score: 100, weight: 5, points: 50, lost: 0 }),
    ],
  });

  test('in scheme order, with the engine’s standing, points and losses', () => {
    const rows = scoreBreakdown(DEFAULT_SCHEME, office, quarterPeriod('2025-07'));
    expect(rows.map((row) => row.indicator.id)).toEqual(
      DEFAULT_SCHEME.indicators.filter((item) => item.appliesTo.includes(office.kind)).map((item) => item.indicatorId),
    );
    const byId = new Map(rows.map((row) => [row.indicator.id, row]));
    expect(byId.get('completionRate')).toMatchObject({ score: 100, points: 12.5, lost: 0, detail: { status: 'scored' } });
    expect(byId.get('goodReviewRate')).toMatchObject({ score: null, points: null, detail: { status: 'small-sample', denominator: 12 } });
    expect(byId.get('hotlineOnTimeRate')).toMatchObject({ score: 0, points: 0, lost: 6.25, detail: { status: 'missing', missingFields: ['hotlineOnTime'] } });
    // An indicator the engine did not detail falls back to its score: no value, left out.
    expect(byId.get('onTimeRate')).toMatchObject({ score: null, detail: { status: 'no-value' } });
  });

  test('counts are shown per month over a quarter, as they are scored', () => {
    const rows = scoreBreakdown(DEFAULT_SCHEME, office, quarterPeriod('2025-07'));
    expect(rows.find((row) => row.indicator.id === 'disclosures')!.perMonth).toBe(15);
    expect(rows.find((row) => row.indicator.id === 'completionRate')!.perMonth).toBeNull();
    expect(scoreBreakdown(DEFAULT_SCHEME, office, monthPeriod('2025-07')).find((row) => row.indicator.id === 'disclosures')!.perMonth).toBe(45);
  });
});

describe('scoreBreakdown on the mock county (the engine’s evaluation)', () => {
  test('the points of every department and township add up to its composite score', () => {
    const county = generateDataset({ scenario: 'normal', endMonth: '2025-12', months: 24 });
    const engine = buildEngineData(county.offices, county.records);
    for (const period of [monthPeriod('2025-11'), quarterPeriod('2025-07')]) {
      const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, period);
      for (const kind of ['department', 'township'] as const) {
        for (const office of evaluation.officesOfKind(kind)) {
          const rows = scoreBreakdown(DEFAULT_SCHEME, office, period);
          expect(rows).toHaveLength(DEFAULT_SCHEME.indicators.filter((item) => item.appliesTo.includes(kind)).length);
          const sum = rows.reduce((total, row) => total + (row.points ?? 0), 0);
          if (office.score === null) expect(rows.every((row) => row.points === null || row.points === 0)).toBe(true);
          else expect(sum).toBeCloseTo(office.score, 9);
        }
      }
    }
  });
});
