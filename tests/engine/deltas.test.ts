import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { monthPeriod, quarterPeriod } from '../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../src/engine';
import { plainDeltas } from '../../src/engine/deltas';

// An evaluation reads 环比/同比 subtree by subtree for the first few offices, then rolls the
// previous and year-ago periods up over the whole scope once: both ways must give the same numbers.
const dataset = generateDataset({ scenario: 'normal', seed: 7, endMonth: '2025-12' });
const data = buildEngineData(dataset.offices, dataset.records);

describe('office deltas: the same whichever way they are summed', () => {
  test.each([
    ['a month', monthPeriod('2025-12')],
    ['a quarter', quarterPeriod('2025-12')],
  ])('%s: every office read from one evaluation equals the office read on its own', (_, period) => {
    const all = evaluatePeriod(data, DEFAULT_SCHEME, period).offices();
    expect(all.length).toBeGreaterThan(100);
    for (const office of all.slice(1)) {
      const alone = evaluatePeriod(data, DEFAULT_SCHEME, period).office(office.officeId)!;
      // Compared indicator by indicator: the records are views into buffers shared by many offices.
      expect(plainDeltas(office.deltas), office.officeId).toEqual(plainDeltas(alone.deltas));
    }
  });

  test('a township scope rolls up only its own subtree', () => {
    const township = dataset.offices.find((office) => office.kind === 'township')!;
    const scoped = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-12'), { scopeId: township.id }).offices();
    const whole = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-12'));
    for (const office of scoped) expect(plainDeltas(office.deltas), office.officeId).toEqual(plainDeltas(whole.office(office.officeId)!.deltas));
  });
});
