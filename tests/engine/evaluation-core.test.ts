import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { monthPeriod, quarterPeriod } from '../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../src/engine';
import { computeEvaluation } from '../../src/engine/evaluation-core';
import { viewEvaluation } from '../../src/engine/evaluate';

// The numbers of an evaluation are meant to be computed apart from the view screens read (e.g. in
// a worker): after a structured clone, the view must give exactly what evaluatePeriod gives.
const dataset = generateDataset({ scenario: 'normal', seed: 11, endMonth: '2025-12' });
const data = buildEngineData(dataset.offices, dataset.records);

describe('computeEvaluation → structured clone → viewEvaluation', () => {
  it.each([
    ['a month', monthPeriod('2025-12')],
    ['a quarter', quarterPeriod('2025-09')],
  ])('%s: every office, ranking, card and talk flag as evaluatePeriod gives them', (_, period) => {
    const direct = evaluatePeriod(data, DEFAULT_SCHEME, period);
    const cloned = viewEvaluation(data, DEFAULT_SCHEME, structuredClone(computeEvaluation(data, DEFAULT_SCHEME, period)));
    expect(JSON.parse(JSON.stringify(cloned.offices()))).toEqual(JSON.parse(JSON.stringify(direct.offices())));
    for (const list of ['rankings', 'best', 'worst', 'notReported'] as const) {
      for (const kind of ['department', 'township'] as const) {
        expect(cloned[list][kind].map((office) => office.officeId)).toEqual(direct[list][kind].map((office) => office.officeId));
      }
    }
    expect(cloned.cards).toEqual(direct.cards);
    expect(cloned.talkFlags).toEqual(direct.talkFlags);
    expect(cloned.missingOwnRecords()).toEqual(direct.missingOwnRecords());
    expect(cloned.rankings.township.length).toBeGreaterThan(3);
  });
});
