import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../../src/engine';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('ratiosAlwaysZero', () => {
  it('names a ratio over a field the data never carries, and none of the built-in ones over data that has them', async () => {
    const { ratiosAlwaysZero } = await import('../../src/engine/denominatorCheck');
    const { buildEngineData } = await import('../../src/engine');
    const data = buildEngineData(
      [
        { id: 'R', name: '县', kind: 'region', parentId: null },
        { id: 'D', name: '局', kind: 'department', parentId: 'R' },
      ],
      [{ officeId: 'D', month: '2025-01', accepted: 10, completed: 9, completedOnTime: 9, reviews: 5, goodReviews: 5, badReviews: 0 }],
    );
    const scheme = clone(DEFAULT_SCHEME);
    scheme.definitions.push({
      id: 'perCarried',
      label: { zh: '结转办结比', en: 'Per carried' },
      formula: { type: 'ratio', numerator: ['completed'], denominator: ['carriedOver'] },
      unit: 'rate',
      direction: 'higher',
      category: 'handling',
      appliesTo: ['department'],
      minDenominator: 0,
    });
    const zero = ratiosAlwaysZero(data, scheme);
    expect(zero).toContain('perCarried');
    // 0 bad reviews: the rectification rate's denominator is 0 everywhere too.
    expect(zero).toContain('rectificationRate');
    expect(zero).not.toContain('onTimeRate');
  });
});
