import { describe, expect, test } from 'vitest';
import { monthPeriod, quarterPeriod } from '../../../src/domain';
import { buildEngineData, evaluatePeriod, DEFAULT_SCHEME } from '../../../src/engine';
import { scoreBreakdown } from '../../../src/features/office/scoreBreakdown';
import { generateDataset } from '../../../mocks/generator';

const county = generateDataset({ scenario: 'normal', endMonth: '2025-12', months: 24 });
const engine = buildEngineData(county.offices, county.records);

describe('scoreBreakdown', () => {
  test('the contributions of every department and township add up to its composite score', () => {
    for (const period of [monthPeriod('2025-11'), quarterPeriod('2025-07')]) {
      const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, period);
      for (const kind of ['department', 'township'] as const) {
        for (const office of evaluation.officesOfKind(kind)) {
          const rows = scoreBreakdown(DEFAULT_SCHEME, office, period);
          expect(rows).toHaveLength(DEFAULT_SCHEME.indicators.length);
          const sum = rows.reduce((total, row) => total + (row.contribution ?? 0), 0);
          if (office.score === null) expect(rows.every((row) => row.contribution === null)).toBe(true);
          else expect(sum).toBeCloseTo(office.score, 9);
          const shares = rows.reduce((total, row) => total + (row.weightShare ?? 0), 0);
          if (office.score !== null) expect(shares).toBeCloseTo(1, 12);
        }
      }
    }
  });

  test('an indicator without a value drops out and the others carry its weight', () => {
    const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod('2025-11'));
    // Most offices have no bad review in a month, so no rectification rate.
    const office = evaluation.officesOfKind('department').find((candidate) => candidate.values.rectificationRate === null)!;
    const rows = scoreBreakdown(DEFAULT_SCHEME, office, monthPeriod('2025-11'));
    const rectification = rows.find((row) => row.indicator.id === 'rectificationRate')!;
    expect(rectification.score).toBeNull();
    expect(rectification.contribution).toBeNull();
    const totalWeight = DEFAULT_SCHEME.indicators.reduce((sum, item) => sum + item.weight, 0);
    const completion = rows.find((row) => row.indicator.id === 'completionRate')!;
    expect(completion.weightShare).toBeCloseTo(10 / (totalWeight - 10), 12);
  });

  test('counts are shown per month over a quarter, as they are scored', () => {
    const quarter = quarterPeriod('2025-07');
    const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, quarter);
    const office = evaluation.officesOfKind('department')[0]!;
    const disclosures = scoreBreakdown(DEFAULT_SCHEME, office, quarter).find((row) => row.indicator.id === 'disclosures')!;
    expect(disclosures.perMonth).toBeCloseTo(office.values.disclosures! / 3, 12);
    const rate = scoreBreakdown(DEFAULT_SCHEME, office, quarter).find((row) => row.indicator.id === 'onTimeRate')!;
    expect(rate.perMonth).toBeNull();
  });
});
